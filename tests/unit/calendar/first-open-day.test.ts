import { emptyCalendar } from '../../../lib/calendar/model';
import { firstOpenDay } from '../../../lib/calendar/verdict';
import { company, moduleRows } from '../../fixtures/verdict-calendars';

describe('firstOpenDay', () => {
  it('answers on its own as the verdict does', () => {
    expect(firstOpenDay('2026-01-10', company)).toBe('2026-04-01');
    expect(firstOpenDay('2026-06-02', company)).toBe('2026-07-01');
    expect(firstOpenDay('2026-01-10', company, 'West')).toBe('2026-05-01');
  });

  it('cannot say without a calendar, for a bad date, or when nothing stays open', () => {
    expect(firstOpenDay('2026-01-10', null)).toBeUndefined();
    expect(firstOpenDay('2026-01-10', emptyCalendar())).toBeUndefined();
    expect(firstOpenDay('not a date', company)).toBeUndefined();
    expect(firstOpenDay('2026-07-31', company)).toBe('2026-07-31');
    expect(firstOpenDay('2026-08-01', company)).toBeUndefined();
    const closedForever = { ...emptyCalendar(), closedThrough: { GL: '9999-12-31' } };
    expect(firstOpenDay('2026-01-10', closedForever)).toBeUndefined();
  });

  it('sees a periods array replaced by a new one', () => {
    const before = { ...emptyCalendar(), periods: [...moduleRows.periods] };
    expect(firstOpenDay('2026-04-02', before)).toBe('2026-06-01');
    const after = { ...before, periods: before.periods.filter((p) => p.name !== 'Apr 2026 AR') };
    expect(firstOpenDay('2026-04-02', after)).toBe('2026-04-02');
  });
});
