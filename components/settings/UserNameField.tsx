import { type FormEvent, useEffect, useId, useState } from 'react';
import { useManagedPolicy, useSettingsState, useStores } from '../../lib/settings/hooks';
import { PERSON_NAME_MAX } from '../../lib/settings/settings-schema';
import { SaveStatus } from './SaveStatus';
import { useSave } from './use-save';

/**
 * The name this browser's overrides are logged as: typed once, so the audit log says who
 * chose "Export anyway" without asking at every export. A name set by the organization's
 * policy is shown read-only. Clearing the field removes the name.
 */
export function UserNameField() {
  const inputId = useId();
  const hintId = useId();
  const { settings: store } = useStores();
  const saved = useSettingsState((s) => s.settings.userName ?? '');
  const policyName = useManagedPolicy((s) => s.policy.userName);
  const [draft, setDraft] = useState(saved);
  const { outcome, save } = useSave();

  // Follow a name saved elsewhere (another settings tab).
  useEffect(() => setDraft(saved), [saved]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = draft.trim();
    await save(
      () => store.getState().update({ userName: name === '' ? undefined : name }),
      name === ''
        ? 'Saved: overrides are logged without a name.'
        : `Saved: overrides are logged as ${name}.`,
    );
  }

  return (
    <form className="pg-form pg-inline-form pg-user-name" onSubmit={onSubmit} noValidate>
      <div className="pg-field">
        <label htmlFor={inputId}>Your name in the log</label>
        <div className="pg-row">
          <input
            id={inputId}
            className="pg-input"
            data-testid="audit-user-name"
            autoComplete="name"
            maxLength={PERSON_NAME_MAX}
            value={policyName ?? draft}
            readOnly={policyName !== undefined}
            aria-describedby={hintId}
            onChange={(event) => setDraft(event.currentTarget.value)}
          />
          {policyName === undefined ? (
            <button type="submit" className="pg-button" disabled={draft.trim() === saved}>
              Save name
            </button>
          ) : null}
        </div>
        <span className="pg-hint" id={hintId}>
          {policyName === undefined
            ? 'Recorded with every “Export anyway” made in this browser, so the log says who.'
            : 'Set by your organization; recorded with every “Export anyway” made in this browser.'}
        </span>
      </div>
      <SaveStatus outcome={outcome} />
    </form>
  );
}
