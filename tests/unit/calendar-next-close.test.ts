import type { Calendar, Period } from '../../lib/calendar/model';
import { nextScheduledClose } from '../../lib/calendar/next-close';

const p = (name: string, status: Period['status'], closesOn?: string): Period => ({
  name,
  start: '2026-01-01',
  end: '2026-01-01',
  status,
  ...(closesOn ? { closesOn } : {}),
});
const calendar = (periods: Period[]): Calendar => ({ version: 1, closedThrough: {}, periods });

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

  it('counts a close today, and skips one already past', () => {
    const cal = calendar([p('Mar', 'open', '2026-05-02'), p('Apr', 'open', '2026-05-03')]);
    expect(nextScheduledClose(cal, '2026-05-03')?.daysLeft).toBe(0);
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
