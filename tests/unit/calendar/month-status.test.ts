import type { Calendar } from '../../../lib/calendar/model';
import { dayStatus, fiscalYearOf, monthStatuses } from '../../../lib/calendar/month-status';
import { calendarOf, emptyCalendar, month2026 as month } from '../../support/calendars';

const calendar: Calendar = {
  version: 1,
  closedThrough: {},
  periods: [
    month(1, 'locked'),
    month(2, 'locked'),
    month(3, 'closed'),
    month(4, 'closed'),
    month(5, 'open', '2026-06-05'),
    month(6, 'open', '2026-07-06'),
    month(7, 'open'),
  ],
};

describe('monthStatuses', () => {
  it('gives each month of a calendar-year fiscal year its status, today marked', () => {
    const months = monthStatuses(calendar, 1, 2026, '2026-06-02', 5);
    expect(months.map((m) => m.status)).toEqual([
      'locked',
      'locked',
      'closed',
      'closed',
      'closing-soon',
      'open',
      'open',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
    expect(months.filter((m) => m.current).map((m) => m.month)).toEqual(['2026-06']);
    expect(months[0]).toMatchObject({
      month: '2026-01',
      label: 'January 2026',
      periods: ['2026-01'],
    });
  });

  it('starts at the fiscal year start month and runs into the next calendar year', () => {
    const months = monthStatuses(calendar, 7, 2025, '2026-06-02', 5);
    expect(months.map((m) => m.month)).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(months[11]?.label).toBe('June 2026');
    expect(months[0]?.status).toBe('unknown');
  });

  it('marks a month closed only partly when the books close mid-month', () => {
    const byDate: Calendar = { version: 1, closedThrough: { AR: '2026-03-15' }, periods: [] };
    const months = monthStatuses(byDate, 1, 2026, '2026-03-20', 5);
    expect(months[1]).toMatchObject({ status: 'closed', partial: false });
    expect(months[2]).toMatchObject({ status: 'closed', partial: true });
    expect(months[3]).toMatchObject({ status: 'open', partial: false });
  });

  it('closes by the later of AR and GL, since closing GL closes AR', () => {
    const byDate: Calendar = {
      version: 1,
      closedThrough: { AR: '2026-01-31', GL: '2026-02-28' },
      periods: [],
    };
    expect(monthStatuses(byDate, 1, 2026, '2026-03-01', 5)[1]?.status).toBe('closed');
  });

  it('counts closing soon from the warning days before the close day, and after it while still open', () => {
    const may = month(5, 'open', '2026-06-05');
    const cal = calendarOf([may]);
    expect(dayStatus('2026-05-10', cal, '2026-05-31', 5)).toBe('closing-soon');
    expect(dayStatus('2026-05-10', cal, '2026-05-30', 5)).toBe('open');
    expect(dayStatus('2026-05-10', cal, '2026-06-05', 5)).toBe('closing-soon');
    // Overdue: the verdict warns until the period is marked closed, so the strip does too.
    expect(dayStatus('2026-05-10', cal, '2026-06-06', 5)).toBe('closing-soon');
    expect(
      dayStatus('2026-05-10', { ...cal, periods: [{ ...may, status: 'closed' }] }, '2026-06-06', 5),
    ).toBe('closed');
  });

  it('lets a locked period win over a closed-through day and a closed one over an open row', () => {
    const cal: Calendar = {
      version: 1,
      closedThrough: { GL: '2026-12-31' },
      periods: [
        month(3, 'locked'),
        { ...month(4, 'open'), module: 'AR' },
        { ...month(4, 'closed'), module: 'GL' },
      ],
    };
    expect(dayStatus('2026-03-02', cal, '2026-06-01', 5)).toBe('locked');
    expect(dayStatus('2026-04-02', cal, '2026-06-01', 5)).toBe('closed');
  });

  it('knows nothing about any month of an empty calendar', () => {
    expect(
      new Set(monthStatuses(emptyCalendar, 1, 2026, '2026-06-01', 5).map((m) => m.status)),
    ).toEqual(new Set(['unknown']));
  });
});

describe('fiscalYearOf', () => {
  it.each([
    ['2026-06-30', 7, 2025],
    ['2026-07-01', 7, 2026],
    ['2026-01-01', 1, 2026],
    ['2026-12-31', 1, 2026],
  ])('%s with a fiscal year starting in month %i is fiscal year %i', (today, start, year) => {
    expect(fiscalYearOf(today, start)).toBe(year);
  });
});
