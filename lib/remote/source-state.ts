import type { RemoteStatus } from '../settings/remote-status-schema';
import type { CalendarSource } from '../settings/settings-schema';
import { isStale } from './stale';

/**
 * The calendar source's state, as `calendar-source-status` shows it in `data-state`: `ok`,
 * `pending` (not checked yet), `error` (the last check failed; the last good calendar stays) or
 * `stale` (no good fetch within the maximum age).
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
