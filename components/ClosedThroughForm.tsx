import { type FormEvent, useEffect, useId, useState } from 'react';
import { isIsoDate } from '../lib/calendar/iso-date';
import type { ClosedThrough, Module } from '../lib/calendar/model';
import { formatLongDate } from '../lib/dates/format';

export interface ClosedThroughFormProps {
  closedThrough: ClosedThrough;
  /**
   * Gets only the modules with a date; a cleared field removes that module's date. May return
   * (a promise of) whether the save worked: on `false` no "Saved" is shown (the caller shows
   * why); anything else counts as saved.
   */
  onChange: (closedThrough: ClosedThrough) => unknown;
  /** For a calendar managed by policy or a remote URL. */
  readOnly?: boolean;
}

const MODULES: { module: Module; label: string }[] = [
  { module: 'AR', label: 'Accounts Receivable (AR) closed through' },
  { module: 'GL', label: 'General Ledger (GL) closed through' },
];

type Draft = Record<Module, string>;

/**
 * A date input holding a half-typed date reports the value `''`, the same as an empty one;
 * only `validity.badInput` tells them apart. Without this check, "08/3" would clear the date.
 */
function isHalfTyped(field: unknown): boolean {
  return field instanceof HTMLInputElement && field.validity?.badInput === true;
}

/**
 * The last closed day per Intacct module, the simplest calendar there is: many
 * teams only know "AR is closed through August 31". Saved on submit, with a message per field.
 */
export function ClosedThroughForm({
  closedThrough,
  onChange,
  readOnly = false,
}: ClosedThroughFormProps) {
  const idBase = useId();
  const [draft, setDraft] = useState<Draft>({
    AR: closedThrough.AR ?? '',
    GL: closedThrough.GL ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<Module, string>>>({});
  const [saved, setSaved] = useState('');

  // A new calendar from storage (another tab, an import) replaces what is shown.
  useEffect(() => {
    setDraft({ AR: closedThrough.AR ?? '', GL: closedThrough.GL ?? '' });
    setErrors({});
  }, [closedThrough.AR, closedThrough.GL]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<Module, string>> = {};
    const next: ClosedThrough = {};
    const form = event.currentTarget;
    for (const { module } of MODULES) {
      const value = draft[module].trim();
      if (isHalfTyped(form.elements.namedItem(module))) {
        found[module] = 'Finish typing the date, or clear the field if the module is not closed.';
        continue;
      }
      if (value === '') continue;
      if (isIsoDate(value)) next[module] = value;
      else
        found[module] = 'Enter a real date, or leave the field empty if the module is not closed.';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setSaved('');
      const bad = MODULES.find(({ module }) => found[module]);
      const field = bad ? form.elements.namedItem(bad.module) : null;
      if (field instanceof HTMLInputElement) field.focus();
      return;
    }
    setSaved('');
    if ((await onChange(next)) === false) return;
    const effective = next.GL && (!next.AR || next.GL > next.AR) ? next.GL : next.AR;
    setSaved(
      effective
        ? `Saved. Invoices dated on or before ${formatLongDate(effective)} count as closed.`
        : 'Saved. No module is marked closed.',
    );
  }

  return (
    <form className="pg-form pg-closed-through" onSubmit={submit} noValidate>
      <fieldset className="pg-fieldset" disabled={readOnly}>
        <legend>Closed through</legend>
        <p className="pg-hint" id={`${idBase}-hint`}>
          The last day whose books are closed in Intacct. Closing the General Ledger closes Accounts
          Receivable too, so invoices follow the later of the two.
        </p>
        {MODULES.map(({ module, label }) => {
          const id = `${idBase}-${module}`;
          const errorId = `${id}-error`;
          return (
            <div className="pg-field" key={module}>
              <label htmlFor={id}>{label}</label>
              <input
                id={id}
                name={module}
                type="date"
                className="pg-input"
                value={draft[module]}
                aria-invalid={errors[module] ? true : undefined}
                aria-describedby={errors[module] ? `${errorId} ${idBase}-hint` : `${idBase}-hint`}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setDraft((d) => ({ ...d, [module]: value }));
                  setSaved('');
                }}
              />
              {errors[module] ? (
                <span className="pg-field-error" id={errorId}>
                  {errors[module]}
                </span>
              ) : null}
            </div>
          );
        })}
        <div className="pg-actions">
          <button type="submit" className="pg-button pg-button--primary">
            Save closed-through dates
          </button>
        </div>
      </fieldset>
      <p className="pg-status-message" role="status">
        {saved}
      </p>
    </form>
  );
}
