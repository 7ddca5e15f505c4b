import type { Calendar, Period } from '../../../lib/calendar/model';
import {
  withClosedThrough,
  withoutPeriod,
  withPeriod,
  withPeriods,
} from '../../../lib/settings/calendar-edits';

const jan: Period = { name: 'Jan', start: '2026-01-01', end: '2026-01-31', status: 'closed' };
const feb: Period = { name: 'Feb', start: '2026-02-01', end: '2026-02-28', status: 'open' };
const calendar: Calendar = { version: 1, closedThrough: { GL: '2025-12-31' }, periods: [jan] };

describe('calendar edits', () => {
  it('start from an empty calendar when there is none', () => {
    expect(withClosedThrough(null, 'AR', '2026-01-31')).toEqual({
      version: 1,
      closedThrough: { AR: '2026-01-31' },
      periods: [],
    });
    expect(withPeriod(null, null, jan).periods).toEqual([jan]);
  });

  it('set and clear a module closed-through day without touching the input', () => {
    const set = withClosedThrough(calendar, 'AR', '2026-01-31');
    expect(set.closedThrough).toEqual({ GL: '2025-12-31', AR: '2026-01-31' });
    expect(withClosedThrough(set, 'GL', undefined).closedThrough).toEqual({ AR: '2026-01-31' });
    expect(calendar.closedThrough).toEqual({ GL: '2025-12-31' });
  });

  it('add, replace and remove periods by index', () => {
    const added = withPeriod(calendar, null, feb);
    expect(added.periods).toEqual([jan, feb]);
    expect(withPeriod(added, 1, { ...feb, status: 'closed' }).periods[1]?.status).toBe('closed');
    expect(withoutPeriod(added, 0).periods).toEqual([feb]);
    expect(calendar.periods).toEqual([jan]);
  });

  it('replace the company periods whole, keeping closed-through days and entities', () => {
    const withEntity: Calendar = {
      ...calendar,
      entities: { West: { closedThrough: { AR: '2026-01-31' }, periods: [jan] } },
    };
    const list = [feb];
    const next = withPeriods(withEntity, list);
    expect(next).toEqual({ ...withEntity, periods: [feb] });
    list.push(jan);
    expect(next.periods).toEqual([feb]);
    expect(withPeriods(null, [jan]).periods).toEqual([jan]);
  });

  it.each([1, -1, 0.5])('refuse index %s that names no period', (index) => {
    expect(() => withPeriod(calendar, index, feb)).toThrow(RangeError);
    expect(() => withoutPeriod(calendar, index)).toThrow(/There is no period number/);
  });
});
