import { formatLongDate } from '../../../lib/dates/format';
import {
  type DateReading,
  expandTwoDigitYear,
  parsePageDate,
} from '../../../lib/dates/parse-page-date';

const ok = (date: string): DateReading => ({ ok: true, date });
const fail = (reason: 'empty' | 'no-date' | 'ambiguous' | 'invalid'): DateReading => ({
  ok: false,
  reason,
});

describe('parsePageDate (month first, the default)', () => {
  it.each<[string, DateReading]>([
    // The formats the reader accepts
    ['09/15/2026', ok('2026-09-15')],
    ['9/5/2026', ok('2026-09-05')],
    ['09/15/26', ok('2026-09-15')],
    ['9/5/26', ok('2026-09-05')],
    ['2026-09-15', ok('2026-09-15')],
    ['2026-9-5', ok('2026-09-05')],
    ['Sep 15, 2026', ok('2026-09-15')],
    ['Sep 15 2026', ok('2026-09-15')],
    ['Sept 15, 2026', ok('2026-09-15')],
    ['Sept. 15, 2026', ok('2026-09-15')],
    ['SEP 15,2026', ok('2026-09-15')],
    ['September 15, 2026', ok('2026-09-15')],
    ['September 5 2026', ok('2026-09-05')],
    ['15 Sep 2026', ok('2026-09-15')],
    ['15 September 2026', ok('2026-09-15')],
    ['5-Sep-2026', ok('2026-09-05')],
    ['May 1, 2026', ok('2026-05-01')],
    // Separators
    ['09.15.2026', ok('2026-09-15')],
    ['09-15-2026', ok('2026-09-15')],
    ['2026/09/15', ok('2026-09-15')],
    ['2026\u201309\u201315', ok('2026-09-15')],
    // Surrounding noise
    ['Issue Date: Sep 15, 2026 (Net 30)', ok('2026-09-15')],
    ['Tue, Sep 15, 2026', ok('2026-09-15')],
    ['Tuesday, September 15th, 2026', ok('2026-09-15')],
    ['the 15th of September, 2026', ok('2026-09-15')],
    ['Sep\u00a015,\u00a02026', ok('2026-09-15')],
    ['\u200b09/15/2026\u202f', ok('2026-09-15')],
    ['  09/15/2026 10:42 AM  ', ok('2026-09-15')],
    ['2026-09-15T23:30:00-07:00', ok('2026-09-15')],
    ['Invoice date 09/15/2026, also shown as Sep 15, 2026', ok('2026-09-15')],
    ['Feb 29, 2024', ok('2024-02-29')],
    // Two-digit year pivot: 20yy unless more than 50 years after 2026
    ['01/02/76', ok('2076-01-02')],
    ['01/02/77', ok('1977-01-02')],
    ['12/31/00', ok('2000-12-31')],
    // Not a date
    ['', fail('empty')],
    ['  \u00a0\n ', fail('empty')],
    ['Net 30', fail('no-date')],
    ['INV-2026-0915', fail('no-date')],
    ['September 2026', fail('no-date')],
    ['Summary 15 2026', fail('no-date')],
    ['1.2.3.4', fail('no-date')],
    ['555-123-4567', fail('no-date')],
    ['Pending', fail('no-date')],
    ['—', fail('no-date')],
    // Written months still found beside numeric dates and non-ASCII text
    ['Échéance : Sep 15, 2026', ok('2026-09-15')],
    ['Sep 15, 2026 · 10/15/2026', fail('ambiguous')],
    // No such day
    ['02/30/2026', fail('invalid')],
    ['Feb 29, 2026', fail('invalid')],
    ['2026-13-01', fail('invalid')],
    ['15/09/2026', fail('invalid')],
    ['31 Apr 2026', fail('invalid')],
    // More than one date
    ['Invoice Date: 09/15/2026 Due Date: 10/15/2026', fail('ambiguous')],
    ['Sep 15, 2026 – Oct 15, 2026', fail('ambiguous')],
    ['09/15/2026 or 02/30/2026', fail('ambiguous')],
  ])('%j → %j', (text, expected) => {
    expect(parsePageDate(text)).toEqual(expected);
  });
});

describe('parsePageDate (day first, when the user sets it)', () => {
  it.each<[string, DateReading]>([
    ['15/09/2026', ok('2026-09-15')],
    ['05/09/2026', ok('2026-09-05')],
    ['15.09.26', ok('2026-09-15')],
    ['09/15/2026', fail('invalid')],
    // Unambiguous shapes do not change with the setting
    ['2026-09-15', ok('2026-09-15')],
    ['Sep 5, 2026', ok('2026-09-05')],
    ['5 Sep 2026', ok('2026-09-05')],
  ])('%j → %j', (text, expected) => {
    expect(parsePageDate(text, { dayFirst: true })).toEqual(expected);
  });

  it('reads the same digits differently only because of the setting', () => {
    expect(parsePageDate('03/04/2026')).toEqual(ok('2026-03-04'));
    expect(parsePageDate('03/04/2026', { dayFirst: true })).toEqual(ok('2026-04-03'));
  });
});

describe('expandTwoDigitYear', () => {
  it.each([
    [0, 2000],
    [26, 2026],
    [76, 2076],
    [77, 1977],
    [99, 1999],
  ])('%i → %i', (yy, year) => {
    expect(expandTwoDigitYear(yy)).toBe(year);
  });
});

describe('formatLongDate', () => {
  it.each([
    ['2026-09-15', 'September 15, 2026'],
    ['2026-01-01', 'January 1, 2026'],
    ['2024-02-29', 'February 29, 2024'],
    ['2026-12-31', 'December 31, 2026'],
  ])('%s → %s', (iso, text) => {
    expect(formatLongDate(iso)).toBe(text);
  });

  it('hands back text that is not a real date instead of inventing one', () => {
    expect(formatLongDate('2026-02-30')).toBe('2026-02-30');
    expect(formatLongDate('soon')).toBe('soon');
  });
});
