import type { Period } from '../../../lib/calendar/model';
import { calendarChanges, hasNoChanges } from '../../../lib/calendar-files/calendar-changes';
import { calendarOf as calendar } from '../../support/calendars';

const period = (
  name: string,
  start: string,
  end: string,
  change: Partial<Period> = {},
): Period => ({
  name,
  start,
  end,
  status: 'open',
  ...change,
});
const jan = period('Jan 2026', '2026-01-01', '2026-01-31', { status: 'closed' });
const feb = period('Feb 2026', '2026-02-01', '2026-02-28');
const mar = period('Mar 2026', '2026-03-01', '2026-03-31');

describe('calendarChanges', () => {
  it('counts every period as added when there is no calendar yet', () => {
    const changes = calendarChanges(null, calendar([jan, feb]));
    expect(changes.added.map((p) => p.period.name)).toEqual(['Jan 2026', 'Feb 2026']);
    expect(changes.removed).toEqual([]);
    expect(changes.unchanged).toBe(0);
  });

  it('names added, removed, changed and unchanged periods', () => {
    const before = calendar([jan, feb]);
    const after = calendar([{ ...jan, status: 'locked' }, mar]);
    const changes = calendarChanges(before, after);
    expect(changes.added).toEqual([{ period: mar }]);
    expect(changes.removed).toEqual([{ period: feb }]);
    expect(changes.changed).toEqual([{ before: jan, after: { ...jan, status: 'locked' } }]);
    expect(changes.unchanged).toBe(0);
    expect(hasNoChanges(changes)).toBe(false);
  });

  it('matches a period by name without case, and by module', () => {
    const arMar = { ...mar, module: 'AR' as const, status: 'closed' as const };
    const before = calendar([arMar, { ...mar, module: 'GL' }]);
    const after = calendar([
      { ...arMar, name: 'MAR 2026' },
      { ...mar, module: 'GL' },
    ]);
    const changes = calendarChanges(before, after);
    expect(changes.added).toEqual([]);
    expect(changes.changed).toHaveLength(1);
    expect(changes.unchanged).toBe(1);
  });

  it('keeps entities apart from the company', () => {
    const before = calendar([jan], { entities: { West: { closedThrough: {}, periods: [jan] } } });
    const after = calendar([jan], { entities: { East: { closedThrough: {}, periods: [jan] } } });
    const changes = calendarChanges(before, after);
    expect(changes.added).toEqual([{ entity: 'East', period: jan }]);
    expect(changes.removed).toEqual([{ entity: 'West', period: jan }]);
    expect(changes.unchanged).toBe(1);
  });

  it('lists closed-through days that move, appear or go, per entity', () => {
    const before = calendar([], {
      closedThrough: { AR: '2026-01-31', GL: '2026-01-31' },
      entities: { West: { closedThrough: { GL: '2026-02-28' }, periods: [] } },
    });
    const after = calendar([], { closedThrough: { AR: '2026-02-28', GL: '2026-01-31' } });
    expect(calendarChanges(before, after).closedThrough).toEqual([
      { module: 'AR', before: '2026-01-31', after: '2026-02-28' },
      { entity: 'West', module: 'GL', before: '2026-02-28' },
    ]);
  });

  it('says nothing changes for the same calendar', () => {
    const same = calendar([jan, feb], { closedThrough: { AR: '2026-01-31' } });
    const changes = calendarChanges(same, structuredClone(same));
    expect(hasNoChanges(changes)).toBe(true);
    expect(changes.unchanged).toBe(2);
  });
});
