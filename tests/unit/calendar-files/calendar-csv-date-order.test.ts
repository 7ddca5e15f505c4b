import { parseCalendarCsv } from '../../../lib/calendar-files/csv';
import { readCsvDate } from '../../../lib/calendar-files/csv-values';
import { describeProblem, type ImportResult } from '../../../lib/calendar-files/import';

const csv = (...lines: string[]) => ['Period,Start,End,Status', ...lines].join('\n');

function problems(result: ImportResult): string[] {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.calendar)}`);
  return result.errors.map(describeProblem);
}

function periods(result: ImportResult) {
  if (!result.ok) throw new Error(result.errors.map(describeProblem).join('\n'));
  return result.calendar.periods.map(({ name, start, end }) => ({ name, start, end }));
}

/** January and February written day first, as a UK spreadsheet saves them. */
const dayFirstFile = csv(
  'Jan 2026,01/01/2026,31/01/2026,Closed',
  'Feb 2026,01/02/2026,28/02/2026,Open',
);

describe('CSV date order', () => {
  it('says a day-first file is day first, instead of reading half of it as US dates', () => {
    expect(problems(parseCalendarCsv(dayFirstFile, { dayFirst: false }))).toEqual([
      'Line 2, End: this file writes dates day first ("31/01/2026"); turn on "Dates are written day first" under Page reading, or write the dates as yyyy-MM-dd',
    ]);
  });

  it('asks a team calendar for unambiguous dates: no one user’s setting may decide', () => {
    expect(problems(parseCalendarCsv(dayFirstFile))).toEqual([
      'Line 2, End: this file writes dates day first ("31/01/2026"); a shared calendar file must write them as yyyy-MM-dd or MM/dd/yyyy',
    ]);
  });

  it('reads the whole file day first when the user writes dates day first', () => {
    expect(periods(parseCalendarCsv(dayFirstFile, { dayFirst: true }))).toEqual([
      { name: 'Jan 2026', start: '2026-01-01', end: '2026-01-31' },
      { name: 'Feb 2026', start: '2026-02-01', end: '2026-02-28' },
    ]);
  });

  it('reads an ambiguous file in the user’s order, every date the same way', () => {
    const text = csv('Q,03/04/2026,04/05/2026,Open');
    expect(periods(parseCalendarCsv(text))).toEqual([
      { name: 'Q', start: '2026-03-04', end: '2026-04-05' },
    ]);
    expect(periods(parseCalendarCsv(text, { dayFirst: true }))).toEqual([
      { name: 'Q', start: '2026-04-03', end: '2026-05-04' },
    ]);
  });

  it('says a US file is month first when the user’s setting is day first', () => {
    const text = csv('Jan 2026,01/01/2026,01/31/2026,Closed');
    expect(problems(parseCalendarCsv(text, { dayFirst: true }))).toEqual([
      'Line 2, End: this file writes dates month first ("01/31/2026"), but your dates are set to day first; turn off "Dates are written day first" under Page reading, or write the dates as yyyy-MM-dd',
    ]);
  });

  it('refuses a file that writes dates both ways', () => {
    const text = csv(
      'Jan 2026,01/01/2026,31/01/2026,Closed',
      'Feb 2026,02/01/2026,02/28/2026,Open',
    );
    expect(problems(parseCalendarCsv(text))).toEqual([
      'Line 2, End: this file writes dates both day first ("31/01/2026" on line 2) and month first ("02/28/2026" on line 3); write every date as yyyy-MM-dd',
    ]);
  });

  it('reads Excel’s 1-Jan-26 and 01-Jan-2026 in either order', () => {
    for (const dayFirst of [false, true]) {
      const text = csv(
        'Jan 2026,1-Jan-26,31-Jan-2026,Closed',
        'Feb 2026,01-Feb-2026,28-feb-26,Open',
      );
      expect(periods(parseCalendarCsv(text, { dayFirst }))).toEqual([
        { name: 'Jan 2026', start: '2026-01-01', end: '2026-01-31' },
        { name: 'Feb 2026', start: '2026-02-01', end: '2026-02-28' },
      ]);
    }
    expect(readCsvDate('30-Feb-2026')).toEqual({
      ok: false,
      message: '"30-Feb-2026" is not a real day',
    });
    expect(readCsvDate('1-Sept-26')).toEqual({ ok: true, value: '2026-09-01' });
  });
});
