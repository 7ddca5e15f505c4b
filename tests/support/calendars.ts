import type { IsoDate } from '../../lib/calendar/iso-date';
import type { Calendar, Period } from '../../lib/calendar/model';

/** FY2026 Q1 and April, as the component tests of the popup and settings page use it. */
export const jan: Period = {
  name: 'Jan 2026',
  start: '2026-01-01',
  end: '2026-01-31',
  status: 'locked',
};
export const feb: Period = {
  name: 'Feb 2026',
  start: '2026-02-01',
  end: '2026-02-28',
  status: 'closed',
};
export const mar: Period = {
  name: 'Mar 2026',
  start: '2026-03-01',
  end: '2026-03-31',
  status: 'closed',
  closesOn: '2026-04-08',
};
export const apr: Period = {
  name: 'Apr 2026',
  start: '2026-04-01',
  end: '2026-04-30',
  status: 'open',
  closesOn: '2026-05-08',
};
export const may: Period = {
  name: 'May 2026',
  start: '2026-05-01',
  end: '2026-05-31',
  status: 'open',
  closesOn: '2026-06-08',
};

export const sampleCalendar: Calendar = {
  version: 1,
  closedThrough: { AR: '2026-03-31', GL: '2026-02-28' },
  periods: [jan, feb, mar, apr, may],
};

/** A calendar of `periods` only: no closed-through day, no entities, unless `change` sets them. */
export const calendarOf = (periods: Period[], change: Partial<Calendar> = {}): Calendar => ({
  version: 1,
  closedThrough: {},
  periods,
  ...change,
});

/** No period and no closed-through day: a calendar that can vouch for nothing. */
export const emptyCalendar: Calendar = calendarOf([]);

/** AR closed through February, its one period: a calendar in use before an import. */
export const closedThroughFebruary: Calendar = calendarOf([feb], {
  closedThrough: { AR: '2026-02-28' },
});

/** September closed and October open: the guard tests' calendar closes through September 30. */
export const sep: Period = {
  name: 'Sep 2026',
  start: '2026-09-01',
  end: '2026-09-30',
  status: 'closed',
};
export const oct: Period = {
  name: 'Oct 2026',
  start: '2026-10-01',
  end: '2026-10-31',
  status: 'open',
};

/** AR closed through September 30, October open with no scheduled close. */
export const closedThroughSeptember: Calendar = calendarOf([sep, oct], {
  closedThrough: { AR: '2026-09-30' },
});

/** Month `m` (1–12) of 2026 as a period named `2026-mm`, whole to its last day. */
export function month2026(
  m: number,
  status: Period['status'] = 'open',
  closesOn?: IsoDate,
): Period {
  const mm = String(m).padStart(2, '0');
  const end = new Date(Date.UTC(2026, m, 0)).getUTCDate();
  return {
    name: `2026-${mm}`,
    start: `2026-${mm}-01`,
    end: `2026-${mm}-${end}`,
    status,
    ...(closesOn ? { closesOn } : {}),
  };
}
