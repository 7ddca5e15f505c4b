import { useState } from 'react';
import { describeInstant } from '../../lib/remote/describe-instant';
import { type CheckNowResponse, requestAcceptHeld } from '../../lib/remote/messages';
import { type SourceState, sourceState } from '../../lib/remote/source-state';
import type { RemoteStatus } from '../../lib/settings/remote-status-schema';
import type { CalendarSource } from '../../lib/settings/settings-schema';
import { HeldCalendar } from './HeldCalendar';

export interface SourceStatusProps {
  /** The source in force (effective settings: a policy URL counts). */
  source: CalendarSource;
  remoteStatus: RemoteStatus | null;
  /** Whether the policy sets the calendar itself (inline), for the "Source" line. */
  inlinePolicyCalendar: boolean;
  now: number;
  /** A check is running on behalf of this page. */
  checking: boolean;
  onCheckNow: () => void;
  /** Why the last "Check now" could not run, if it could not. */
  checkProblem: string | null;
  /** The organization's policy manages the calendar: a held one is not the user's to apply. */
  calendarManaged?: boolean;
  /** Applies the held calendar with this digest; asks the background by default. */
  applyHeld?: (digest: string) => Promise<CheckNowResponse>;
}

const STATE_WORDS: Record<SourceState, string> = {
  ok: 'Up to date',
  pending: 'Waiting for the first check',
  error: 'Last check failed',
  stale: 'Out of date',
};

/**
 * Where the calendar comes from and how fetching it is going: source,
 * last good fetch and its age, next check, last error. `data-state` is the automation hook
 * of the page contract (docs/design.md); `aria-busy` and `data-last-attempt` let tests (and screen readers) know
 * a check is under way or has happened.
 */
export function SourceStatus(props: SourceStatusProps) {
  const { source, remoteStatus, now } = props;
  const isUrl = source.kind === 'url';
  const status = isUrl && remoteStatus?.sourceUrl === source.url ? remoteStatus : null;
  const state = sourceState(source, status, now);
  const lastGood = status?.lastGoodFetch ? describeInstant(status.lastGoodFetch, now) : null;
  const next = status?.nextCheck ? describeInstant(status.nextCheck, now) : null;
  const error = status?.lastError;
  const errorAt = error ? describeInstant(error.at, now) : null;
  const resolved =
    error !== undefined &&
    status?.lastGoodFetch !== undefined &&
    Date.parse(error.at) < Date.parse(status.lastGoodFetch);
  // The error state of a check that brought a calendar and held it back.
  const heldNow = state === 'error' && error?.reason === 'suspicious';
  const [applying, setApplying] = useState(false);
  const [applyProblem, setApplyProblem] = useState<string | null>(null);
  const onApply = () => {
    const digest = status?.held?.digest;
    if (!digest) return;
    setApplying(true);
    setApplyProblem(null);
    (props.applyHeld ?? requestAcceptHeld)(digest)
      .then((response) => {
        if (!response.ok) setApplyProblem(response.message);
      })
      .catch((error: unknown) => setApplyProblem(String(error)))
      .finally(() => setApplying(false));
  };

  return (
    <div
      className="pg-source-status"
      data-testid="calendar-source-status"
      data-state={state}
      data-reason={state === 'error' ? (error?.reason ?? '') : ''}
      data-held={status?.held ? 'true' : 'false'}
      data-last-attempt={status?.lastAttempt ?? ''}
      aria-busy={props.checking}
    >
      <p role="status">
        <strong>
          {!isUrl ? 'No calendar URL' : heldNow ? 'New calendar held back' : STATE_WORDS[state]}
        </strong>
        {isUrl ? ` — ${explain(state, source.maxAgeHours)}` : ''}
      </p>
      {status?.held && (
        <HeldCalendar
          held={status.held}
          now={now}
          applying={applying}
          problem={applyProblem}
          managed={props.calendarManaged ?? false}
          onApply={onApply}
        />
      )}
      <dl>
        <dt>Source</dt>
        <dd data-testid="calendar-source-url">
          {isUrl
            ? source.url
            : props.inlinePolicyCalendar
              ? 'Set by your organization’s policy'
              : 'Entered or imported on this page'}
        </dd>
        {isUrl && (
          <>
            <dt>Last good fetch</dt>
            <dd data-testid="calendar-last-good-fetch">
              {lastGood ? `${lastGood.absolute} (${lastGood.relative})` : 'Never'}
            </dd>
            <dt>Next check</dt>
            <dd>
              {props.checking
                ? 'Checking now…'
                : next
                  ? `${next.absolute} (${next.relative})`
                  : 'Soon'}
            </dd>
            <dt>Last error</dt>
            <dd data-testid="calendar-last-error" data-reason={error?.reason ?? ''}>
              {error
                ? `${error.message}${errorAt ? ` (${errorAt.absolute}${resolved ? '; fixed since' : ''})` : ''}`
                : 'None'}
            </dd>
          </>
        )}
      </dl>
      {props.checkProblem && <p role="alert">{props.checkProblem}</p>}
      <button
        type="button"
        className="pg-button"
        data-testid="calendar-check-now"
        onClick={props.onCheckNow}
        disabled={!isUrl || props.checking}
      >
        {props.checking ? 'Checking…' : 'Check now'}
      </button>
    </div>
  );
}

function explain(state: SourceState, maxAgeHours: number): string {
  switch (state) {
    case 'ok':
      return 'the calendar in use is the latest from this address.';
    case 'pending':
      return 'Period Guard will fetch the calendar in a moment.';
    case 'error':
      return 'the last good calendar stays in use; verdicts are unchanged.';
    case 'stale':
      return `no good fetch for more than ${maxAgeHours} hours: Period Guard cannot vouch for the calendar, and invoices show “calendar out of date” until a fetch succeeds.`;
  }
}
