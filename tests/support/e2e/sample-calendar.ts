import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The calendar the guard tests and the demo load (tests/fixtures/calendars/sample-2026.json):
 * 2026 closed through September (August locked), October onward open with no scheduled
 * close, so the real "today" of a test run cannot turn an open verdict into closing-soon.
 * Matches the expectations in tests/fixtures/README.md.
 */
export const SAMPLE_CALENDAR = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../fixtures/calendars/sample-2026.json', import.meta.url)),
    'utf8',
  ),
) as {
  version: 1;
  closedThrough: { AR?: string; GL?: string };
  periods: Array<{ name: string; start: string; end: string; status: string }>;
};

/** Storage as the extension keeps it (raw keys, WXT's version metadata included). */
export const SEEDED_CALENDAR = { calendar: SAMPLE_CALENDAR, calendar$: { v: 1 } };
