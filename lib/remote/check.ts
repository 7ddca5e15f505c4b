import type { Calendar } from '../calendar/model';
import { storedCalendar, storedHeldCalendar } from '../settings/items';
import type { RemoteFailure, RemoteStatus } from '../settings/remote-status-schema';
import { type CalendarSource, TIMEOUT_SECONDS_DEFAULT } from '../settings/settings-schema';
import { readStored, StoredWriteError, writeStored } from '../settings/validated';
import { retryDelayMinutes } from './backoff';
import { suspiciousChange } from './calendar-sanity';
import { calendarDigest } from './digest';
import { fetchCalendar } from './fetch-calendar';
import { checkCalendarUrl, type UrlPolicy } from './url-policy';

export type UrlSource = Extract<CalendarSource, { kind: 'url' }>;

const MINUTE_MS = 60_000;
/** The status schema's limit for a stored message; a longer one would make the write fail. */
const MAX_MESSAGE = 2_000;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** What one check needs from the outside world; tests pass fakes. */
export interface CheckDeps {
  now: () => Date;
  fetch?: typeof fetch;
  urlPolicy: UrlPolicy;
  /** Whether the browser lets us read this host; asked only after a network failure. */
  hasHostPermission: (pattern: string) => Promise<boolean>;
  /** Asked just before the calendar is written: is this URL still the source? */
  stillSource: (url: string) => Promise<boolean>;
  /** True when the organization's policy says to apply suspicious calendars unheld. */
  acceptSuspicious?: () => boolean;
}

/** A fresh status for a URL that just became the source. */
export function freshStatus(url: string, now: Date): RemoteStatus {
  return { sourceUrl: url, since: now.toISOString(), consecutiveFailures: 0 };
}

/** When the next check is due after a check that ended with `status`. */
export function nextCheckAfter(status: RemoteStatus, source: UrlSource, from: Date): Date {
  const minutes = retryDelayMinutes(status.consecutiveFailures, source.refreshMinutes);
  return new Date(from.getTime() + minutes * MINUTE_MS);
}

/** `status` without a held calendar's summary. */
export function withoutHeld(status: RemoteStatus): RemoteStatus {
  const { held: _settled, ...rest } = status;
  return rest;
}

/**
 * Fetches the calendar URL once and stores what came: a good calendar is put in use, a suspicious
 * one held (calendar-sanity.ts), a failure recorded. Returns the new status, or `null` when the
 * source changed while the fetch ran (the result is stale news).
 */
export async function checkRemoteCalendar(
  source: UrlSource,
  previous: RemoteStatus | null,
  deps: CheckDeps,
): Promise<RemoteStatus | null> {
  const started = deps.now();
  const base =
    previous && previous.sourceUrl === source.url ? previous : freshStatus(source.url, started);
  const attempt: RemoteStatus = { ...base, lastAttempt: started.toISOString() };

  const stored = await readStored(storedCalendar);
  const storedDigest = stored.status === 'ok' ? calendarDigest(stored.value) : undefined;
  // An ETag vouches only for the calendar it came with: if the stored one changed since,
  // ask for the whole file again.
  const etag =
    attempt.etag !== undefined && attempt.calendarDigest === storedDigest
      ? attempt.etag
      : undefined;

  const outcome = await fetchCalendar(source.url, {
    etag,
    timeoutMs: (source.timeoutSeconds ?? TIMEOUT_SECONDS_DEFAULT) * 1000,
    fetch: deps.fetch,
    urlPolicy: deps.urlPolicy,
  });
  const ended = deps.now();

  if (outcome.kind === 'not-modified') {
    // The server still serves the calendar in use: whatever was held is moot.
    if (attempt.held) await dropHeld();
    return succeeded(withoutHeld(attempt), source, ended, {});
  }
  if (outcome.kind === 'updated') {
    if (!(await deps.stillSource(source.url))) return null;
    // Compared with the calendar in use only when this address put it there: a first fetch
    // replaces a hand-made calendar whatever their difference.
    const previous =
      attempt.lastGoodFetch !== undefined && stored.status === 'ok' ? stored.value : null;
    const suspicion = suspiciousChange(previous, outcome.calendar);
    if (suspicion !== null && !deps.acceptSuspicious?.()) {
      return hold(attempt, source, ended, suspicion, outcome);
    }
    try {
      const saved = await writeStored(storedCalendar, outcome.calendar);
      if (attempt.held) await dropHeld();
      const { etag: _dropped, ...withoutEtag } = withoutHeld(attempt);
      return succeeded(withoutEtag, source, ended, {
        ...(outcome.etag === undefined ? {} : { etag: outcome.etag }),
        calendarDigest: calendarDigest(saved),
      });
    } catch (error) {
      const message =
        error instanceof StoredWriteError
          ? error.message
          : `The calendar came but could not be saved (${String(error)}).`;
      return failed(attempt, source, ended, 'storage', message);
    }
  }

  if (outcome.reason === 'network') {
    const checked = checkCalendarUrl(source.url, deps.urlPolicy);
    // Unknown (the API failed) counts as allowed: the network message is then the honest one.
    const allowed = checked.ok
      ? await Promise.resolve()
          .then(() => deps.hasHostPermission(checked.permissionPattern))
          .catch(() => true)
      : true;
    if (!allowed) {
      const host = new URL(source.url).host;
      return failed(
        attempt,
        source,
        ended,
        'permission',
        `Period Guard is not allowed to read ${host}. On the settings page, click Save (or Allow access) under the calendar address and allow it when the browser asks.`,
      );
    }
  }
  return failed(attempt, source, ended, outcome.reason, outcome.message);
}

/** Keeps a suspicious calendar aside, the one in use untouched, and says why. */
async function hold(
  attempt: RemoteStatus,
  source: UrlSource,
  at: Date,
  reason: string,
  outcome: { calendar: Calendar; etag: string | undefined },
): Promise<RemoteStatus> {
  let saved: Calendar;
  try {
    const held = await writeStored(storedHeldCalendar, {
      sourceUrl: source.url,
      fetchedAt: at.toISOString(),
      reason: clip(reason, MAX_MESSAGE),
      ...(outcome.etag === undefined ? {} : { etag: outcome.etag }),
      calendar: outcome.calendar,
    });
    saved = held?.calendar ?? outcome.calendar;
  } catch (error) {
    const message =
      error instanceof StoredWriteError
        ? error.message
        : `The calendar came but could not be kept aside (${String(error)}).`;
    return failed(attempt, source, at, 'storage', message);
  }
  const held = {
    reason: clip(reason, MAX_MESSAGE),
    at: at.toISOString(),
    digest: calendarDigest(saved),
  };
  return failed({ ...attempt, held }, source, at, 'suspicious', heldMessage(source.url, reason));
}

/** The source status's sentence for a held calendar. */
function heldMessage(url: string, reason: string): string {
  return `The calendar at ${url} was held back, not put in use. ${reason} This is often a publishing mistake; the calendar in use is unchanged. If the change is meant, apply it on the settings page.`;
}

/** Forgets a held calendar; one that cannot be removed is only overwritten later. */
async function dropHeld(): Promise<void> {
  await writeStored(storedHeldCalendar, null).catch(() => undefined);
}

function succeeded(
  attempt: RemoteStatus,
  source: UrlSource,
  at: Date,
  change: Partial<RemoteStatus>,
): RemoteStatus {
  const status: RemoteStatus = {
    ...attempt,
    ...change,
    lastGoodFetch: at.toISOString(),
    consecutiveFailures: 0,
  };
  return { ...status, nextCheck: nextCheckAfter(status, source, at).toISOString() };
}

function failed(
  attempt: RemoteStatus,
  source: UrlSource,
  at: Date,
  reason: RemoteFailure,
  message: string,
): RemoteStatus {
  const status: RemoteStatus = {
    ...attempt,
    lastError: { reason, message: clip(message, MAX_MESSAGE), at: at.toISOString() },
    consecutiveFailures: attempt.consecutiveFailures + 1,
  };
  return { ...status, nextCheck: nextCheckAfter(status, source, at).toISOString() };
}
