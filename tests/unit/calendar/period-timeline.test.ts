import fc from 'fast-check';
import { fromDayNumber, isIsoDate, toDayNumber } from '../../../lib/calendar/iso-date';
import type { Module, Period } from '../../../lib/calendar/model';
import { periodApplies, periodAt, timelineFor } from '../../../lib/calendar/period-timeline';

/**
 * The period deciding `day` read the slow, obvious way: every row that applies and covers the
 * day, the most restrictive status first, then among open rows the sooner scheduled close,
 * then the earlier row.
 */
function slowDecider(periods: readonly Period[], module: Module, day: number): Period | undefined {
  const rank = { open: 0, closed: 1, locked: 2 };
  let best: Period | undefined;
  for (const p of periods) {
    if (!periodApplies(p, module) || !isIsoDate(p.start) || !isIsoDate(p.end)) continue;
    if (toDayNumber(p.start) > day || toDayNumber(p.end) < day) continue;
    if (best === undefined || rank[p.status] > rank[best.status]) {
      best = p;
    } else if (
      rank[p.status] === rank[best.status] &&
      p.status === 'open' &&
      p.closesOn !== undefined &&
      (best.closesOn === undefined || p.closesOn < best.closesOn)
    ) {
      best = p;
    }
  }
  return best;
}

const FIRST = toDayNumber('2025-12-01');
const LAST = toDayNumber('2026-03-31');

const period: fc.Arbitrary<Period> = fc
  .record({
    name: fc.constantFrom('A', 'B', 'C'),
    start: fc.integer({ min: FIRST, max: LAST }),
    length: fc.integer({ min: -3, max: 40 }),
    status: fc.constantFrom('open', 'open', 'closed', 'locked'),
    closesOn: fc.option(fc.integer({ min: FIRST, max: LAST + 20 }), { nil: undefined }),
    module: fc.constantFrom(undefined, 'AR', 'GL'),
    broken: fc.constantFrom(false, false, false, true),
  })
  .map(({ name, start, length, status, closesOn, module, broken }) => ({
    name,
    start: broken ? '2026-02-30' : fromDayNumber(start),
    end: fromDayNumber(start + length),
    status: status as Period['status'],
    ...(closesOn === undefined ? {} : { closesOn: fromDayNumber(closesOn) }),
    ...(module === undefined ? {} : { module: module as Module }),
  }));

describe('timelineFor', () => {
  it('decides every day as reading every row would, overlaps, gaps and bad rows included', () => {
    fc.assert(
      fc.property(fc.array(period, { maxLength: 8 }), fc.constantFrom('AR', 'GL'), (periods, m) => {
        const module = m as Module;
        const timeline = timelineFor(periods, module);
        for (let day = FIRST - 2; day <= LAST + 42; day++) {
          expect(periodAt(timeline, day)).toBe(slowDecider(periods, module, day));
        }
        // Stretches are sorted, do not overlap, and name their days as text too.
        for (let i = 0; i < timeline.startDays.length; i++) {
          expect(timeline.starts[i]).toBe(fromDayNumber(timeline.startDays[i] as number));
          expect(timeline.ends[i]).toBe(fromDayNumber(timeline.endDays[i] as number));
          expect(timeline.startDays[i]).toBeLessThanOrEqual(timeline.endDays[i] as number);
          if (i > 0)
            expect(timeline.startDays[i]).toBeGreaterThan(timeline.endDays[i - 1] as number);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('builds one stretch per period for twenty years of months', () => {
    const periods: Period[] = [];
    for (let year = 2008; year < 2028; year++) {
      for (let month = 1; month <= 12; month++) {
        const first = toDayNumber(`${year}-${String(month).padStart(2, '0')}-01`);
        const next =
          month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
        periods.push({
          name: `${year}-${month}`,
          start: fromDayNumber(first),
          end: fromDayNumber(toDayNumber(next) - 1),
          status: year < 2026 ? 'closed' : 'open',
        });
      }
    }
    const timeline = timelineFor(periods);
    expect(timeline.periods).toEqual(periods);
    expect(timeline.starts).toEqual(periods.map((p) => p.start));
    expect(timeline.ends).toEqual(periods.map((p) => p.end));
  });
});
