import { type ChangeEvent, useId, useMemo, useRef, useState } from 'react';
import type { Calendar } from '../../lib/calendar/model';
import { saveImportedCalendar } from '../../lib/calendar-files/apply-import';
import { calendarChanges } from '../../lib/calendar-files/calendar-changes';
import {
  describeProblem,
  type ImportProblem,
  importCalendarText,
  MAX_IMPORT_BYTES,
} from '../../lib/calendar-files/import';
import { calendarAfterImport } from '../../lib/calendar-files/import-merge';
import { importWarnings } from '../../lib/calendar-files/import-warnings';
import { useCalendarState, useSettingsState, useStores } from '../../lib/settings/hooks';
import { ImportPreview } from './ImportPreview';
import { SaveStatus } from './SaveStatus';
import { useSave } from './use-save';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; fileName: string; problems: ImportProblem[] }
  | {
      step: 'preview';
      fileName: string;
      format: 'csv' | 'json';
      imported: Calendar;
    };

/** What a file input accepts: both calendar formats, by extension and by type. */
const ACCEPT = '.csv,.json,text/csv,application/json';

function periodCount(calendar: Calendar): number {
  return (
    calendar.periods.length +
    Object.values(calendar.entities ?? {}).reduce((n, books) => n + books.periods.length, 0)
  );
}

/**
 * Import a calendar file: choose it, see what it would change, then apply
 * it with `calendar-import-confirm`. A refused file lists every problem by line and column in
 * `calendar-import-error` and changes nothing; nothing is written before Apply.
 */
export function CalendarImport({ readOnly }: { readOnly: boolean }) {
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { calendar: store } = useStores();
  // The same date order as the page reading: a day-first user's files are read day first.
  const dayFirst = useSettingsState((s) => s.settings.dayFirst);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [applying, setApplying] = useState(false);
  const { outcome, save, clear } = useSave();
  // The preview compares the file with the calendar as it is now, not as it was when the file
  // was chosen: a period deleted meanwhile (here or in another tab) changes what Apply does.
  const current = useCalendarState((s) => s.calendar);
  const preview = useMemo(() => {
    if (state.step !== 'preview') return null;
    const next = calendarAfterImport(current, state.imported, state.format);
    return { changes: calendarChanges(current, next), warnings: importWarnings(next) };
  }, [state, current]);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    clear();
    const file = event.currentTarget.files?.[0];
    if (!file) {
      setState({ step: 'idle' });
      return;
    }
    const fileName = file.name;
    if (file.size > MAX_IMPORT_BYTES) {
      setState({
        step: 'refused',
        fileName,
        problems: [
          {
            message: `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; a calendar file is a few KB, so check that this is the right file`,
          },
        ],
      });
      return;
    }
    setState({ step: 'reading', fileName });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setState({
        step: 'refused',
        fileName,
        problems: [{ message: `the file could not be read (${String(error)}); choose it again` }],
      });
      return;
    }
    const result = importCalendarText(text, fileName, { dayFirst });
    if (!result.ok) {
      setState({ step: 'refused', fileName, problems: result.errors });
      return;
    }
    setState({ step: 'preview', fileName, format: result.format, imported: result.calendar });
  }

  function reset() {
    setState({ step: 'idle' });
    if (inputRef.current) inputRef.current.value = '';
    inputRef.current?.focus();
  }

  async function apply() {
    if (state.step !== 'preview') return;
    setApplying(true);
    // The merge keeps the imported periods as they are, so their count is the calendar's.
    const count = periodCount(state.imported);
    const saved = await save(
      () => saveImportedCalendar(store, state.imported, state.format),
      `Imported “${state.fileName}”: the calendar now has ${count} ${count === 1 ? 'period' : 'periods'}.`,
    );
    setApplying(false);
    if (saved) reset();
  }

  return (
    <div className="pg-import">
      <h3 className="pg-subtitle">Import a calendar file</h3>
      <div className="pg-field">
        <label htmlFor={inputId}>Calendar file (CSV or JSON)</label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          className="pg-file"
          accept={ACCEPT}
          data-testid="calendar-file-input"
          aria-describedby={hintId}
          disabled={readOnly}
          onChange={onFile}
        />
        <span className="pg-hint" id={hintId}>
          One period a row (Period, Start, End, Status, optional Closes On, Entity, Module), or a
          calendar exported as JSON. You see what changes before anything is saved.
        </span>
      </div>

      {state.step === 'reading' ? (
        <p className="pg-muted" role="status">
          Reading “{state.fileName}”…
        </p>
      ) : null}

      {state.step === 'refused' ? (
        <div className="pg-import-error" role="alert" data-testid="calendar-import-error">
          <p className="pg-import-error-title">
            “{state.fileName}” was not imported, and the calendar was not changed.{' '}
            {state.problems.length === 1
              ? 'Fix this problem and choose the file again:'
              : `Fix these ${state.problems.length} problems and choose the file again:`}
          </p>
          <ul>
            {state.problems.map((problem, index) => (
              // Problems have no identity of their own; their order is the file's.
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, rebuilt whole
              <li key={index}>{describeProblem(problem)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {state.step === 'preview' && preview ? (
        <ImportPreview
          fileName={state.fileName}
          format={state.format}
          changes={preview.changes}
          warnings={preview.warnings}
          applying={applying}
          onApply={apply}
          onCancel={reset}
        />
      ) : null}
      <SaveStatus outcome={outcome} />
    </div>
  );
}
