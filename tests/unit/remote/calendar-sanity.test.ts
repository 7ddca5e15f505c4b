import type { Calendar } from '../../../lib/calendar/model';
import { monthsBefore } from '../../../lib/calendar/months-before';
import { suspiciousChange } from '../../../lib/remote/calendar-sanity';
import { emptyCalendar, month2026 as month } from '../../support/calendars';

const year = Array.from({ length: 12 }, (_, i) => month(i + 1));
const inUse: Calendar = {
  version: 1,
  closedThrough: { AR: '2026-03-31', GL: '2026-02-28' },
  periods: year,
  entities: { 'West LLC': { closedThrough: { GL: '2026-03-31' }, periods: [] } },
};

describe('suspiciousChange: what is held instead of put in use', () => {
  it('holds an empty calendar, even as the first one fetched', () => {
    expect(suspiciousChange(inUse, emptyCalendar)).toBe(
      'The new calendar is empty: it has no periods and no closed-through dates.',
    );
    expect(suspiciousChange(null, emptyCalendar)).toMatch(/is empty/);
  });

  it('never holds a first fetch that has something in it', () => {
    expect(
      suspiciousChange(null, { version: 1, closedThrough: {}, periods: [month(1)] }),
    ).toBeNull();
    expect(
      suspiciousChange(null, { version: 1, closedThrough: { AR: '2020-01-31' }, periods: [] }),
    ).toBeNull();
  });

  it('passes ordinary changes: a period closed, a month reopened, periods added', () => {
    const closedOneMore = { ...inUse, closedThrough: { AR: '2026-04-30', GL: '2026-03-31' } };
    expect(suspiciousChange(inUse, closedOneMore)).toBeNull();
    // Reopening two months is a change a controller makes.
    const reopened = {
      ...inUse,
      closedThrough: { AR: monthsBefore('2026-03-31', 2), GL: '2026-02-28' },
    };
    expect(reopened.closedThrough.AR).toBe('2026-01-31');
    expect(suspiciousChange(inUse, reopened)).toBeNull();
    expect(suspiciousChange(inUse, { ...inUse, periods: [...year, month(12)] })).toBeNull();
  });

  it('holds a calendar that loses more than half of its periods, but not half', () => {
    expect(suspiciousChange(inUse, { ...inUse, periods: year.slice(0, 6) })).toBeNull();
    expect(suspiciousChange(inUse, { ...inUse, periods: year.slice(0, 5) })).toBe(
      'The new calendar has 5 periods where the calendar in use has 12 (more than half are gone).',
    );
    expect(suspiciousChange(inUse, { ...inUse, periods: [] })).toMatch(/has 0 periods where/);
  });

  it('counts entity periods with the company’s', () => {
    const split: Calendar = {
      ...inUse,
      periods: year.slice(0, 4),
      entities: { 'West LLC': { closedThrough: { GL: '2026-03-31' }, periods: year.slice(4) } },
    };
    expect(suspiciousChange(inUse, split)).toBeNull();
    expect(suspiciousChange(split, { ...split, entities: {} })).toMatch(
      /has 4 periods where the calendar in use has 12/,
    );
  });

  it('holds a closed-through date moved back by more than 2 months, for any module or entity', () => {
    expect(
      suspiciousChange(inUse, { ...inUse, closedThrough: { AR: '2026-01-30', GL: '2026-02-28' } }),
    ).toBe(
      'The new calendar moves the AR closed-through date back from 2026-03-31 to 2026-01-30, more than 2 months.',
    );
    const entityBack: Calendar = {
      ...inUse,
      entities: { 'West LLC': { closedThrough: { GL: '2025-12-31' }, periods: [] } },
    };
    expect(suspiciousChange(inUse, entityBack)).toMatch(
      /moves the GL closed-through date for West LLC back from 2026-03-31 to 2025-12-31/,
    );
  });

  it('holds a calendar that drops a closed-through date, or an entity that had one', () => {
    expect(suspiciousChange(inUse, { ...inUse, closedThrough: { AR: '2026-03-31' } })).toBe(
      'The new calendar no longer has a GL closed-through date (it was 2026-02-28).',
    );
    expect(suspiciousChange(inUse, { ...inUse, entities: undefined })).toMatch(
      /no longer has a GL closed-through date for West LLC/,
    );
  });

  it('names three findings and counts the rest', () => {
    const wrecked: Calendar = { version: 1, closedThrough: {}, periods: [month(1)] };
    expect(suspiciousChange(inUse, wrecked)).toMatch(
      /^The new calendar has 1 period where .*; no longer .*; no longer .*; and 1 more change like these\.$/,
    );
  });
});
