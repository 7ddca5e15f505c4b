import type { RemoteStatus } from '../settings/remote-status-schema';
import type { CalendarSource } from '../settings/settings-schema';
import { isStale } from './stale';

/**
 * The one-word state of the calendar source, as `calendar-source-status` shows it in
 * `data-state`:
 * - `ok`: the last check brought or confirmed the calendar (or there is no URL to check);
 * - `pending`: a URL is set but has not been checked yet;
 * - `error`: the last check failed; the last good calendar is still in use;
 * - `stale`: no good fetch for longer than the maximum age; verdicts say `stale-calendar`.
 */
export type SourceState = 'ok' | 'pending' | 'error' | 'stale';

export function sourceState(
  source: CalendarSource,
  status: RemoteStatus | null,
  now: Date | number,
): SourceState {
  if (source.kind !== 'url') return 'ok';
  if (status === null || status.sourceUrl !== source.url) return 'pending';
  if (isStale(status, source.maxAgeHours, now)) return 'stale';
  const { lastError, lastGoodFetch } = status;
  if (
    lastError &&
    (lastGoodFetch === undefined || !(Date.parse(lastError.at) < Date.parse(lastGoodFetch)))
  ) {
    return 'error';
  }
  return lastGoodFetch === undefined ? 'pending' : 'ok';
}
