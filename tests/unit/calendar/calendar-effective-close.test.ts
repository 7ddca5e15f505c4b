import { effectiveClose, effectiveCloseFor } from '../../../lib/calendar/effective-close';
import type { Calendar, Period, PeriodStatus } from '../../../lib/calendar/model';
import { checkDate } from '../../../lib/calendar/verdict';
import { closedThroughSource } from '../../../lib/resolution/closed-through-phrase';

const LAST_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function month(m: number, status: PeriodStatus, extra: Partial<Period> = {}): Period {
  const mm = String(m).padStart(2, '0');
  return {
    name: `${mm}/2026`,
    start: `2026-${mm}-01`,
    end: `2026-${mm}-${LAST_DAYS[m - 1]}`,
    status,
    ...extra,
  };
}
const books = (periods: Period[], closedThrough: Calendar['closedThrough'] = {}) => ({
  closedThrough,
  periods,
});

describe('effectiveClose', () => {
  it('follows closed and locked periods from the start when no date is entered', () => {
    const periods = [month(1, 'locked'), month(2, 'closed'), month(3, 'closed'), month(4, 'open')];
    const close = effectiveClose(books(periods));
    expect(close).toMatchObject({ through: '2026-03-31', lastPeriod: { name: '03/2026' } });
    expect(close.date).toBeUndefined();
    expect(closedThroughSource(close)).toBe('from the closed periods, through 03/2026');
  });

  it('agrees with the verdict on both sides of the day it names', () => {
    const calendar: Calendar = {
      version: 1,
      closedThrough: {},
      periods: [month(1, 'closed'), month(2, 'closed'), month(3, 'open')],
    };
    const through = effectiveCloseFor(calendar, 'AR').through;
    expect(through).toBe('2026-02-28');
    const options = { today: '2026-03-05', closingSoonDays: 5 };
    expect(checkDate('2026-02-28', calendar, options).kind).toBe('closed');
    expect(checkDate('2026-03-01', calendar, options).kind).toBe('open');
  });

  it('stops at an open period and at days no period covers', () => {
    const withOpen = [month(1, 'closed'), month(2, 'open'), month(3, 'closed')];
    expect(effectiveClose(books(withOpen)).through).toBe('2026-01-31');
    const withGap = [month(1, 'closed'), month(3, 'closed')];
    expect(effectiveClose(books(withGap)).through).toBe('2026-01-31');
    expect(effectiveClose(books([month(1, 'open'), month(2, 'closed')])).through).toBeUndefined();
  });

  it('carries an entered date on through the closed periods after it', () => {
    const close = effectiveClose(
      books([month(1, 'open'), month(2, 'closed'), month(3, 'open')], { AR: '2026-01-31' }),
    );
    expect(close).toMatchObject({ through: '2026-02-28', date: '2026-01-31', dateModule: 'AR' });
    expect(closedThroughSource(close)).toBe(
      'from the closed-through date, January 31, 2026, and the closed periods after it, through 02/2026',
    );
  });

  it('takes AR’s date from GL when GL is closed later, and says so', () => {
    const close = effectiveClose(books([], { AR: '2026-01-31', GL: '2026-02-28' }), 'AR');
    expect(close).toMatchObject({ through: '2026-02-28', dateModule: 'GL' });
    expect(closedThroughSource(close)).toBe(
      'from the GL closed-through date (closing GL closes AR)',
    );
    expect(effectiveClose(books([], { AR: '2026-03-31' }), 'GL').through).toBeUndefined();
  });

  it('counts an AR-only closed period for AR, not for GL', () => {
    const periods = [month(1, 'closed', { module: 'AR' })];
    expect(effectiveClose(books(periods), 'AR').through).toBe('2026-01-31');
    expect(effectiveClose(books(periods), 'GL').through).toBeUndefined();
  });

  it('uses an entity’s own books', () => {
    const calendar: Calendar = {
      version: 1,
      closedThrough: { AR: '2026-01-31' },
      periods: [month(1, 'closed'), month(2, 'open')],
      entities: { East: { closedThrough: {}, periods: [month(1, 'closed'), month(2, 'closed')] } },
    };
    expect(effectiveCloseFor(calendar, 'AR').through).toBe('2026-01-31');
    expect(effectiveCloseFor(calendar, 'AR', 'East').through).toBe('2026-02-28');
  });
});
