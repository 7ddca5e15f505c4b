import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../../lib/calendar/iso-date';
import type { Calendar, Period } from '../../../lib/calendar/model';
import { CSV_TEMPLATE, calendarToCsv } from '../../../lib/calendar-files/csv';
import { calendarToJson } from '../../../lib/calendar-files/json';

/*
 * Valid calendar files to mutate: the fixed examples users see (template, README) and
 * calendars generated so that every one is accepted (periods laid end to end, unique names).
 */

const FIRST_DAY = toDayNumber('1990-01-01');
const isoDay = fc.integer({ min: FIRST_DAY, max: toDayNumber('2099-12-31') }).map(fromDayNumber);

/** Period and entity names with the characters that need quoting or escaping. */
const name = fc.oneof(
  fc.constantFrom('Jan 2026', 'Q1, 2026', 'The "March" close', '=1+1', "'@x", 'Día 1', 'a\r\nb'),
  fc.string({ minLength: 1, maxLength: 20 }),
);

const periods: fc.Arbitrary<Period[]> = fc
  .record({
    firstDay: fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 30_000 }),
    slots: fc.array(
      fc.record({
        gap: fc.nat(5),
        length: fc.nat(35),
        name,
        status: fc.constantFrom('open', 'closed', 'locked'),
        module: fc.constantFrom(undefined, 'AR', 'GL'),
        closesOn: fc.option(isoDay, { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ firstDay, slots }) => {
    let day = firstDay;
    return slots.map((slot, index) => {
      const start = day + slot.gap;
      day = start + slot.length + 1;
      const period: Period = {
        name: `${slot.name.trim() || 'P'} ${index}`,
        start: fromDayNumber(start),
        end: fromDayNumber(start + slot.length),
        status: slot.status,
      };
      if (slot.closesOn !== undefined) period.closesOn = slot.closesOn;
      if (slot.module !== undefined) period.module = slot.module;
      return period;
    });
  });

const closedThrough = fc.record({ AR: isoDay, GL: isoDay }, { requiredKeys: [] });

/** Calendars the import accepts as they are. */
export const validCalendar: fc.Arbitrary<Calendar> = fc
  .record({
    closedThrough,
    periods,
    entities: fc.option(
      fc.dictionary(
        name.filter((n) => n.trim() !== '' && n !== '__proto__'),
        fc.record({ closedThrough, periods }),
        { maxKeys: 3 },
      ),
      { nil: undefined },
    ),
  })
  .map(({ entities, ...books }) => {
    const calendar: Calendar = { version: 1, ...books };
    if (entities !== undefined) calendar.entities = entities;
    return calendar;
  });

/** The CSV example of the README: aliases not used, every column, an entity row. */
export const README_CSV = [
  'Period,Start,End,Status,Closes On,Entity,Module',
  'Jan 2026,2026-01-01,2026-01-31,Locked,,,',
  'Feb 2026,2026-02-01,2026-02-28,Closed,,,',
  'Mar 2026,2026-03-01,2026-03-31,Closed,,,AR',
  'Mar 2026,2026-03-01,2026-03-31,Open,2026-04-10,,GL',
  'Apr 2026,2026-04-01,2026-04-30,Open,2026-05-08,,',
  'Apr 2026,2026-04-01,2026-04-30,Closed,,West Coast LLC,',
].join('\n');

/** What Excel writes: BOM, CRLF, quoted names, US dates, aliases, a trailing blank line. */
export const EXCEL_CSV =
  '\uFEFFPeriod Name,Start Date,End Date,State,Close Date\r\n' +
  '"Jan, 2026",01/01/2026,01/31/2026,LOCKED,02/10/2026\r\n' +
  '"The ""Feb"" close",2/1/2026,2/28/2026,closed,\r\n' +
  '\r\n';

export const README_JSON = JSON.stringify({
  version: 1,
  closedThrough: { AR: '2026-03-31', GL: '2026-02-28' },
  periods: [
    { name: 'Feb 2026', start: '2026-02-01', end: '2026-02-28', status: 'locked' },
    { name: 'Mar 2026', start: '2026-03-01', end: '2026-03-31', status: 'closed', module: 'AR' },
    {
      name: 'Apr 2026',
      start: '2026-04-01',
      end: '2026-04-30',
      status: 'open',
      closesOn: '2026-05-08',
    },
  ],
  entities: { 'West Coast LLC': { closedThrough: { GL: '2026-04-30' }, periods: [] } },
});

/** Accepted CSV files: the fixed examples and exports of generated calendars. */
export const validCsv: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(CSV_TEMPLATE, README_CSV, EXCEL_CSV),
  validCalendar.filter((c) => c.periods.length > 0).map((calendar) => calendarToCsv(calendar)),
);

/** Accepted JSON files: the README example and exports of generated calendars, also minified. */
export const validJson: fc.Arbitrary<string> = fc.oneof(
  fc.constant(README_JSON),
  validCalendar.map(calendarToJson),
  validCalendar.map((calendar) => JSON.stringify(calendar)),
);
