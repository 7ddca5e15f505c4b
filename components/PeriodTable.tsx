import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { Period } from '../lib/calendar/model';
import {
  draftFromPeriod,
  nextPeriodDraft,
  type PeriodDraft,
  type PeriodField,
  type PeriodFieldErrors,
  periodsOverlap,
  validatePeriodDraft,
} from '../lib/calendar/period-draft';
import { LongDate } from './LongDate';

export interface PeriodTableProps {
  periods: readonly Period[];
  /** Gets the whole new list, sorted by start, after every add, edit or delete. */
  onChange: (periods: Period[]) => void;
  /** For a calendar managed by policy or a remote URL: shown, not editable. */
  readOnly?: boolean;
}

/**
 * What the status line under the table says. Kept as what happened, not as text, so the count
 * it gives is always the table's current one (another tab may change the calendar meanwhile).
 */
type LastAction =
  | { kind: 'saved'; period: Period }
  | { kind: 'deleted'; period: Period }
  | { kind: 'restored'; period: Period }
  | { kind: 'not-restored'; period: Period; clash: Period };

function countOf(n: number): string {
  return `${n} ${n === 1 ? 'period' : 'periods'}`;
}

function describeAction(action: LastAction | null, count: number): string {
  switch (action?.kind) {
    case undefined:
      return '';
    case 'saved':
      return `Saved ${action.period.name}.`;
    case 'deleted':
      return `Deleted ${action.period.name}. ${countOf(count)} left.`;
    case 'restored':
      return `Restored ${action.period.name}. ${countOf(count)} in the calendar.`;
    case 'not-restored':
      return `${action.period.name} was not restored: it overlaps ${action.clash.name}, added since.`;
  }
}

interface Editing {
  row: number | 'new';
  draft: PeriodDraft;
  errors: PeriodFieldErrors;
}

const FIELD_ORDER: PeriodField[] = ['name', 'start', 'end', 'status', 'closesOn', 'module'];
const DATE_FIELDS: ReadonlySet<PeriodField> = new Set(['start', 'end', 'closesOn']);
const STATUS_LABEL = { open: 'Open', closed: 'Closed', locked: 'Locked' } as const;

/**
 * Date inputs holding a half-typed date: they report `''` like an empty field, and only
 * `validity.badInput` tells them apart, so "10/0" never silently becomes "no close day".
 */
function halfTypedDates(root: HTMLElement | null): PeriodFieldErrors {
  const errors: PeriodFieldErrors = {};
  for (const field of ['start', 'end', 'closesOn'] as const) {
    const input = root?.querySelector<HTMLInputElement>(`[data-focus="${field}-input"]`);
    if (input?.validity?.badInput) errors[field] = 'Finish typing this date, or clear it.';
  }
  return errors;
}

function sortPeriods(periods: Period[]): Period[] {
  return periods.sort(
    (a, b) => a.start.localeCompare(b.start) || (a.module ?? '').localeCompare(b.module ?? ''),
  );
}

/**
 * The calendar's periods as a table the user edits in place: one row per period
 * (`data-testid="period-row"`), a row turns into labelled inputs to edit, Enter saves, Escape
 * cancels, and each problem is shown next to its field. Validation is the calendar schema's
 * own plus an overlap check, so nothing saved here is refused later.
 */
export function PeriodTable({ periods, onChange, readOnly = false }: PeriodTableProps) {
  const captionId = useId();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [lastAction, setLastAction] = useState<LastAction | null>(null);
  /** A closed or locked period whose Delete waits for a second, explicit yes. */
  const [confirming, setConfirming] = useState<Period | null>(null);
  const confirmTextId = useId();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const focusRequest = useRef<string | null>(null);

  useEffect(() => {
    if (focusRequest.current === null) return;
    const target = wrapperRef.current?.querySelector<HTMLElement>(
      `[data-focus="${focusRequest.current}"]`,
    );
    focusRequest.current = null;
    target?.focus();
  });

  function startEdit(row: number | 'new') {
    const draft = row === 'new' ? nextPeriodDraft(periods) : draftFromPeriod(periods[row]);
    setEditing({ row, draft, errors: {} });
    setConfirming(null);
    focusRequest.current = 'name-input';
  }

  function cancel() {
    if (!editing) return;
    focusRequest.current = editing.row === 'new' ? 'add' : `edit-${editing.row}`;
    setEditing(null);
  }

  function save() {
    if (!editing) return;
    const others = periods.filter((_, i) => i !== editing.row);
    const result = validatePeriodDraft(editing.draft, others);
    const halfTyped = halfTypedDates(wrapperRef.current);
    if (!result.ok || Object.keys(halfTyped).length > 0) {
      const errors = { ...(result.ok ? {} : result.errors), ...halfTyped };
      setEditing({ ...editing, errors });
      const firstBad = FIELD_ORDER.find((field) => errors[field] !== undefined);
      focusRequest.current = `${firstBad}-input`;
      setLastAction(null);
      return;
    }
    const next = sortPeriods([...others, result.period]);
    onChange(next);
    setEditing(null);
    setLastAction({ kind: 'saved', period: result.period });
    focusRequest.current = `edit-${next.indexOf(result.period)}`;
  }

  /**
   * Delete asks first for a closed or locked period: those are the rows that keep exports out
   * of closed books, and one slipped click must not drop one. Every delete can be undone.
   */
  function remove(row: number) {
    const period = periods[row];
    if (!period) return;
    if (period.status !== 'open' && confirming !== period) {
      setConfirming(period);
      setEditing(null);
      focusRequest.current = 'keep';
      return;
    }
    const next = periods.filter((_, i) => i !== row);
    onChange([...next]);
    setEditing(null);
    setConfirming(null);
    setLastAction({ kind: 'deleted', period });
    focusRequest.current = next.length === 0 ? 'add' : `edit-${Math.min(row, next.length - 1)}`;
  }

  function keep() {
    const row = confirming ? periods.indexOf(confirming) : -1;
    setConfirming(null);
    focusRequest.current = row >= 0 ? `delete-${row}` : 'add';
  }

  /** Puts the last deleted period back, unless a period added since takes its days. */
  function undo() {
    if (lastAction?.kind !== 'deleted') return;
    const { period } = lastAction;
    const clash = periods.find((other) => periodsOverlap(other, period));
    if (clash) {
      setLastAction({ kind: 'not-restored', period, clash });
      return;
    }
    const next = sortPeriods([...periods, period]);
    onChange(next);
    setLastAction({ kind: 'restored', period });
    focusRequest.current = `edit-${next.indexOf(period)}`;
  }

  function setField(field: PeriodField, value: string) {
    if (!editing) return;
    const { [field]: _fixed, ...errors } = editing.errors;
    setEditing({ ...editing, draft: { ...editing.draft, [field]: value }, errors });
  }

  const editRow = (row: number | 'new', label: string) =>
    editing?.row === row ? (
      <PeriodEditRow
        key={row === 'new' ? 'new' : `edit-${row}`}
        isNew={row === 'new'}
        rowLabel={label}
        editing={editing}
        onField={setField}
        onSave={save}
        onCancel={cancel}
      />
    ) : null;

  return (
    <div className="pg-period-table" ref={wrapperRef}>
      <table className="pg-table" aria-labelledby={captionId}>
        <caption id={captionId}>Accounting periods</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Start</th>
            <th scope="col">End</th>
            <th scope="col">Status</th>
            <th scope="col">Closes on</th>
            <th scope="col">Module</th>
            {readOnly ? null : (
              <th scope="col">
                <span className="pg-sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {periods.length === 0 && editing?.row !== 'new' ? (
            <tr>
              <td colSpan={readOnly ? 6 : 7} className="pg-empty">
                No periods yet. Add one, or import a calendar file.
              </td>
            </tr>
          ) : null}
          {periods
            .map(
              (period, row) =>
                editRow(row, period.name) ?? (
                  <tr
                    key={`${period.start}-${period.module ?? ''}-${period.name}`}
                    data-testid="period-row"
                  >
                    <th scope="row">{period.name}</th>
                    <td>
                      <LongDate date={period.start} />
                    </td>
                    <td>
                      <LongDate date={period.end} />
                    </td>
                    <td>
                      <span className="pg-status" data-status={period.status}>
                        {STATUS_LABEL[period.status]}
                      </span>
                    </td>
                    <td>
                      <LongDate date={period.closesOn} missing="Not set" />
                    </td>
                    <td>{period.module ?? 'All'}</td>
                    {readOnly ? null : (
                      <td className="pg-row-actions">
                        <button
                          type="button"
                          className="pg-button pg-button--small"
                          data-focus={`edit-${row}`}
                          aria-label={`Edit ${period.name}`}
                          onClick={() => startEdit(row)}
                        >
                          Edit
                        </button>
                        <button
                          type="button"
                          className="pg-button pg-button--small pg-button--quiet"
                          data-focus={`delete-${row}`}
                          aria-label={`Delete ${period.name}`}
                          onClick={() => remove(row)}
                        >
                          Delete
                        </button>
                      </td>
                    )}
                  </tr>
                ),
            )
            .flatMap((row, index) =>
              confirming !== null && periods[index] === confirming
                ? [row, confirmRow(confirming, index)]
                : [row],
            )}
          {editRow('new', 'new period')}
        </tbody>
      </table>
      {readOnly ? null : (
        <button
          type="button"
          className="pg-button"
          data-focus="add"
          onClick={() => startEdit('new')}
          disabled={editing?.row === 'new'}
        >
          Add period
        </button>
      )}
      <div className="pg-table-status">
        <p role="status">{describeAction(lastAction, periods.length)}</p>
        {lastAction?.kind === 'deleted' ? (
          <button type="button" className="pg-button pg-button--small" onClick={undo}>
            Undo<span className="pg-sr-only"> delete of {lastAction.period.name}</span>
          </button>
        ) : null}
      </div>
    </div>
  );

  function confirmRow(period: Period, row: number) {
    return (
      <tr key={`confirm-${period.start}-${period.module ?? ''}`} className="pg-confirm-row">
        <td colSpan={7}>
          {/* Escape anywhere in the question keeps the period, as Cancel would. */}
          <fieldset
            aria-labelledby={confirmTextId}
            className="pg-confirm"
            onKeyDown={(event) => {
              if (event.key === 'Escape') keep();
            }}
          >
            <p id={confirmTextId}>
              {`${period.name} is marked ${period.status}. Delete it? Period Guard would no longer know that its days are ${period.status}.`}
            </p>
            <button
              type="button"
              className="pg-button pg-button--small pg-button--danger"
              data-testid="period-delete-confirm"
              onClick={() => remove(row)}
            >
              Delete {period.name}
            </button>
            <button
              type="button"
              className="pg-button pg-button--small"
              data-focus="keep"
              onClick={keep}
            >
              Keep it
            </button>
          </fieldset>
        </td>
      </tr>
    );
  }
}

interface PeriodEditRowProps {
  isNew: boolean;
  rowLabel: string;
  editing: Editing;
  onField: (field: PeriodField, value: string) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** One period being typed: every input labelled for its row, each error tied to its input. */
function PeriodEditRow({
  isNew,
  rowLabel,
  editing,
  onField,
  onSave,
  onCancel,
}: PeriodEditRowProps) {
  const idBase = useId();
  const { draft, errors } = editing;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && event.currentTarget instanceof HTMLInputElement) {
      event.preventDefault();
      onSave();
    }
  }

  function fieldProps(field: PeriodField, label: string) {
    const id = `${idBase}-${field}`;
    const errorId = `${id}-error`;
    return {
      label: (
        <label className="pg-sr-only" htmlFor={id}>
          {`${label} of ${rowLabel}`}
        </label>
      ),
      control: {
        id,
        className: `pg-input pg-input--${DATE_FIELDS.has(field) ? 'date' : field}`,
        'data-focus': `${field}-input`,
        value: draft[field],
        'aria-invalid': errors[field] ? true : undefined,
        'aria-describedby': errors[field] ? errorId : undefined,
        onKeyDown,
        onChange: (event: { currentTarget: { value: string } }) =>
          onField(field, event.currentTarget.value),
      },
      error: errors[field] ? (
        <span className="pg-field-error" id={errorId}>
          {errors[field]}
        </span>
      ) : null,
    };
  }

  const name = fieldProps('name', 'Name');
  const start = fieldProps('start', 'Start');
  const end = fieldProps('end', 'End');
  const status = fieldProps('status', 'Status');
  const closesOn = fieldProps('closesOn', 'Close day');
  const module = fieldProps('module', 'Module');

  return (
    <tr className="pg-editing" data-testid={isNew ? 'period-new-row' : 'period-row'}>
      <td>
        {name.label}
        <input type="text" {...name.control} />
        {name.error}
      </td>
      <td>
        {start.label}
        <input type="date" {...start.control} />
        {start.error}
      </td>
      <td>
        {end.label}
        <input type="date" {...end.control} />
        {end.error}
      </td>
      <td>
        {status.label}
        <select {...status.control}>
          <option value="open">Open</option>
          <option value="closed">Closed</option>
          <option value="locked">Locked</option>
        </select>
        {status.error}
      </td>
      <td>
        {closesOn.label}
        <input type="date" {...closesOn.control} />
        {closesOn.error}
      </td>
      <td>
        {module.label}
        <select {...module.control}>
          <option value="">All</option>
          <option value="AR">AR</option>
          <option value="GL">GL</option>
        </select>
        {module.error}
      </td>
      <td className="pg-row-actions">
        <button
          type="button"
          className="pg-button pg-button--small pg-button--primary"
          onClick={onSave}
        >
          {isNew ? 'Add' : 'Save'}
          <span className="pg-sr-only"> {rowLabel}</span>
        </button>
        <button
          type="button"
          className="pg-button pg-button--small pg-button--quiet"
          onClick={onCancel}
        >
          Cancel
        </button>
      </td>
    </tr>
  );
}
