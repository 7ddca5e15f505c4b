import type { Calendar, Period } from '../../../lib/calendar/model';
import { nextScheduledClose } from '../../../lib/calendar/next-close';
import { calendarOf as calendar } from '../../support/calendars';

const p = (name: string, status: Period['status'], closesOn?: string): Period => ({
  name,
  start: '2026-01-01',
  end: '2026-01-01',
  status,
  ...(closesOn ? { closesOn } : {}),
});

describe('nextScheduledClose', () => {
  it('picks the earliest close day ahead among open periods', () => {
    const next = nextScheduledClose(
      calendar([
        p('May', 'open', '2026-06-10'),
        p('Apr', 'open', '2026-05-08'),
        p('Mar', 'closed', '2026-04-10'),
      ]),
      '2026-05-03',
    );
    expect(next).toEqual({
      period: p('Apr', 'open', '2026-05-08'),
      closesOn: '2026-05-08',
      daysLeft: 5,
    });
  });

  it('counts a close today', () => {
    const cal = calendar([p('Apr', 'open', '2026-05-03'), p('May', 'open', '2026-06-03')]);
    expect(nextScheduledClose(cal, '2026-05-03')?.daysLeft).toBe(0);
    expect(nextScheduledClose(cal, '2026-05-03')?.period.name).toBe('Apr');
  });

  it('puts a period past its close day and still open first, as overdue', () => {
    const cal = calendar([p('Mar', 'open', '2026-04-10'), p('Apr', 'open', '2026-05-08')]);
    expect(nextScheduledClose(cal, '2026-05-03')).toMatchObject({
      period: { name: 'Mar' },
      daysLeft: -23,
    });
  });

  it('skips an open period the closed-through days already cover', () => {
    const jan = { ...p('Jan', 'open', '2026-02-10'), end: '2026-01-31' };
    const apr = { ...p('Apr', 'open', '2026-05-08'), start: '2026-04-01', end: '2026-04-30' };
    const cal: Calendar = { ...calendar([jan, apr]), closedThrough: { GL: '2026-03-31' } };
    expect(nextScheduledClose(cal, '2026-05-03')?.period.name).toBe('Apr');
  });

  it('is undefined without a calendar or without close days ahead', () => {
    expect(nextScheduledClose(null, '2026-05-03')).toBeUndefined();
    expect(nextScheduledClose(calendar([p('Apr', 'open')]), '2026-05-03')).toBeUndefined();
    expect(
      nextScheduledClose(calendar([p('Apr', 'locked', '2026-06-01')]), '2026-05-03'),
    ).toBeUndefined();
  });
});
