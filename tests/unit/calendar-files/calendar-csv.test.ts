import fc from 'fast-check';
import { fromDayNumber, isIsoDate, toDayNumber } from '../../../lib/calendar/iso-date';
import { type Calendar, calendarSchema } from '../../../lib/calendar/model';
import { CSV_TEMPLATE, calendarToCsv, parseCalendarCsv } from '../../../lib/calendar-files/csv';
import { readCsvDate } from '../../../lib/calendar-files/csv-values';
import {
  describeProblem,
  type ImportProblem,
  type ImportResult,
} from '../../../lib/calendar-files/import';

const HEADER = 'Period,Start,End,Status';

/** The problems of a refused file; fails the test when the file was accepted. */
function problemsOf(result: ImportResult): ImportProblem[] {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.calendar)}`);
  expect(result).not.toHaveProperty('calendar');
  return result.errors;
}

function calendarOf(result: ImportResult): Calendar {
  if (!result.ok) throw new Error(result.errors.map(describeProblem).join('\n'));
  expect(result.format).toBe('csv');
  // The CSV reader checks fields itself; every calendar it accepts must satisfy the schema.
  expect(calendarSchema.safeParse(result.calendar).success).toBe(true);
  return result.calendar;
}

function csv(...lines: string[]): string {
  return lines.join('\n');
}

describe('parseCalendarCsv: files as spreadsheets save them', () => {
  it('reads an Excel "CSV UTF-8" file: BOM, CRLF, aliases, quotes, US dates, blank lines', () => {
    const text = [
      '\uFEFFPeriod Name,Start Date,End Date,State,Close Date,Entity,Module',
      '"Jan 2026, adj.",01/01/2026,01/31/2026,LOCKED,2/10/2026,,',
      '',
      '"The ""Feb"" period",2026-02-01,2026-02-28,closed,,,Accounts Receivable',
      ',,,,,,',
      'Feb 2026,2/1/2026,2/28/2026,Open,3/10/2026,,gl',
      'Jan 2026,2026-01-01,2026-01-31,Closed,,"West Coast, LLC",',
      '',
      '',
    ].join('\r\n');

    expect(calendarOf(parseCalendarCsv(text))).toEqual({
      version: 1,
      closedThrough: {},
      periods: [
        {
          name: 'Jan 2026, adj.',
          start: '2026-01-01',
          end: '2026-01-31',
          status: 'locked',
          closesOn: '2026-02-10',
        },
        {
          name: 'The "Feb" period',
          start: '2026-02-01',
          end: '2026-02-28',
          status: 'closed',
          module: 'AR',
        },
        {
          name: 'Feb 2026',
          start: '2026-02-01',
          end: '2026-02-28',
          status: 'open',
          closesOn: '2026-03-10',
          module: 'GL',
        },
      ],
      entities: {
        'West Coast, LLC': {
          closedThrough: {},
          periods: [{ name: 'Jan 2026', start: '2026-01-01', end: '2026-01-31', status: 'closed' }],
        },
      },
    });
  });

  it('matches headers without regard to case, spacing, underscores or column order', () => {
    const text = csv(
      ' status ,END_DATE, period ,start-date,CLOSES ON,module',
      'Open,2026-03-31,Mar 2026,2026-03-01,2026-04-10,ar',
    );
    expect(calendarOf(parseCalendarCsv(text)).periods).toEqual([
      {
        name: 'Mar 2026',
        start: '2026-03-01',
        end: '2026-03-31',
        status: 'open',
        closesOn: '2026-04-10',
        module: 'AR',
      },
    ]);
  });

  it('accepts the "Name" alias and semicolon-separated files from European Excel', () => {
    const text = csv('Name;Start;End;Status', 'Mar 2026;2026-03-01;2026-03-31;Closed');
    expect(calendarOf(parseCalendarCsv(text)).periods).toHaveLength(1);
  });

  it('keeps the closed-through days empty: a CSV carries periods only', () => {
    const calendar = calendarOf(parseCalendarCsv(csv(HEADER, 'P,2026-01-01,2026-01-31,Open')));
    expect(calendar.closedThrough).toEqual({});
    expect(calendar.entities).toBeUndefined();
  });

  it('ignores trailing columns with no header and no values (Excel leaves them)', () => {
    const text = csv(`${HEADER},,`, 'P,2026-01-01,2026-01-31,Open,,');
    expect(calendarOf(parseCalendarCsv(text)).periods).toHaveLength(1);
  });

  it('counts physical lines, so a quoted name spanning lines does not shift later line numbers', () => {
    const text = csv(
      HEADER,
      '"Jan',
      '2026",2026-01-01,2026-01-31,Open',
      '',
      'Feb 2026,2026-02-01,2026-02-30,Open',
    );
    expect(problemsOf(parseCalendarCsv(text))).toEqual([
      { line: 5, field: 'End', message: '"2026-02-30" is not a real day' },
    ]);
  });

  it('counts lines the same with CRLF, LF or old Mac CR line ends', () => {
    for (const newline of ['\r\n', '\n', '\r']) {
      const text = [HEADER, 'A,2026-01-01,2026-01-31,Open', 'B,2026-02-01,2026-02-31,Open'].join(
        newline,
      );
      expect(problemsOf(parseCalendarCsv(text))[0]?.line).toBe(3);
    }
  });

  it('reads a file whose lines end in a mix of CRLF, LF and CR', () => {
    // A header typed in Excel, rows appended by a script: each line ends its own way.
    const rows = [
      'A,2026-01-01,2026-01-31,Closed',
      'B,2026-02-01,2026-02-28,Open',
      'C,2026-03-01,2026-03-31,Open',
    ];
    for (const [first, rest] of [
      ['\r\n', '\n'],
      ['\n', '\r\n'],
      ['\r\n', '\r'],
    ] as const) {
      const text = `${HEADER}${first}${rows.join(rest)}${rest}`;
      const calendar = calendarOf(parseCalendarCsv(text));
      expect(calendar.periods.map((p) => [p.name, p.status])).toEqual([
        ['A', 'closed'],
        ['B', 'open'],
        ['C', 'open'],
      ]);
    }
    // Mixed endings still count lines as an editor shows them.
    const bad = `${HEADER}\r\n${rows[0]}\nD,2026-04-01,2026-04-31,Open\r\n`;
    expect(problemsOf(parseCalendarCsv(bad))).toEqual([
      { line: 3, field: 'End', message: '"2026-04-31" is not a real day' },
    ]);
  });
});

describe('parseCalendarCsv: every problem with its line and column', () => {
  it.each([
    ['a bad date', 'P,2026-13-01,2026-01-31,Open', 'Start', '"2026-13-01" is not a real day'],
    [
      'a date in no known form',
      'P,Jan 1 2026,2026-01-31,Open',
      'Start',
      '"Jan 1 2026" is not a date; write it as yyyy-MM-dd or MM/dd/yyyy',
    ],
    [
      'a two-digit year',
      'P,2026-01-01,1/31/26,Open',
      'End',
      '"1/31/26" has a two-digit year; write the year in full, like 1/31/2026',
    ],
    [
      'a missing date',
      'P,,2026-01-31,Open',
      'Start',
      'no date given; write it as yyyy-MM-dd or MM/dd/yyyy',
    ],
    [
      'an unknown status',
      'P,2026-01-01,2026-01-31,Clsd',
      'Status',
      '"Clsd" is not a status; write Open, Closed or Locked',
    ],
    ['an empty name', '  ,2026-01-01,2026-01-31,Open', 'Period', 'the period has no name'],
    [
      'a name over 100 characters',
      `${'x'.repeat(101)},2026-01-01,2026-01-31,Open`,
      'Period',
      'the name is longer than 100 characters',
    ],
    [
      'end before start',
      'P,2026-01-31,2026-01-01,Open',
      'End',
      'end 2026-01-01 is before start 2026-01-31',
    ],
  ])('reports %s', (_kind, row, field, message) => {
    const text = csv(HEADER, 'Fine,2025-12-01,2025-12-31,Closed', row);
    expect(problemsOf(parseCalendarCsv(text))).toEqual([{ line: 3, field, message }]);
  });

  it('names the column as the user wrote it, aliases and case included', () => {
    const text = csv('period name,START DATE,End,State,close date', 'P,x,2026-01-31,Open,soon');
    expect(problemsOf(parseCalendarCsv(text)).map((p) => p.field)).toEqual([
      'START DATE',
      'close date',
    ]);
  });

  it('reports an invalid Closes On and an unknown module', () => {
    const text = csv(
      `${HEADER},Closes On,Module`,
      'P,2026-01-01,2026-01-31,Open,2026-02-30,',
      'Q,2026-02-01,2026-02-28,Open,,AP',
    );
    expect(problemsOf(parseCalendarCsv(text))).toEqual([
      { line: 2, field: 'Closes On', message: '"2026-02-30" is not a real day' },
      {
        line: 3,
        field: 'Module',
        message:
          '"AP" is not a module Period Guard checks; write AR or GL, or leave it empty for every module',
      },
    ]);
  });

  it('reports every problem of every row, not only the first', () => {
    const text = csv(HEADER, ',2026-01-01,nope,Open', 'Fine,2026-02-01,2026-02-28,Open', 'Q,x,y,z');
    const problems = problemsOf(parseCalendarCsv(text));
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'Period'],
      [2, 'End'],
      [4, 'Start'],
      [4, 'End'],
      [4, 'Status'],
    ]);
  });

  it('reports overlapping periods on the one that starts later, naming the other line', () => {
    const text = csv(
      HEADER,
      'Feb 2026,2026-02-01,2026-02-28,Open',
      'Jan 2026,2026-01-01,2026-01-31,Closed',
      'Late Jan,2026-01-25,2026-02-05,Open',
    );
    const rule = 'periods may only overlap when one is for AR and the other for GL';
    expect(problemsOf(parseCalendarCsv(text))).toEqual([
      {
        line: 2,
        field: 'Start',
        message: `shares days with "Late Jan" (line 4, 2026-01-25 to 2026-02-05); ${rule}`,
      },
      {
        line: 4,
        field: 'Start',
        message: `shares days with "Jan 2026" (line 3, 2026-01-01 to 2026-01-31); ${rule}`,
      },
    ]);
  });

  it('reports a period that overlaps one earlier in the year than its neighbour', () => {
    const text = csv(
      HEADER,
      'Year,2026-01-01,2026-12-31,Open',
      'Mar 2026,2026-03-01,2026-03-31,Open',
      'Apr 2026,2026-04-01,2026-04-30,Open',
    );
    const problems = problemsOf(parseCalendarCsv(text));
    expect(problems.map((p) => p.line)).toEqual([3, 4]);
    expect(problems.every((p) => p.message.includes('"Year" (line 2,'))).toBe(true);
  });

  it('lets AR and GL periods overlap but not a period that holds for every module', () => {
    const split = csv(
      `${HEADER},Module`,
      'Mar 2026,2026-03-01,2026-03-31,Closed,AR',
      'Mar 2026,2026-03-01,2026-03-31,Open,GL',
    );
    expect(calendarOf(parseCalendarCsv(split)).periods).toHaveLength(2);

    const clash = csv(
      `${HEADER},Module`,
      'Mar AR,2026-03-01,2026-03-31,Closed,AR',
      'Mar,2026-03-15,2026-04-15,Open,',
      'Apr GL,2026-04-10,2026-04-30,Open,GL',
    );
    expect(problemsOf(parseCalendarCsv(clash)).map((p) => p.line)).toEqual([3, 4]);
  });

  it('checks overlaps and names within each entity, not across entities', () => {
    const text = csv(
      `${HEADER},Entity`,
      'Jan 2026,2026-01-01,2026-01-31,Open,',
      'Jan 2026,2026-01-01,2026-01-31,Open,East',
      'Jan 2026,2026-01-01,2026-01-31,Open,West',
    );
    const calendar = calendarOf(parseCalendarCsv(text));
    expect(Object.keys(calendar.entities ?? {})).toEqual(['East', 'West']);

    const clash = csv(
      `${HEADER},Entity`,
      'Jan 2026,2026-01-01,2026-01-31,Open,East',
      'Feb 2026,2026-02-01,2026-02-28,Open,',
      'JAN 2026,2026-02-01,2026-02-28,Open,East',
    );
    expect(problemsOf(parseCalendarCsv(clash))).toEqual([
      {
        line: 4,
        field: 'Period',
        message: 'the name "JAN 2026" is already used (line 2); give each period its own name',
      },
    ]);
  });

  it('reports a missing required column once, by name', () => {
    const problems = problemsOf(parseCalendarCsv(csv('Period,Start,Status', 'P,2026-01-01,Open')));
    expect(problems).toEqual([
      {
        line: 1,
        field: 'End',
        message: 'required column is missing; add a column "End" (also accepted: End Date)',
      },
    ]);
  });

  it('refuses unknown columns instead of ignoring a typo', () => {
    const text = csv('Period,Strat,End,Status,Notes', 'P,2026-01-01,2026-01-31,Open,x');
    expect(problemsOf(parseCalendarCsv(text))).toEqual([
      { line: 1, field: 'Strat', message: 'unknown column; did you mean "Start"?' },
      {
        line: 1,
        field: 'Notes',
        message: 'unknown column; expected Period, Start, End, Status, Closes On, Entity, Module',
      },
      {
        line: 1,
        field: 'Start',
        message: 'required column is missing; add a column "Start" (also accepted: Start Date)',
      },
    ]);
  });

  it.each([
    ['Strat', 'did you mean "Start"?'],
    ['Nmae', 'did you mean "Name"?'],
    ['Satus', 'did you mean "Status"?'],
    ['Close On', 'did you mean "Closes On"?'],
    ['Date', 'expected Period, Start, End, Status, Closes On, Entity, Module'],
  ])('suggests a known column for the typo %s only when it is close', (typo, hint) => {
    const problems = problemsOf(
      parseCalendarCsv(csv(`${HEADER},${typo}`, 'A,2026-01-01,2026-01-31,Open,')),
    );
    expect(problems).toEqual([{ line: 1, field: typo, message: `unknown column; ${hint}` }]);
  });

  it('still reads the rows under a header with an unknown column, so one try shows all', () => {
    const text = csv(
      `${HEADER},Notes`,
      'A,2026-01-01,2026-01-31,Open,fine',
      'B,x,2026-02-28,Open,',
    );
    expect(problemsOf(parseCalendarCsv(text))).toEqual([
      {
        line: 1,
        field: 'Notes',
        message: 'unknown column; expected Period, Start, End, Status, Closes On, Entity, Module',
      },
      {
        line: 3,
        field: 'Start',
        message: '"x" is not a date; write it as yyyy-MM-dd or MM/dd/yyyy',
      },
    ]);
  });

  it('reports a value under a blank header cell', () => {
    const text = csv('Period,,Start,End,Status', 'A,oops,2026-01-01,2026-01-31,Open');
    expect(problemsOf(parseCalendarCsv(text))).toEqual([
      { line: 2, message: 'the value "oops" is in a column without a header' },
    ]);
  });

  it('refuses a column given twice under two aliases', () => {
    const text = csv('Name,Period,Start,End,Status', 'a,b,2026-01-01,2026-01-31,Open');
    expect(problemsOf(parseCalendarCsv(text))).toEqual([
      {
        line: 1,
        field: 'Period',
        message: 'this column repeats "Name" (both give the period name); keep one of them',
      },
    ]);
  });

  it('says the header is missing when the first line holds data', () => {
    const problems = problemsOf(parseCalendarCsv('Jan 2026,2026-01-01,2026-01-31,Open'));
    expect(problems).toHaveLength(1);
    expect(describeProblem(problems[0] as ImportProblem)).toBe(
      'Line 1: the first line must name the columns: Period, Start, End, Status (and optionally Closes On, Entity, Module)',
    );
  });

  it('refuses an empty file and a header without periods', () => {
    expect(problemsOf(parseCalendarCsv('\uFEFF\r\n\r\n'))).toEqual([
      { message: 'the file is empty' },
    ]);
    expect(problemsOf(parseCalendarCsv(`${HEADER}\r\n\r\n`))).toEqual([
      { line: 1, message: 'the file has a header but no periods below it' },
    ]);
  });

  it('refuses a value past the last column (an unquoted comma in a name)', () => {
    const text = csv(HEADER, 'Jan, 2026,2026-01-01,2026-01-31,Open');
    const problems = problemsOf(parseCalendarCsv(text));
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'Start'],
      [2, 'Status'],
      [2, undefined],
    ]);
    expect(problems.at(-1)?.message).toBe(
      'the value "Open" is past the last column of the header; a name with a comma needs double quotes around it',
    );
  });

  it('refuses a quote that is never closed, at the line where it opens', () => {
    const text = csv(HEADER, 'A,2026-01-01,2026-01-31,Open', '"B,2026-02-01,2026-02-28,Open');
    const problems = problemsOf(parseCalendarCsv(text));
    expect(problems).toContainEqual({
      line: 3,
      message: 'a value opened with a double quote is never closed; add the closing quote',
    });
  });

  it('refuses an entity named __proto__, which would vanish in a plain object', () => {
    const text = csv(`${HEADER},Entity`, 'P,2026-01-01,2026-01-31,Open,__proto__');
    expect(problemsOf(parseCalendarCsv(text))).toEqual([
      { line: 2, field: 'Entity', message: '"__proto__" cannot be used as an entity name' },
    ]);
  });

  it('caps the list at 100 problems plus one "and N more" item', () => {
    const rows = Array.from({ length: 150 }, (_, i) => `P${i},bad,2026-01-31,Open`);
    const problems = problemsOf(parseCalendarCsv(csv(HEADER, ...rows)));
    expect(problems).toHaveLength(101);
    expect(problems[99]).toMatchObject({ line: 101, field: 'Start' });
    expect(problems[100]).toEqual({ message: 'and 50 more problems' });
  });
});

describe('readCsvDate', () => {
  it('agrees with isIsoDate on every 10-character text of digits and dashes', () => {
    const text = fc.string({
      unit: fc.constantFrom(...'0123456789-'),
      minLength: 10,
      maxLength: 10,
    });
    const realDate = fc
      .integer({ min: toDayNumber('1000-01-01'), max: toDayNumber('9999-12-31') })
      .map(fromDayNumber);
    fc.assert(
      fc.property(fc.oneof(text, realDate), (value) => {
        expect(readCsvDate(value).ok).toBe(isIsoDate(value));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['1/5/2026', '2026-01-05'],
    ['12/31/2026', '2026-12-31'],
    ['02/29/2024', '2024-02-29'],
    ['2026-1-5', '2026-01-05'],
  ])('reads %s as %s', (cell, date) => {
    expect(readCsvDate(cell)).toEqual({ ok: true, value: date });
  });
});

describe('calendarToCsv', () => {
  const calendar: Calendar = {
    version: 1,
    closedThrough: { GL: '2026-01-31' },
    periods: [
      {
        name: 'Jan 2026, final',
        start: '2026-01-01',
        end: '2026-01-31',
        status: 'locked',
        closesOn: '2026-02-10',
      },
      {
        name: 'The "Feb" period',
        start: '2026-02-01',
        end: '2026-02-28',
        status: 'open',
        module: 'AR',
      },
    ],
    entities: {
      West: {
        closedThrough: {},
        periods: [{ name: '=1+1', start: '2026-01-01', end: '2026-01-31', status: 'closed' }],
      },
      East: {
        closedThrough: {},
        periods: [{ name: 'Jan', start: '2026-01-01', end: '2026-01-31', status: 'open' }],
      },
    },
  };

  it('writes the header, company periods, then entities by name, quoting as needed', () => {
    expect(calendarToCsv(calendar)).toBe(
      [
        'Period,Start,End,Status,Closes On,Entity,Module',
        '"Jan 2026, final",2026-01-01,2026-01-31,Locked,2026-02-10,,',
        '"The ""Feb"" period",2026-02-01,2026-02-28,Open,,,AR',
        'Jan,2026-01-01,2026-01-31,Open,,East,',
        "'=1+1,2026-01-01,2026-01-31,Closed,,West,",
      ].join('\r\n'),
    );
  });

  it('reads back what it writes, the formula guard included', () => {
    const back = calendarOf(parseCalendarCsv(calendarToCsv(calendar)));
    expect(back.periods).toEqual(calendar.periods);
    expect(back.entities?.West?.periods[0]?.name).toBe('=1+1');
    expect(back.entities?.East?.periods).toEqual(calendar.entities?.East?.periods);
  });
});

describe('CSV_TEMPLATE', () => {
  it('is a valid calendar using every column, an AR/GL split and an entity', () => {
    const calendar = calendarOf(parseCalendarCsv(CSV_TEMPLATE));
    expect(calendar.periods.map((p) => p.module)).toContain('AR');
    expect(calendar.periods.map((p) => p.module)).toContain('GL');
    expect(calendar.periods.some((p) => p.closesOn !== undefined)).toBe(true);
    expect(Object.keys(calendar.entities ?? {})).toEqual(['West Coast LLC']);
  });
});

describe('describeProblem', () => {
  it.each<[ImportProblem, string]>([
    [{ line: 4, field: 'End', message: 'end is before start' }, 'Line 4, End: end is before start'],
    [{ line: 1, message: 'the file is empty' }, 'Line 1: the file is empty'],
    [{ field: 'periods[3].end', message: 'is required' }, 'periods[3].end: is required'],
    [{ message: 'the file is empty' }, 'The file is empty'],
  ])('%j reads "%s"', (problem, text) => {
    expect(describeProblem(problem)).toBe(text);
  });
});
