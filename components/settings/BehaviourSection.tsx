import { type FormEvent, useEffect, useId, useState } from 'react';
import { useManagedPolicy, useSettingsState, useStores } from '../../lib/settings/hooks';
import { CLOSING_SOON_DAYS_MAX, CLOSING_SOON_DAYS_MIN } from '../../lib/settings/settings-schema';
import { SaveStatus } from './SaveStatus';
import { Section } from './Section';
import { useSave } from './use-save';

const MODES = [
  {
    mode: 'warn',
    label: 'Warn',
    hint: 'Hold the export and explain; the user may still choose “Export anyway”, which is logged below.',
  },
  {
    mode: 'block',
    label: 'Block',
    hint: 'Hold the export with no way around it until the date or the calendar changes.',
  },
] as const;

/** A whole number of days within the settings schema's range, or a sentence saying what to enter. */
function readDays(text: string): { ok: true; days: number } | { ok: false; message: string } {
  const trimmed = text.trim();
  const days = Number(trimmed);
  if (
    trimmed === '' ||
    !Number.isInteger(days) ||
    days < CLOSING_SOON_DAYS_MIN ||
    days > CLOSING_SOON_DAYS_MAX
  ) {
    return {
      ok: false,
      message: `Enter a whole number of days from ${CLOSING_SOON_DAYS_MIN} to ${CLOSING_SOON_DAYS_MAX}.`,
    };
  }
  return { ok: true, days };
}

/**
 * What the guard does: how many days ahead "closing soon" warns, and
 * whether a held export may go through anyway (warn) or not at all (block).
 */
export function BehaviourSection() {
  const daysId = useId();
  const daysHintId = useId();
  const daysErrorId = useId();
  const { settings: store } = useStores();
  const closingSoonDays = useSettingsState((s) => s.settings.closingSoonDays);
  const mode = useSettingsState((s) => s.settings.mode);
  const reasonRequired = useSettingsState((s) => s.settings.requireOverrideReason === true);
  const policyReason = useManagedPolicy((s) => s.policy.requireOverrideReason);
  const [draft, setDraft] = useState(String(closingSoonDays));
  const [error, setError] = useState('');
  const { outcome, save } = useSave();

  // Follow a value saved elsewhere (another settings tab).
  useEffect(() => {
    setDraft(String(closingSoonDays));
    setError('');
  }, [closingSoonDays]);

  async function saveDays(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = readDays(draft);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    setError('');
    await save(
      () => store.getState().update({ closingSoonDays: read.days }),
      read.days === 0
        ? 'Saved: warn only on the close day itself.'
        : `Saved: warn ${read.days} ${read.days === 1 ? 'day' : 'days'} before a period closes.`,
    );
  }

  return (
    <Section id="behaviour" title="Behaviour">
      <form className="pg-form pg-inline-form" onSubmit={saveDays} noValidate>
        <div className="pg-field">
          <label htmlFor={daysId}>Warn this many days before a period closes</label>
          <div className="pg-row">
            <input
              id={daysId}
              type="number"
              inputMode="numeric"
              className="pg-input pg-input--short"
              min={CLOSING_SOON_DAYS_MIN}
              max={CLOSING_SOON_DAYS_MAX}
              step={1}
              value={draft}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${daysErrorId} ${daysHintId}` : daysHintId}
              onChange={(event) => setDraft(event.currentTarget.value)}
            />
            <button type="submit" className="pg-button">
              Save days
            </button>
          </div>
          <span className="pg-hint" id={daysHintId}>
            Uses each period’s “Closes on” day. 0 warns on the close day only.
          </span>
          {error ? (
            <span className="pg-field-error" id={daysErrorId}>
              {error}
            </span>
          ) : null}
        </div>
      </form>
      <fieldset className="pg-fieldset pg-mode">
        <legend>When an export is held</legend>
        {MODES.map((option) => (
          <div className="pg-radio" key={option.mode}>
            <input
              type="radio"
              id={`${daysId}-${option.mode}`}
              name={`${daysId}-mode`}
              value={option.mode}
              checked={mode === option.mode}
              aria-describedby={`${daysId}-${option.mode}-hint`}
              onChange={() =>
                void save(
                  () => store.getState().update({ mode: option.mode }),
                  option.mode === 'warn'
                    ? 'Saved: held exports can go through with “Export anyway”.'
                    : 'Saved: held exports are blocked.',
                )
              }
            />
            <label htmlFor={`${daysId}-${option.mode}`}>{option.label}</label>
            <span className="pg-hint" id={`${daysId}-${option.mode}-hint`}>
              {option.hint}
            </span>
          </div>
        ))}
      </fieldset>
      <div className="pg-check pg-reason-required">
        <input
          type="checkbox"
          id={`${daysId}-reason`}
          data-testid="require-override-reason"
          checked={policyReason ?? reasonRequired}
          disabled={policyReason !== undefined}
          aria-describedby={`${daysId}-reason-hint`}
          onChange={(event) => {
            const required = event.currentTarget.checked;
            void save(
              () => store.getState().update({ requireOverrideReason: required }),
              required
                ? 'Saved: “Export anyway” asks for a reason.'
                : 'Saved: a reason for “Export anyway” is optional.',
            );
          }}
        />
        <label htmlFor={`${daysId}-reason`}>Require a reason for “Export anyway”</label>
      </div>
      <p className="pg-hint" id={`${daysId}-reason-hint`}>
        {policyReason === undefined
          ? 'The export dialog always offers a reason field; this makes it required. Reasons are kept in the audit log.'
          : 'Set by your organization.'}
      </p>
      <SaveStatus outcome={outcome} />
    </Section>
  );
}
