import { format } from 'date-fns';
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../../lib/calendar/iso-date';
import { formatLongDate } from '../../../lib/dates/format';
import { parsePageDate } from '../../../lib/dates/parse-page-date';

/**
 * Round trip: a date written in any supported format (by date-fns, an independent writer)
 * reads back as the same date. Runs under whatever TZ the suite is started with; the Date
 * is built at local noon from calendar fields only to feed date-fns, so no zone moves a day.
 */

/** Any calendar date 1000-01-01 … 9999-12-31. */
const anyDate = fc
  .integer({ min: toDayNumber('1000-01-01'), max: toDayNumber('9999-12-31') })
  .map(fromDayNumber);

/** Dates a two-digit year can name under the 50-years-ahead pivot: 1977 … 2076. */
const twoDigitYearDate = fc
  .integer({ min: toDayNumber('1977-01-01'), max: toDayNumber('2076-12-31') })
  .map(fromDayNumber);

function localNoon(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(2000, m - 1, d, 12);
  date.setFullYear(y); // years below 100 would otherwise be read as 19yy
  // date-fns formats local fields, and some zones skipped whole days (Kiribati skipped
  // 1994-12-31 when it moved across the date line): such a day cannot be written through a
  // local Date, so the case is discarded. The parser itself never touches a Date.
  fc.pre(date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d);
  return date;
}

const MONTH_FIRST_FORMATS = [
  'MM/dd/yyyy',
  'M/d/yyyy',
  'yyyy-MM-dd',
  'MMM d, yyyy',
  'MMM d yyyy',
  'MMMM d, yyyy',
  'd MMM yyyy',
  'EEE, MMM d, yyyy',
  "'Issue Date:' MMM do, yyyy '(Net 30)'",
  'MM.dd.yyyy',
  'MM-dd-yyyy',
];

describe('parsePageDate round trip', () => {
  it.each(MONTH_FIRST_FORMATS)('reads back any date written as %s', (pattern) => {
    fc.assert(
      fc.property(anyDate, (iso) => {
        expect(parsePageDate(format(localNoon(iso), pattern))).toEqual({ ok: true, date: iso });
      }),
    );
  });

  it('reads back any date written with "Sept" for September', () => {
    fc.assert(
      fc.property(anyDate, (iso) => {
        const text = format(localNoon(iso), 'MMM d, yyyy').replace(/^Sep /, 'Sept ');
        expect(parsePageDate(text)).toEqual({ ok: true, date: iso });
      }),
    );
  });

  it.each(['MM/dd/yy', 'M/d/yy'])('reads back dates in the pivot window written as %s', (p) => {
    fc.assert(
      fc.property(twoDigitYearDate, (iso) => {
        expect(parsePageDate(format(localNoon(iso), p))).toEqual({ ok: true, date: iso });
      }),
    );
  });

  it.each(['dd/MM/yyyy', 'd.M.yyyy', 'dd/MM/yy'])('reads back %s when day first is set', (p) => {
    fc.assert(
      fc.property(twoDigitYearDate, (iso) => {
        const text = format(localNoon(iso), p);
        expect(parsePageDate(text, { dayFirst: true })).toEqual({ ok: true, date: iso });
      }),
    );
  });

  it('reads back its own long format, which matches date-fns', () => {
    fc.assert(
      fc.property(anyDate, (iso) => {
        const text = formatLongDate(iso);
        expect(text).toBe(format(localNoon(iso), 'MMMM d, yyyy'));
        expect(parsePageDate(text)).toEqual({ ok: true, date: iso });
      }),
    );
  });
});
