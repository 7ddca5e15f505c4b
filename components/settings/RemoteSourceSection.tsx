import { type FormEvent, Fragment, useEffect, useId, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { type CheckNowResponse, requestCheckNow } from '../../lib/remote/messages';
import {
  checkDraft,
  type DraftField,
  draftFrom,
  type SourceDraft,
} from '../../lib/remote/source-form';
import { buildUrlPolicy, checkCalendarUrl, type UrlPolicy } from '../../lib/remote/url-policy';
import {
  useManagedPolicy,
  useRemoteStatus,
  useSettingsState,
  useStores,
} from '../../lib/settings/hooks';
import { effectiveSettings, policyCalendar } from '../../lib/settings/managed';
import {
  MAX_AGE_HOURS_MAX,
  MAX_AGE_HOURS_MIN,
  REFRESH_MINUTES_MAX,
  REFRESH_MINUTES_MIN,
  TIMEOUT_SECONDS_MAX,
  TIMEOUT_SECONDS_MIN,
} from '../../lib/settings/settings-schema';
import { SourceStatus } from './SourceStatus';

type NumberField = 'refreshMinutes' | 'maxAgeHours' | 'timeoutSeconds';

/** The source's number settings, with the bounds the settings schema enforces. */
const NUMBER_FIELDS: ReadonlyArray<{
  field: NumberField;
  label: string;
  testId: string;
  min: number;
  max: number;
}> = [
  {
    field: 'refreshMinutes',
    label: 'Check every (minutes)',
    testId: 'calendar-refresh-input',
    min: REFRESH_MINUTES_MIN,
    max: REFRESH_MINUTES_MAX,
  },
  {
    field: 'maxAgeHours',
    label: 'Out of date after (hours without a good fetch)',
    testId: 'calendar-max-age-input',
    min: MAX_AGE_HOURS_MIN,
    max: MAX_AGE_HOURS_MAX,
  },
  {
    field: 'timeoutSeconds',
    label: 'Give up a fetch after (seconds)',
    testId: 'calendar-timeout-input',
    min: TIMEOUT_SECONDS_MIN,
    max: TIMEOUT_SECONDS_MAX,
  },
];

export interface RemoteSourceSectionProps {
  /** Asks the browser for one host; must run inside the Save click (a user gesture). */
  requestHostPermission?: (pattern: string) => Promise<boolean>;
  /** Drops a host permission no longer needed. */
  removeHostPermission?: (pattern: string) => Promise<unknown>;
  checkNow?: () => Promise<CheckNowResponse>;
  urlPolicy?: UrlPolicy;
  now?: () => number;
}

const defaultRequest = (pattern: string) => browser.permissions.request({ origins: [pattern] });
const defaultRemove = (pattern: string) => browser.permissions.remove({ origins: [pattern] });

/** How often relative times ("3 minutes ago") are redrawn. */
const TICK_MS = 30_000;

/**
 * The team calendar's address, timings and fetch status. Saving asks for that one host, since the
 * click is the gesture the permission prompt needs; policy-set values show read-only.
 */
export function RemoteSourceSection(props: RemoteSourceSectionProps) {
  const urlPolicy = props.urlPolicy ?? buildUrlPolicy();
  const now = props.now ?? Date.now;
  const { remoteStatus: remoteStatusStore } = useStores();
  const user = useSettingsState((s) => s.settings);
  const settingsReady = useSettingsState((s) => s.ready);
  const settingsProblem = useSettingsState((s) => s.problem);
  const update = useSettingsState((s) => s.update);
  const remoteStatus = useRemoteStatus((s) => s.remoteStatus);
  const policy = useManagedPolicy((s) => s.policy);
  const flags = useManagedPolicy((s) => s.flags);
  const policyReady = useManagedPolicy((s) => s.ready);
  const effective = useMemo(() => effectiveSettings(user, policy), [user, policy]);
  const inlinePolicy = policyCalendar(policy) !== null;

  const [draft, setDraft] = useState<SourceDraft | null>(null);
  const [formError, setFormError] = useState<{ field: DraftField; message: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [checking, setChecking] = useState(false);
  const [checkProblem, setCheckProblem] = useState<string | null>(null);
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [clock, setClock] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setClock(now()), TICK_MS);
    return () => clearInterval(timer);
  }, [now]);
  useEffect(() => {
    // A new status (a check finished) is news: redraw the ages against the current time.
    if (remoteStatus) setClock(now());
  }, [remoteStatus, now]);

  const shown = draft ?? draftFrom(effective.source);
  const needsPermission =
    effective.source.kind === 'url' &&
    remoteStatus?.sourceUrl === effective.source.url &&
    remoteStatus.lastError?.reason === 'permission' &&
    !(
      remoteStatus.lastGoodFetch &&
      Date.parse(remoteStatus.lastGoodFetch) > Date.parse(remoteStatus.lastError.at)
    );
  const ready = settingsReady && policyReady;
  const managedSource = flags.source;
  const locked = (field: DraftField) =>
    !ready ||
    managedSource ||
    (field === 'refreshMinutes' && flags.refreshMinutes) ||
    (field === 'maxAgeHours' && flags.maxAgeHours);

  // Something to save: an address, and a change from the source in use. A fresh page (or one
  // reloaded after a save) shows the stored values, so Save waits for an edit.
  const stored = draftFrom(effective.source);
  const changed = (Object.keys(stored) as DraftField[]).some(
    (field) => shown[field] !== stored[field],
  );
  const nothingToSave = shown.url.trim() === '' || !changed;

  const edit = (field: DraftField) => (value: string) => {
    setDraft({ ...shown, [field]: value });
    setSaved(null);
  };

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDraft(shown, urlPolicy);
    if (!checked.ok) {
      setFormError({ field: checked.field, message: checked.message });
      // A number the user must correct is shown, not left folded away.
      if (checked.field !== 'url') setAdvancedOpen(true);
      return;
    }
    setFormError(null);
    setSaving(true);
    const host = new URL(checked.source.url).host;
    // First call in the click handler: the browser shows its prompt only for a user gesture.
    (props.requestHostPermission ?? defaultRequest)(checked.permissionPattern)
      .then(async (granted) => {
        if (!granted) {
          setFormError({
            field: 'url',
            message: `Period Guard needs your permission to read ${host}. Click Save again and allow it; nothing was saved.`,
          });
          return;
        }
        await update({ source: checked.source });
        setDraft(null);
        setSaved('Saved. Period Guard is fetching the calendar now.');
      })
      .catch((error: unknown) => {
        setFormError({
          field: 'url',
          message: error instanceof Error ? error.message : String(error),
        });
      })
      .finally(() => setSaving(false));
  };

  const onStopUsing = () => {
    const previous = user.source.kind === 'url' ? user.source.url : undefined;
    setSaving(true);
    update({ source: { kind: 'manual' } })
      .then(() => {
        setDraft(null);
        setSaved('The calendar URL was removed; the calendar in use stays as it is.');
        const checked = previous ? checkCalendarUrl(previous, urlPolicy) : undefined;
        if (checked?.ok) {
          // Access to that host is no longer needed; the browser keeps required ones.
          void (props.removeHostPermission ?? defaultRemove)(checked.permissionPattern).catch(
            () => undefined,
          );
        }
      })
      .catch((error: unknown) => setFormError({ field: 'url', message: String(error) }))
      .finally(() => setSaving(false));
  };

  /**
   * A policy URL cannot be saved here, but its host may still need the user's permission
   * (IT cannot grant optional permissions): asked for from this click, then checked.
   */
  const onAllowAccess = () => {
    if (effective.source.kind !== 'url') return;
    const checked = checkCalendarUrl(effective.source.url, urlPolicy);
    if (!checked.ok) return;
    (props.requestHostPermission ?? defaultRequest)(checked.permissionPattern)
      .then((granted) => {
        if (granted) onCheckNow();
        else setCheckProblem('Without this permission Period Guard cannot read the calendar.');
      })
      .catch((error: unknown) => setCheckProblem(String(error)));
  };

  const onCheckNow = () => {
    setChecking(true);
    setCheckProblem(null);
    (props.checkNow ?? requestCheckNow)()
      .then(async (response) => {
        if (!response.ok) setCheckProblem(response.message);
        // The answer comes after the status was stored; do not wait for the watcher.
        await remoteStatusStore.refresh();
        setClock(now());
      })
      .catch((error: unknown) => setCheckProblem(String(error)))
      .finally(() => setChecking(false));
  };

  const ids = {
    heading: useId(),
    url: useId(),
    urlHelp: useId(),
    refreshMinutes: useId(),
    maxAgeHours: useId(),
    timeoutSeconds: useId(),
    error: useId(),
  };
  const errorFor = (field: DraftField) =>
    formError?.field === field ? { 'aria-invalid': true, 'aria-describedby': ids.error } : {};

  return (
    <section aria-labelledby={ids.heading} className="pg-remote-source">
      <h3 id={ids.heading}>Share one calendar from a URL</h3>
      <p id={ids.urlHelp}>
        Publish the period calendar as a JSON or CSV file at an HTTPS address, and everyone’s Period
        Guard fetches it on a schedule. A failed fetch keeps the last good calendar.
      </p>
      {managedSource && (
        <p className="pg-managed" data-testid="calendar-source-managed">
          Managed by your organization
        </p>
      )}
      {settingsProblem && <p role="alert">{settingsProblem}</p>}
      <form onSubmit={onSave} noValidate>
        <label htmlFor={ids.url}>Calendar address</label>
        <input
          id={ids.url}
          data-testid="calendar-url-input"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder={inlinePolicy ? '' : 'https://…/periods.json'}
          value={shown.url}
          readOnly={locked('url')}
          aria-readonly={locked('url')}
          onChange={(event) => edit('url')(event.target.value)}
          aria-describedby={formError?.field === 'url' ? ids.error : ids.urlHelp}
          aria-invalid={formError?.field === 'url'}
        />
        <details
          className="pg-advanced"
          open={advancedOpen}
          onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}
        >
          <summary>Advanced: how often to check, and when the calendar is out of date</summary>
          <div className="pg-advanced-fields">
            {NUMBER_FIELDS.map(({ field, label, testId, min, max }) => (
              <Fragment key={field}>
                <label htmlFor={ids[field]}>{label}</label>
                <input
                  id={ids[field]}
                  data-testid={testId}
                  type="number"
                  min={min}
                  max={max}
                  value={shown[field]}
                  readOnly={locked(field)}
                  aria-readonly={locked(field)}
                  onChange={(event) => edit(field)(event.target.value)}
                  {...errorFor(field)}
                />
              </Fragment>
            ))}
          </div>
        </details>
        <div>
          <button
            type="submit"
            className="pg-button pg-button--primary"
            data-testid="calendar-url-save"
            disabled={!ready || managedSource || saving || nothingToSave}
          >
            {saving ? 'Saving…' : 'Save'}
          </button>
          {managedSource && needsPermission && (
            <button
              type="button"
              className="pg-button"
              data-testid="calendar-url-allow"
              onClick={onAllowAccess}
            >
              Allow access to {new URL(shown.url).host}
            </button>
          )}
          {user.source.kind === 'url' && !managedSource && (
            <button
              type="button"
              className="pg-button"
              data-testid="calendar-url-remove"
              onClick={onStopUsing}
              disabled={saving}
            >
              Stop using this URL
            </button>
          )}
        </div>
        {formError && (
          <p id={ids.error} role="alert" data-testid="calendar-url-error">
            {formError.message}
          </p>
        )}
        {saved && !formError && <p role="status">{saved}</p>}
      </form>
      <SourceStatus
        source={effective.source}
        remoteStatus={remoteStatus}
        inlinePolicyCalendar={inlinePolicy}
        now={clock}
        checking={checking}
        onCheckNow={onCheckNow}
        checkProblem={checkProblem}
        calendarManaged={flags.calendar}
      />
    </section>
  );
}
