import { useEffect, useId, useRef } from 'react';
import type { Period } from '../../lib/calendar/model';
import type {
  CalendarChanges,
  ChangedPeriod,
  ClosedThroughChange,
  PlacedChange,
} from '../../lib/calendar-files/calendar-changes';
import { hasNoChanges } from '../../lib/calendar-files/calendar-changes';
import type { ImportWarning } from '../../lib/calendar-files/import-warnings';
import { formatLongDate } from '../../lib/dates/format';
import { importWarningText } from '../../lib/resolution/import-warning-words';

export interface ImportPreviewProps {
  fileName: string;
  format: 'csv' | 'json';
  changes: CalendarChanges;
  /** What the calendar will do that its rows do not show; shown, never a reason to refuse. */
  warnings?: readonly ImportWarning[];
  /** Whether applying is going on (the button waits). */
  applying: boolean;
  onApply: () => void;
  onCancel: () => void;
}

/** Names shown per list before "and N more": enough to recognise the file, short enough to read. */
const SHOWN = 8;

/** "Mar 2026 (AR), West Coast LLC": the period as the user named it, with its books. */
function placedName(entity: string | undefined, period: Period): string {
  const module = period.module ? ` (${period.module})` : '';
  return entity ? `${period.name}${module}, ${entity}` : `${period.name}${module}`;
}

function nameList(items: readonly PlacedChange[]): string {
  const names = items.slice(0, SHOWN).map((item) => placedName(item.entity, item.period));
  const more = items.length - names.length;
  return more > 0 ? `${names.join('; ')}; and ${more} more` : names.join('; ');
}

const STATUS = { open: 'open', closed: 'closed', locked: 'locked' } as const;

/** "status open → closed; closes on (none) → May 8, 2026". */
function whatChanged({ before, after }: ChangedPeriod): string {
  const parts: string[] = [];
  const day = (d: string | undefined) => (d ? formatLongDate(d) : 'not set');
  if (before.name !== after.name) parts.push(`name “${before.name}” → “${after.name}”`);
  if (before.start !== after.start) parts.push(`start ${day(before.start)} → ${day(after.start)}`);
  if (before.end !== after.end) parts.push(`end ${day(before.end)} → ${day(after.end)}`);
  if (before.status !== after.status) {
    parts.push(`status ${STATUS[before.status]} → ${STATUS[after.status]}`);
  }
  if (before.closesOn !== after.closesOn) {
    parts.push(`closes on ${day(before.closesOn)} → ${day(after.closesOn)}`);
  }
  return parts.join('; ');
}

function closedThroughLine(change: ClosedThroughChange): string {
  const books = change.entity ? `${change.entity}, ${change.module}` : change.module;
  const day = (d: string | undefined) => (d ? formatLongDate(d) : 'not set');
  return `${books} closed through: ${day(change.before)} → ${day(change.after)}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * What applying an imported file would change, before anything is written:
 * periods added, removed and changed, and closed-through days that move. Focus moves to its
 * heading so keyboard and screen-reader users land on it; Apply is the one way to write.
 */
export function ImportPreview({
  fileName,
  format,
  changes,
  warnings = [],
  applying,
  onApply,
  onCancel,
}: ImportPreviewProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const nothing = hasNoChanges(changes);

  return (
    <section
      className="pg-preview"
      aria-labelledby={headingId}
      data-testid="calendar-import-preview"
    >
      <h4 className="pg-preview-title" id={headingId} ref={headingRef} tabIndex={-1}>
        Preview of “{fileName}”
      </h4>
      {nothing ? (
        <p>This file holds the calendar already in use: applying it changes nothing.</p>
      ) : (
        <>
          <p>Applying this file will:</p>
          <ul className="pg-preview-list">
            {changes.added.length > 0 ? (
              <li data-change="added">
                <strong>Add {plural(changes.added.length, 'period', 'periods')}:</strong>{' '}
                {nameList(changes.added)}
              </li>
            ) : null}
            {changes.removed.length > 0 ? (
              <li data-change="removed">
                <strong>Remove {plural(changes.removed.length, 'period', 'periods')}:</strong>{' '}
                {nameList(changes.removed)}
              </li>
            ) : null}
            {changes.changed.length > 0 ? (
              <li data-change="changed">
                <strong>Change {plural(changes.changed.length, 'period', 'periods')}:</strong>
                <ul>
                  {changes.changed.slice(0, SHOWN).map((change) => (
                    <li key={placedName(change.entity, change.after)}>
                      {placedName(change.entity, change.after)}: {whatChanged(change)}
                    </li>
                  ))}
                  {changes.changed.length > SHOWN ? (
                    <li>and {changes.changed.length - SHOWN} more</li>
                  ) : null}
                </ul>
              </li>
            ) : null}
            {changes.closedThrough.map((change) => (
              <li key={`${change.entity ?? ''}-${change.module}`} data-change="closed-through">
                <strong>Set</strong> {closedThroughLine(change)}
              </li>
            ))}
            {changes.unchanged > 0 ? (
              <li data-change="unchanged">
                Keep {plural(changes.unchanged, 'period', 'periods')} as they are.
              </li>
            ) : null}
          </ul>
        </>
      )}
      {warnings.length > 0 ? (
        <div className="pg-preview-warnings" data-testid="calendar-import-warnings">
          <p>
            <strong>Check before applying:</strong>
          </p>
          <ul className="pg-preview-list">
            {warnings.slice(0, SHOWN).map((warning) => {
              const text = importWarningText(warning);
              return <li key={text}>{text}</li>;
            })}
            {warnings.length > SHOWN ? <li>and {warnings.length - SHOWN} more</li> : null}
          </ul>
        </div>
      ) : null}
      {format === 'csv' ? (
        <p className="pg-hint">
          A CSV file holds periods only: the closed-through dates stay as they are.
        </p>
      ) : (
        <p className="pg-hint">
          A JSON file replaces the whole calendar, closed-through dates included.
        </p>
      )}
      <div className="pg-actions">
        <button
          type="button"
          className="pg-button pg-button--primary"
          data-testid="calendar-import-confirm"
          disabled={applying}
          onClick={onApply}
        >
          {applying ? 'Applying…' : 'Apply this calendar'}
        </button>
        <button type="button" className="pg-button" onClick={onCancel} disabled={applying}>
          Cancel
        </button>
      </div>
    </section>
  );
}
