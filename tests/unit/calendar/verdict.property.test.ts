import fc from 'fast-check';
import { booksFor, effectiveClosedThrough } from '../../../lib/calendar/books';
import { addDays, fromDayNumber, toDayNumber } from '../../../lib/calendar/iso-date';
import {
  type Calendar,
  type ClosedThrough,
  calendarSchema,
  type EntityBooks,
  isEmptyCalendar,
  type Period,
} from '../../../lib/calendar/model';
import type { InvoiceSnapshot } from '../../../lib/calendar/snapshot';
import { checkDate, firstOpenDay, verdictFor } from '../../../lib/calendar/verdict';
import type { VerdictKind, VerdictOptions } from '../../../lib/calendar/verdict-types';

/*
 * Properties over random calendars. `today` is always generated and passed in, never read
 * from the clock, so the suite gives the same answers on any machine, day and time zone.
 */

const FIRST = toDayNumber('2023-01-01');
const LAST = toDayNumber('2028-12-31');
const date = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);

const period: fc.Arbitrary<Period> = fc
  .record({
    name: fc.constantFrom('P1', 'P2', 'P3', 'Q', 'FY'),
    start: fc.integer({ min: FIRST, max: LAST }),
    length: fc.integer({ min: 0, max: 120 }),
    status: fc.constantFrom('open', 'open', 'closed', 'locked'),
    closesAfterEnd: fc.option(fc.integer({ min: -10, max: 30 }), { nil: undefined }),
    module: fc.constantFrom(undefined, undefined, 'AR', 'GL'),
  })
  .map(({ name, start, length, status, closesAfterEnd, module }) => {
    const p: Period = {
      name,
      start: fromDayNumber(start),
      end: fromDayNumber(start + length),
      status: status as Period['status'],
    };
    if (closesAfterEnd !== undefined) p.closesOn = fromDayNumber(start + length + closesAfterEnd);
    if (module !== undefined) p.module = module as Period['module'];
    return p;
  });

const closedThrough: fc.Arbitrary<ClosedThrough> = fc.record(
  { AR: date, GL: date },
  { requiredKeys: [] },
);

const books: fc.Arbitrary<EntityBooks> = fc.record({
  closedThrough,
  periods: fc.array(period, { maxLength: 6 }),
});

const calendar: fc.Arbitrary<Calendar> = fc
  .record({
    company: books,
    entities: fc.option(fc.dictionary(fc.constantFrom('West', 'East'), books), { nil: undefined }),
  })
  .map(({ company, entities }) =>
    calendarSchema.parse({ version: 1, ...company, ...(entities ? { entities } : {}) }),
  );

const entity = fc.constantFrom(undefined, 'West', 'East', 'Nowhere');
const options: fc.Arbitrary<VerdictOptions> = fc.record({
  today: date,
  closingSoonDays: fc.integer({ min: 0, max: 15 }),
});

const snapshot: fc.Arbitrary<InvoiceSnapshot> = fc.record(
  {
    invoiceDate: fc.option(date, { nil: null }),
    postingDate: date,
    originalDate: date,
    accountingReferenceId: fc.constantFrom('', 'INTACCT-1'),
    entity: fc.constantFrom('West', 'East', 'Nowhere'),
  },
  { requiredKeys: ['invoiceDate'] },
);

const OPEN: ReadonlySet<VerdictKind> = new Set(['open', 'closing-soon']);

/** The status a date has by reading every period row, the slow obvious way. */
function slowPeriodKind(periods: readonly Period[], day: string, soon: VerdictOptions): string {
  const covering = periods.filter((p) => p.start <= day && day <= p.end);
  if (covering.length === 0) return 'none';
  if (covering.some((p) => p.status === 'locked')) return 'locked';
  if (covering.some((p) => p.status === 'closed')) return 'closed';
  const closes = covering.flatMap((p) => (p.closesOn ? [p.closesOn] : [])).sort()[0];
  if (closes === undefined) return 'open';
  return toDayNumber(closes) - toDayNumber(soon.today) <= soon.closingSoonDays
    ? 'closing-soon'
    : 'open';
}

/** The verdict kind for a bare date, spelled out from the rules without the fast index. */
function slowKind(cal: Calendar, day: string, who: string | undefined, o: VerdictOptions) {
  if (isEmptyCalendar(cal)) return 'no-calendar';
  const b = booksFor(cal, who);
  const through = effectiveClosedThrough(b.closedThrough);
  if (b.periods.length === 0 && through === undefined) return 'outside-calendar';
  const closedByDay = through !== undefined && day <= through;
  const byPeriod = slowPeriodKind(b.periods, day, o);
  if (byPeriod === 'none' && b.periods.length > 0 && !closedByDay) return 'outside-calendar';
  if (byPeriod === 'locked') return 'locked';
  if (closedByDay || byPeriod === 'closed') return 'closed';
  return byPeriod === 'none' ? 'open' : byPeriod;
}

describe('verdict properties', () => {
  it('agrees with reading every period row the slow way', () => {
    fc.assert(
      fc.property(calendar, date, entity, options, (cal, day, who, o) => {
        expect(checkDate(day, cal, { ...o, entity: who }).kind).toBe(slowKind(cal, day, who, o));
      }),
      { numRuns: 500 },
    );
  });

  it('never calls a date on or before the effective closed-through day open', () => {
    fc.assert(
      fc.property(calendar, entity, fc.nat(400), options, snapshot, (cal, who, back, o, snap) => {
        const through = effectiveClosedThrough(booksFor(cal, who).closedThrough);
        fc.pre(through !== undefined);
        const day = addDays(through as string, -back);
        expect(OPEN.has(checkDate(day, cal, { ...o, entity: who }).kind)).toBe(false);
        const invoice = { ...snap, invoiceDate: day, postingDate: day, originalDate: day };
        const onPage = verdictFor({ ...invoice, entity: who }, cal, o);
        expect(OPEN.has(onPage.kind)).toBe(false);
      }),
    );
  });

  it('offers a first open day that is open, not before the date, with nothing open earlier', () => {
    fc.assert(
      fc.property(calendar, date, entity, options, (cal, day, who, o) => {
        fc.pre(!isEmptyCalendar(cal));
        const first = firstOpenDay(day, cal, who);
        const judged = (d: string) => checkDate(d, cal, { ...o, entity: who }).kind;
        if (first !== undefined) {
          expect(first >= day).toBe(true);
          expect(OPEN.has(judged(first))).toBe(true);
        }
        // No open day is skipped: every day before it (or, with none, the next 400) is not open.
        const stop = first ?? addDays(day, 400);
        for (let d = day, n = 0; d < stop && n < 400; d = addDays(d, 1), n++) {
          expect(OPEN.has(judged(d)), d).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same verdicts whatever the time zone and the clock', () => {
    const zones = [
      'UTC',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'America/St_Johns',
      'Asia/Kolkata',
    ];
    const original = process.env.TZ;
    try {
      // The zones must really differ here, or this property would prove nothing.
      const offsets = zones.map((zone) => {
        process.env.TZ = zone;
        return new Date(2026, 0, 1).getTimezoneOffset();
      });
      expect(new Set(offsets).size).toBe(zones.length);
      vi.useFakeTimers();
      fc.assert(
        fc.property(calendar, snapshot, date, entity, options, (cal, snap, day, who, o) => {
          const answers = zones.map((zone, i) => {
            process.env.TZ = zone;
            vi.setSystemTime(Date.UTC(2026, 11, 31, 23, 30) + i * 3_600_000);
            return [
              verdictFor(snap, cal, o),
              checkDate(day, cal, { ...o, entity: who }),
              firstOpenDay(day, cal, who),
            ];
          });
          for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
        }),
        { numRuns: 100 },
      );
    } finally {
      vi.useRealTimers();
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
