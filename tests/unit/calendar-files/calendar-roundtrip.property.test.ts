import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../../lib/calendar/iso-date';
import {
  type Calendar,
  type ClosedThrough,
  calendarSchema,
  type EntityBooks,
  type Period,
} from '../../../lib/calendar/model';
import { calendarToCsv, parseCalendarCsv } from '../../../lib/calendar-files/csv';
import { describeProblem } from '../../../lib/calendar-files/import';
import { calendarToJson, parseCalendarJson } from '../../../lib/calendar-files/json';

const FIRST_DAY = toDayNumber('1990-01-01');
const LAST_DAY = toDayNumber('2099-12-31');

const isoDay = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(fromDayNumber);

/** Text that stresses the CSV writer: quotes, commas, line breaks, formula starts, Unicode. */
const freeText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    'Jan, 2026',
    'The "Q1" close',
    '=SUM(A1:A2)',
    "'=x",
    '-adj',
    '@here',
    'a\nb',
    'a\r\nb',
  ),
);

/**
 * A run of periods in one entity's books that the checks accept: slots laid end to end with
 * gaps (so they never share a day), each slot one period for every module, one for AR or GL,
 * or an AR/GL pair with the same name (the allowed overlap). Names get the slot number so no
 * two clash.
 */
const periodsArb = fc
  .record({
    firstDay: fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 20_000 }),
    slots: fc.array(
      fc.record({
        gap: fc.nat(10),
        length: fc.nat(40),
        lanes: fc.constantFrom('all', 'AR', 'GL', 'split'),
        name: freeText,
        status: fc.constantFrom('open', 'closed', 'locked'),
        otherStatus: fc.constantFrom('open', 'closed', 'locked'),
        closesOn: fc.option(isoDay, { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ firstDay, slots }) => {
    const periods: Period[] = [];
    let day = firstDay;
    slots.forEach((slot, index) => {
      const start = fromDayNumber(day + slot.gap);
      const end = fromDayNumber(day + slot.gap + slot.length);
      day += slot.gap + slot.length + 1;
      const base: Period = {
        name: `${slot.name.trim() || 'Period'} #${index}`.trim(),
        start,
        end,
        status: slot.status,
      };
      if (slot.closesOn !== undefined) base.closesOn = slot.closesOn;
      if (slot.lanes === 'all') periods.push(base);
      else if (slot.lanes === 'split') {
        periods.push(
          { ...base, module: 'AR' },
          { ...base, status: slot.otherStatus, module: 'GL' },
        );
      } else periods.push({ ...base, module: slot.lanes });
    });
    return periods;
  });

const closedThroughArb: fc.Arbitrary<ClosedThrough> = fc.record(
  { AR: isoDay, GL: isoDay },
  { requiredKeys: [] },
);

const booksArb: fc.Arbitrary<EntityBooks> = fc.record({
  closedThrough: closedThroughArb,
  periods: periodsArb,
});

const entityName = freeText
  .map((text) => text.trim())
  .filter((name) => name !== '' && name !== '__proto__');

const calendarArb: fc.Arbitrary<Calendar> = fc
  .record({
    closedThrough: closedThroughArb,
    periods: periodsArb,
    entities: fc.option(
      fc
        .uniqueArray(fc.tuple(entityName, booksArb), { maxLength: 4, selector: ([name]) => name })
        .map((pairs) => Object.fromEntries(pairs)),
      { nil: undefined },
    ),
  })
  .map(({ closedThrough, periods, entities }) => {
    const calendar: Calendar = { version: 1, closedThrough, periods };
    if (entities !== undefined) calendar.entities = entities;
    return calendar;
  });

describe('calendar files round trip', () => {
  it('calendarToJson then parseCalendarJson gives the same calendar', () => {
    fc.assert(
      fc.property(calendarArb, (calendar) => {
        const result = parseCalendarJson(calendarToJson(calendar));
        if (!result.ok) throw new Error(result.errors.map(describeProblem).join('\n'));
        expect(result.calendar).toEqual(calendar);
      }),
      { numRuns: 300 },
    );
  });

  it('calendarToJson is deterministic: the same calendar always gives the same text', () => {
    fc.assert(
      fc.property(calendarArb, (calendar) => {
        const text = calendarToJson(calendar);
        const reparsed = parseCalendarJson(text);
        expect(reparsed.ok && calendarToJson(reparsed.calendar)).toBe(text);
      }),
    );
  });

  it('calendarToCsv then parseCalendarCsv gives the same periods (closed-through days aside)', () => {
    fc.assert(
      fc.property(calendarArb, (calendar) => {
        const result = parseCalendarCsv(calendarToCsv(calendar));
        const entities = Object.entries(calendar.entities ?? {}).filter(
          ([, books]) => books.periods.length > 0,
        );
        if (calendar.periods.length === 0 && entities.length === 0) {
          // A header without rows is refused: applying it would silently empty the calendar.
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error(result.errors.map(describeProblem).join('\n'));
        const expected: Calendar = { version: 1, closedThrough: {}, periods: calendar.periods };
        if (entities.length > 0) {
          expected.entities = Object.fromEntries(
            entities.map(([name, books]) => [name, { closedThrough: {}, periods: books.periods }]),
          );
        }
        expect(result.calendar).toEqual(expected);
        // The CSV reader does not run the schema itself: hold it to the schema here.
        expect(calendarSchema.safeParse(result.calendar).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
