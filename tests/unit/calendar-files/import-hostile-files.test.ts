import { clipText } from '../../../lib/calendar-files/clip-text';
import { parseCalendarCsv } from '../../../lib/calendar-files/csv';
import {
  type ImportResult,
  importCalendarText,
  MAX_IMPORT_BYTES,
  MAX_PROBLEMS,
} from '../../../lib/calendar-files/import';
import {
  MAX_CSV_COLUMNS,
  MAX_CSV_LINES,
  MAX_ENTITIES,
  MAX_JSON_VALUES,
  MAX_PERIODS,
} from '../../../lib/calendar-files/import-limits';
import { parseCalendarJson } from '../../../lib/calendar-files/json';

/*
 * What the fuzzers found, one test per finding, each a file small enough to
 * read: before the fixes these threw (stack overflow), took seconds to minutes, or quoted
 * megabytes back at the user.
 */

function problems(result: ImportResult) {
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
}

/**
 * Runs `read` and fails if it takes longer than `ms`: a guard against hangs (before the fixes
 * these took from seconds to about a minute), generous for a busy CI machine. The fuzzers
 * hold every input to a tighter bound.
 */
function quickly<T>(read: () => T, ms = 2_000): T {
  const started = performance.now();
  const value = read();
  expect(performance.now() - started).toBeLessThan(ms);
  return value;
}

const HEADER = 'Period,Start,End,Status';
function rows(count: number, row: (i: number) => string): string {
  return [HEADER, ...Array.from({ length: count }, (_, i) => row(i))].join('\n');
}
/** Month `i` counted from January 1000: distinct, never overlapping. */
function monthRow(i: number): string {
  const year = 1000 + Math.floor(i / 12);
  const month = String((i % 12) + 1).padStart(2, '0');
  return `P${i},${year}-${month}-01,${year}-${month}-28,Closed`;
}

describe('CSV files that are not calendars', () => {
  it(`reads ${MAX_PERIODS} periods and refuses one more, without reading on`, () => {
    expect(parseCalendarCsv(rows(MAX_PERIODS, monthRow)).ok).toBe(true);
    expect(problems(quickly(() => parseCalendarCsv(rows(50_000, monthRow))))).toEqual([
      {
        message:
          'the file has more than 10,000 periods; a calendar has a few dozen, so check that this is the right file',
      },
    ]);
  });

  it(`refuses more than ${MAX_CSV_LINES} lines even when they are blank`, () => {
    const text = `${HEADER}\n${'\r\n'.repeat(MAX_CSV_LINES)}`;
    expect(problems(quickly(() => parseCalendarCsv(text)))[0]?.message).toMatch(
      /^the file has more than 100,000 lines;/,
    );
    // Excel's empty formatted rows below a calendar are fine.
    expect(parseCalendarCsv(`${rows(3, monthRow)}\n${',,,\n'.repeat(5_000)}`).ok).toBe(true);
  });

  it(`refuses a header of more than ${MAX_CSV_COLUMNS} titles with one problem`, () => {
    const text = `${HEADER},${Array.from({ length: 500_000 }, (_, i) => `c${i}`).join(',')}\nJan`;
    expect(problems(quickly(() => parseCalendarCsv(text)))).toEqual([
      {
        line: 1,
        message:
          'the first line has 500,004 column titles; a calendar file has at most 7 (Period, Start, End, Status, Closes On, Entity, Module), so check that this is the right file',
      },
    ]);
  });

  it('answers a megabyte-long column title at once and quotes it clipped', () => {
    const title = 'x'.repeat(1_000_000);
    const [problem] = problems(quickly(() => parseCalendarCsv(`${HEADER},${title}\nJan`)));
    expect(problem?.field).toBe(clipText(title));
    expect(problem?.field?.length).toBe(60);
  });

  it('reports the stray values of a row as one problem', () => {
    const text = rows(1, () => `Jan,2026-01-01,2026-01-31,Open,${'a,'.repeat(500_000)}`);
    expect(problems(quickly(() => parseCalendarCsv(text)))).toEqual([
      {
        line: 2,
        message:
          'the value "a" and 499999 more values are past the last column of the header; a name with a comma needs double quotes around it',
      },
    ]);
  });

  it('lists 10,000 clashing rows without overflowing the stack', () => {
    const text = rows(MAX_PERIODS, (i) => `P${i},2026-01-01,2026-12-31,Open`);
    const found = problems(quickly(() => parseCalendarCsv(text)));
    expect(found).toHaveLength(MAX_PROBLEMS + 1);
    expect(found.at(-1)?.message).toBe('and 9899 more problems');
  });

  it('quotes a bad value of a million characters clipped', () => {
    const text = rows(1, () => `Jan,${'9'.repeat(1_000_000)},2026-01-31,Open`);
    expect(problems(parseCalendarCsv(text))).toEqual([
      {
        line: 2,
        field: 'Start',
        message: `"${'9'.repeat(59)}…" is not a date; write it as yyyy-MM-dd or MM/dd/yyyy`,
      },
    ]);
  });
});

describe('JSON files that are not calendars', () => {
  const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

  it('describes a version nested 99,000 deep instead of overflowing the stack', () => {
    expect(problems(parseCalendarJson(`{"version":${deep(99_000)}}`))).toEqual([
      { field: 'version', message: 'a list is not a calendar format version; it must be 1' },
    ]);
  });

  it(`refuses more than ${MAX_JSON_VALUES} values before parsing them`, () => {
    const keys = Array.from({ length: 400_000 }, (_, i) => `"k${i}":1`).join(',');
    expect(problems(quickly(() => parseCalendarJson(`{"version":1,${keys}}`)))[0]?.message).toMatch(
      /^the file has more than 100,000 values/,
    );
  });

  it(`refuses more than ${MAX_PERIODS} periods before checking each`, () => {
    const periods = Array.from({ length: MAX_PERIODS + 1 }, () => '{}').join(',');
    expect(
      problems(quickly(() => parseCalendarJson(`{"version":1,"periods":[${periods}]}`))),
    ).toEqual([
      {
        message:
          'the file has more than 10,000 periods (10,001); a calendar has a few dozen, so check that this is the right file',
      },
    ]);
  });

  it(`refuses more than ${MAX_ENTITIES} entities`, () => {
    const entities = Array.from({ length: MAX_ENTITIES + 1 }, (_, i) => `"E${i}":{}`).join(',');
    expect(problems(parseCalendarJson(`{"version":1,"entities":{${entities}}}`))[0]).toMatchObject({
      field: 'entities',
      message: expect.stringMatching(/^the file has 1,001 entities;/),
    });
  });

  it('describes only the first problems of a quarter of a million unknown keys', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `"k${i}":1`).join(',');
    const found = problems(quickly(() => parseCalendarJson(`{"version":1,${keys}}`)));
    expect(found).toHaveLength(MAX_PROBLEMS + 1);
    expect(found[0]).toEqual({
      field: 'k0',
      message: 'is not a calendar field; check the spelling or remove it',
    });
    expect(found.at(-1)?.message).toBe('and 29900 more problems');
  });

  it('quotes a megabyte-long key clipped', () => {
    const key = 'k'.repeat(1_000_000);
    const [problem] = problems(parseCalendarJson(`{"version":1,"${key}":1}`));
    expect(problem?.field).toBe(`["${'k'.repeat(29)}…"]`);
  });
});

describe('the 5 MB cap', () => {
  it('counts a lone surrogate as the three bytes it is stored as', () => {
    // 1,000,000 × (lone high surrogate + €) is 6 MB as UTF-8; it was counted as 4 MB.
    const text = '\uD800€'.repeat(1_000_000);
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(MAX_IMPORT_BYTES);
    expect(problems(importCalendarText(text))[0]?.message).toMatch(/^the file is larger than 5 MB/);
  });
});

describe('clipText', () => {
  it('keeps short text and cuts long text to the limit, ending in …', () => {
    expect(clipText('abc', 5)).toBe('abc');
    expect(clipText('abcdef', 5)).toBe('abcd…');
  });

  it('never splits a surrogate pair', () => {
    expect(clipText('abc😀def', 5)).toBe('abc…');
  });
});
