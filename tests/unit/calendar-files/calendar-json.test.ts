import type { Calendar } from '../../../lib/calendar/model';
import {
  describeProblem,
  type ImportProblem,
  type ImportResult,
} from '../../../lib/calendar-files/import';
import { calendarToJson, parseCalendarJson } from '../../../lib/calendar-files/json';

function problemsOf(result: ImportResult): ImportProblem[] {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.calendar)}`);
  expect(result).not.toHaveProperty('calendar');
  return result.errors;
}

function calendarOf(result: ImportResult): Calendar {
  if (!result.ok) throw new Error(result.errors.map(describeProblem).join('\n'));
  expect(result.format).toBe('json');
  return result.calendar;
}

const jan = { name: 'Jan 2026', start: '2026-01-01', end: '2026-01-31', status: 'closed' };
const feb = { name: 'Feb 2026', start: '2026-02-01', end: '2026-02-28', status: 'open' };

function file(calendar: Record<string, unknown>): string {
  return JSON.stringify({ version: 1, ...calendar }, null, 2);
}

describe('parseCalendarJson', () => {
  it('reads the full model and fills the defaults', () => {
    const text = `\uFEFF${file({ periods: [jan], entities: { West: { periods: [feb] } } })}`;
    expect(calendarOf(parseCalendarJson(text))).toEqual({
      version: 1,
      closedThrough: {},
      periods: [jan],
      entities: { West: { closedThrough: {}, periods: [feb] } },
    });
  });

  it('reports a syntax error with its line and column', () => {
    const text = '{\n  "version": 1,\n  "periods": []\n  "closedThrough": {}\n}';
    const problems = problemsOf(parseCalendarJson(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(4);
    expect(problems[0]?.message).toMatch(
      /^the file is not valid JSON at column 3 \(.+\); check for a missing comma, quote or bracket there$/,
    );
  });

  it('reports a file cut short at its last line', () => {
    const problems = problemsOf(parseCalendarJson('{\n  "version": 1,\n  "periods": ['));
    expect(problems[0]?.line).toBe(3);
  });

  it('reads the line from Firefox-worded syntax errors too', () => {
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError(
        "JSON.parse: expected ',' or '}' after property value in object at line 7 column 12 of the JSON data",
      );
    });
    expect(problemsOf(parseCalendarJson('{}'))).toEqual([
      {
        line: 7,
        message:
          "the file is not valid JSON at column 12 (expected ',' or '}' after property value in object); check for a missing comma, quote or bracket there",
      },
    ]);
  });

  it('finds the line itself when the engine names no position (V8: "Unexpected token")', () => {
    // Chrome's own words for this file, with no position (seen in Chromium 156 and Node 20).
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError('Unexpected token \'}\', "{"a": tru}" is not valid JSON');
    });
    expect(problemsOf(parseCalendarJson('{\n  "version": 1,\n  "a": tru}'))).toEqual([
      {
        line: 3,
        message:
          "the file is not valid JSON at column 11 (unexpected token '}'); check for a missing comma, quote or bracket there",
      },
    ]);
  });

  it('places single quotes, a stray word and a trailing comma, which V8 does not place', () => {
    const lineOf = (text: string) => problemsOf(parseCalendarJson(text))[0]?.line;
    expect(lineOf("{\n  'version': 1\n}")).toBe(2);
    expect(lineOf('{\n  "version": 1,\n  "periods": [\n    x\n  ]\n}')).toBe(4);
    expect(lineOf('{\n  "version": 1,\n  "periods": [{"name": "a"},\n  ]\n}')).toBe(4);
  });

  it('says a file from a newer Period Guard needs an update', () => {
    expect(problemsOf(parseCalendarJson(file({ version: 2, periods: [], future: true })))).toEqual([
      {
        field: 'version',
        message:
          'this calendar was made by a newer Period Guard (format version 2); update the extension to import it',
      },
    ]);
  });

  it.each([
    [{ periods: [] }, 'is missing; a Period Guard calendar file has "version": 1'],
    [{ version: '1' }, '"1" is not a calendar format version; it must be 1'],
    [{ version: 0 }, '0 is not a calendar format version; it must be 1'],
  ])('refuses a missing or wrong version: %j', (content, message) => {
    expect(problemsOf(parseCalendarJson(JSON.stringify(content)))).toEqual([
      { field: 'version', message },
    ]);
  });

  it('refuses a file that is not one object', () => {
    expect(problemsOf(parseCalendarJson('[]'))[0]?.message).toMatch(/one calendar object/);
  });

  it('maps schema problems to JSON paths, every one of them', () => {
    const text = file({
      closedThrough: { AR: '2026-02-30' },
      periods: [
        jan,
        { ...feb, end: '2026-01-15' },
        { ...feb, name: 'Mar', status: 'pending', colour: 'red' },
        { name: '  ', start: '03/01/2026', status: 'open', module: 'AP' },
      ],
      entities: { 'West Coast': { periods: [{ ...jan, start: 20260101 }] } },
    });
    expect(problemsOf(parseCalendarJson(text))).toEqual([
      { field: 'closedThrough.AR', message: 'must be a real date written yyyy-MM-dd' },
      { field: 'periods[1].end', message: 'end is before start' },
      { field: 'periods[2].status', message: 'must be open, closed or locked' },
      {
        field: 'periods[2].colour',
        message: 'is not a calendar field; check the spelling or remove it',
      },
      { field: 'periods[3].name', message: 'must not be empty' },
      { field: 'periods[3].start', message: 'must be a real date written yyyy-MM-dd' },
      { field: 'periods[3].end', message: 'is required' },
      { field: 'periods[3].module', message: 'must be AR or GL (leave it out for every module)' },
      {
        field: 'entities["West Coast"].periods[0].start',
        message: 'must be text in quotes, not a number',
      },
    ]);
  });

  it('names a blank entity name and a non-object period', () => {
    const text = file({ periods: [null], entities: { '  ': { periods: [] } } });
    expect(problemsOf(parseCalendarJson(text))).toEqual([
      { field: 'periods[0]', message: 'must be an object { ... }, not null' },
      { field: 'entities["  "]', message: 'an entity name must not be empty' },
    ]);
  });

  it('runs the overlap and duplicate-name checks on the company and each entity', () => {
    const text = file({
      periods: [jan, { ...feb, start: '2026-01-31' }],
      entities: {
        West: { periods: [jan, { ...feb, name: 'jan 2026' }] },
        East: { periods: [jan, feb] },
      },
    });
    expect(problemsOf(parseCalendarJson(text))).toEqual([
      {
        field: 'periods[1].start',
        message:
          'shares days with "Jan 2026" (periods[0], 2026-01-01 to 2026-01-31); periods may only overlap when one is for AR and the other for GL',
      },
      {
        field: 'entities.West.periods[1].name',
        message:
          'the name "jan 2026" is already used (entities.West.periods[0]); give each period its own name',
      },
    ]);
  });

  it('refuses an entity named __proto__ instead of losing its periods', () => {
    const text = '{"version": 1, "entities": {"__proto__": {"periods": []}}}';
    expect(problemsOf(parseCalendarJson(text))).toEqual([
      { field: 'entities', message: '"__proto__" cannot be used as an entity name' },
    ]);
  });
});

describe('calendarToJson', () => {
  it('writes a fixed key order, entities by name, 2-space indent and a final newline', () => {
    const calendar = {
      entities: {
        West: { periods: [], closedThrough: { GL: '2026-01-31', AR: '2026-02-28' } },
        East: {
          periods: [
            { module: 'AR', status: 'open', end: '2026-01-31', start: '2026-01-01', name: 'Jan' },
          ],
          closedThrough: {},
        },
      },
      periods: [
        {
          closesOn: '2026-02-10',
          status: 'closed',
          end: '2026-01-31',
          start: '2026-01-01',
          name: 'Jan',
        },
      ],
      closedThrough: { GL: '2025-12-31' },
      version: 1,
    } as Calendar;
    expect(calendarToJson(calendar)).toBe(`{
  "version": 1,
  "closedThrough": {
    "GL": "2025-12-31"
  },
  "periods": [
    {
      "name": "Jan",
      "start": "2026-01-01",
      "end": "2026-01-31",
      "status": "closed",
      "closesOn": "2026-02-10"
    }
  ],
  "entities": {
    "East": {
      "closedThrough": {},
      "periods": [
        {
          "name": "Jan",
          "start": "2026-01-01",
          "end": "2026-01-31",
          "status": "open",
          "module": "AR"
        }
      ]
    },
    "West": {
      "closedThrough": {
        "AR": "2026-02-28",
        "GL": "2026-01-31"
      },
      "periods": []
    }
  }
}
`);
    expect(calendarOf(parseCalendarJson(calendarToJson(calendar)))).toEqual(calendar);
  });
});
