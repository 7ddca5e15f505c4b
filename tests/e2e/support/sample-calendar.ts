/**
 * The calendar the guard tests load: 2026 closed through September (August locked),
 * October onward open with no scheduled close, so the real "today" of a test run cannot
 * turn an open verdict into closing-soon. Matches tests/fixtures/README.md's expectations.
 */
export const SAMPLE_CALENDAR = {
  version: 1,
  closedThrough: { AR: '2026-09-30', GL: '2026-09-30' },
  periods: [
    ...['01', '02', '03', '04', '05', '06', '07'].map((m) => ({
      name: `2026-${m}`,
      start: `2026-${m}-01`,
      end: `2026-${m}-${m === '02' ? '28' : ['04', '06'].includes(m) ? '30' : '31'}`,
      status: 'closed',
    })),
    { name: 'Aug 2026', start: '2026-08-01', end: '2026-08-31', status: 'locked' },
    { name: 'Sep 2026', start: '2026-09-01', end: '2026-09-30', status: 'closed' },
    { name: 'Oct 2026', start: '2026-10-01', end: '2026-10-31', status: 'open' },
    { name: 'Nov 2026', start: '2026-11-01', end: '2026-11-30', status: 'open' },
    { name: 'Dec 2026', start: '2026-12-01', end: '2026-12-31', status: 'open' },
    { name: 'FY 2027', start: '2027-01-01', end: '2027-12-31', status: 'open' },
  ],
};

/** Storage as the extension keeps it (raw keys, WXT's version metadata included). */
export const SEEDED_CALENDAR = { calendar: SAMPLE_CALENDAR, calendar$: { v: 1 } };
