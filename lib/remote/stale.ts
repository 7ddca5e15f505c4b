import type { RemoteStatus } from '../settings/remote-status-schema';
import type { Settings } from '../settings/settings-schema';

const HOUR_MS = 60 * 60 * 1000;

/**
 * True when the calendar from a URL has gone `maxAgeHours` without a good fetch: the guard can no longer vouch for it and verdicts become `stale-calendar`. A source
 * never fetched successfully ages from the moment it was set, so a URL that never worked
 * turns stale too, instead of leaving an older calendar in use forever. No status means no
 * URL source: nothing to go stale. An unreadable instant counts as stale (fail loud).
 */
export function isStale(
  status: RemoteStatus | null,
  maxAgeHours: number,
  now: Date | number,
): boolean {
  if (status === null) return false;
  const since = Date.parse(status.lastGoodFetch ?? status.since);
  if (Number.isNaN(since)) return true;
  return toMs(now) - since > maxAgeHours * HOUR_MS;
}

/**
 * Whether the calendar in use is stale, under the *effective* settings (a policy URL counts) and
 * the stored status; only a URL source goes stale. It moves with the clock: ask when a verdict is
 * computed and again when an export is clicked.
 */
export function calendarIsStale(
  settings: Pick<Settings, 'source'>,
  status: RemoteStatus | null,
  now: Date | number = Date.now(),
): boolean {
  const source = settings.source;
  if (source.kind !== 'url' || status === null || status.sourceUrl !== source.url) return false;
  return isStale(status, source.maxAgeHours, now);
}

function toMs(now: Date | number): number {
  return typeof now === 'number' ? now : now.getTime();
}
