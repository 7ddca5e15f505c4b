import { retryDelayMinutes } from '../../../lib/remote/backoff';
import { sourceState } from '../../../lib/remote/source-state';
import { calendarIsStale, isStale } from '../../../lib/remote/stale';
import type { RemoteStatus } from '../../../lib/settings/remote-status-schema';
import type { CalendarSource } from '../../../lib/settings/settings-schema';

const URL_ = 'https://finance.example.com/periods.json';
const NOW = Date.parse('2026-05-10T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW - h * 3_600_000).toISOString();

const status = (change: Partial<RemoteStatus> = {}): RemoteStatus => ({
  sourceUrl: URL_,
  since: hoursAgo(100),
  consecutiveFailures: 0,
  ...change,
});
const urlSource = (
  change: Partial<Extract<CalendarSource, { kind: 'url' }>> = {},
): CalendarSource => ({
  kind: 'url',
  url: URL_,
  refreshMinutes: 60,
  maxAgeHours: 24,
  ...change,
});

describe('retryDelayMinutes', () => {
  it.each([
    [0, 60, 60],
    [1, 60, 1],
    [2, 60, 2],
    [3, 60, 4],
    [4, 60, 8],
    [6, 60, 32],
    [7, 60, 60],
    [50, 60, 60],
    [5, 15, 15],
    [10_000, 1440, 1440],
  ])('after %i failures with a %i-minute interval: %i minutes', (failures, refresh, expected) => {
    expect(retryDelayMinutes(failures, refresh)).toBe(expected);
  });
});

describe('isStale', () => {
  it('is never stale without a status (no URL source)', () => {
    expect(isStale(null, 24, NOW)).toBe(false);
  });

  it('ages from the last good fetch: stale only past the maximum age', () => {
    expect(isStale(status({ lastGoodFetch: hoursAgo(23.9) }), 24, NOW)).toBe(false);
    expect(isStale(status({ lastGoodFetch: hoursAgo(24) }), 24, NOW)).toBe(false);
    expect(isStale(status({ lastGoodFetch: hoursAgo(24.01) }), 24, NOW)).toBe(true);
    expect(isStale(status({ lastGoodFetch: hoursAgo(2) }), 1, new Date(NOW))).toBe(true);
  });

  it('a failed refresh after a good fetch does not make it stale by itself', () => {
    const failing = status({
      lastGoodFetch: hoursAgo(1),
      lastError: { reason: 'http', message: 'x', at: hoursAgo(0) },
      consecutiveFailures: 5,
    });
    expect(isStale(failing, 24, NOW)).toBe(false);
  });

  it('a source that never worked ages from when it was set', () => {
    expect(isStale(status({ since: hoursAgo(2) }), 24, NOW)).toBe(false);
    expect(isStale(status({ since: hoursAgo(25) }), 24, NOW)).toBe(true);
  });

  it('fails loud on an unreadable instant', () => {
    expect(isStale(status({ since: 'yesterday' }), 24, NOW)).toBe(true);
  });
});

describe('calendarIsStale (what the guard calls)', () => {
  const old = status({ lastGoodFetch: hoursAgo(30) });

  it('is stale for the URL source the status is about', () => {
    expect(calendarIsStale({ source: urlSource() }, old, NOW)).toBe(true);
    expect(calendarIsStale({ source: urlSource({ maxAgeHours: 48 }) }, old, NOW)).toBe(false);
  });

  it('is not stale for a manual source, or a status about another address', () => {
    expect(calendarIsStale({ source: { kind: 'manual' } }, old, NOW)).toBe(false);
    expect(
      calendarIsStale({ source: urlSource({ url: 'https://other.example.com/c.json' }) }, old, NOW),
    ).toBe(false);
    expect(calendarIsStale({ source: urlSource() }, null, NOW)).toBe(false);
  });
});

describe('sourceState (data-state of calendar-source-status)', () => {
  it.each<[string, CalendarSource, RemoteStatus | null, string]>([
    ['manual source', { kind: 'manual' }, null, 'ok'],
    ['URL not checked yet', urlSource(), null, 'pending'],
    [
      'status of another URL',
      urlSource({ url: 'https://new.example.com/c.json' }),
      status(),
      'pending',
    ],
    ['checked, fine', urlSource(), status({ lastGoodFetch: hoursAgo(1) }), 'ok'],
    [
      'last check failed',
      urlSource(),
      status({
        lastGoodFetch: hoursAgo(2),
        lastError: { reason: 'timeout', message: 'x', at: hoursAgo(1) },
      }),
      'error',
    ],
    [
      'failed, then good again',
      urlSource(),
      status({
        lastGoodFetch: hoursAgo(1),
        lastError: { reason: 'timeout', message: 'x', at: hoursAgo(2) },
      }),
      'ok',
    ],
    [
      'never good, failed',
      urlSource(),
      status({
        since: hoursAgo(1),
        lastError: { reason: 'http', message: 'x', at: hoursAgo(0.5) },
      }),
      'error',
    ],
    [
      'too old',
      urlSource(),
      status({
        lastGoodFetch: hoursAgo(30),
        lastError: { reason: 'http', message: 'x', at: hoursAgo(0.5) },
      }),
      'stale',
    ],
  ])('%s → %s', (_name, source, remote, expected) => {
    expect(sourceState(source, remote, NOW)).toBe(expected);
  });
});
