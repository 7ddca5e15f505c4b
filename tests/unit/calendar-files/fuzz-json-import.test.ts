import fc from 'fast-check';
import { validJson } from '../../support/fuzz/calendars';
import { binaryText, hostilePiece, longRun, mutated } from '../../support/fuzz/hostile-text';
import { importChecked } from '../../support/fuzz/import-checks';
import { runs } from '../../support/fuzz/runs';

/*
 * Hostile JSON files through importCalendarText, held to the invariants of
 * fuzz/import-checks.ts. Text starting with `{` is read as JSON whatever its name.
 */

const TIMEOUT_MS = 60_000;
const jsonName = fc.constantFrom(undefined, 'calendar.json', 'Calendar.JSON ', 'calendar.txt');

/** JSON text of an object with these members in this order; keys may repeat or be "__proto__". */
function objectText(members: ReadonlyArray<readonly [string, string]>): string {
  return `{${members.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`;
}

/** A JSON value text that is sometimes right for a calendar field and often not. */
const leaf: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .constantFrom(
        '2026-01-31',
        '2026-02-29',
        '2024-02-29',
        '01/31/2026',
        '0999-12-31',
        '+02026-01-01',
        '2026-1-1',
        'open',
        'Closed',
        'locked',
        'AR',
        'GL',
        'ar',
        'Jan 2026',
        '',
        ' ',
      )
      .map((text) => JSON.stringify(text)),
  },
  { weight: 3, arbitrary: hostilePiece.map((text) => JSON.stringify(text)) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '1',
      '0',
      '-1',
      '1e999',
      '1.5',
      'null',
      'true',
      '[]',
      '{}',
      '[[[]]]',
    ),
  },
  { weight: 1, arbitrary: longRun.map((text) => JSON.stringify(text)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)) },
);

const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('name', 'start', 'end', 'status', 'closesOn', 'module') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'Name', 'extra', ''),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

const periodText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.tuple(key, leaf), { maxLength: 8 }).map(objectText) },
  { weight: 1, arbitrary: leaf },
);

const periodsText = fc.array(periodText, { maxLength: 12 }).map((items) => `[${items.join(',')}]`);

const closedThroughText = fc
  .array(fc.tuple(fc.constantFrom('AR', 'GL', 'AP', '__proto__', ''), leaf), { maxLength: 3 })
  .map(objectText);

const booksText = fc
  .record({ closedThrough: closedThroughText, periods: periodsText, extra: fc.option(leaf) })
  .map(({ closedThrough, periods, extra }) =>
    objectText([
      ['closedThrough', closedThrough],
      ['periods', periods],
      ...(extra === null ? [] : ([['notes', extra]] as const)),
    ]),
  );

const entityName = fc.oneof(
  fc.constantFrom('West Coast LLC', '__proto__', 'constructor', '', ' ', 'toString', 'a\u0000b'),
  hostilePiece,
  fc.string({ maxLength: 12 }),
);

/** Objects shaped like a calendar, each member sometimes missing, doubled or wrong. */
const calendarShapedText: fc.Arbitrary<string> = fc
  .record({
    version: fc.oneof(
      { weight: 6, arbitrary: fc.constant('1') },
      { weight: 1, arbitrary: leaf },
      { weight: 1, arbitrary: fc.constantFrom('2', '99', '"1"', '1.0', '0', '-1', '1e0') },
    ),
    closedThrough: fc.option(closedThroughText),
    periods: fc.option(periodsText),
    entities: fc.option(
      fc.array(fc.tuple(entityName, booksText), { maxLength: 4 }).map(objectText),
    ),
    extra: fc.array(fc.tuple(key, leaf), { maxLength: 2 }),
  })
  .chain(({ version, closedThrough, periods, entities, extra }) => {
    const members: Array<readonly [string, string]> = [['version', version]];
    if (closedThrough !== null) members.push(['closedThrough', closedThrough]);
    if (periods !== null) members.push(['periods', periods]);
    if (entities !== null) members.push(['entities', entities]);
    members.push(...extra);
    return fc.shuffledSubarray(members, { minLength: members.length }).map(objectText);
  });

describe('fuzzing JSON import', () => {
  it(
    'mutated valid files: no exception, bounded time, every refusal placed by line or field',
    () => {
      fc.assert(
        fc.property(mutated(validJson), jsonName, (text, name) => {
          importChecked(text, name);
        }),
        { numRuns: runs('json: mutated valid files') },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'calendar-shaped objects with hostile values, keys and entity names',
    () => {
      fc.assert(
        fc.property(calendarShapedText, jsonName, (text, name) => {
          importChecked(text, name);
        }),
        { numRuns: runs('json: calendar-shaped values with hostile leaves') },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'random JSON values and binary, read as JSON',
    () => {
      const text = fc.oneof(
        fc.json({ maxDepth: 6 }),
        fc.jsonValue().map((value) => `{"version":1,"periods":${JSON.stringify(value)}}`),
        binaryText.map((bytes) => `{${bytes}`),
        binaryText,
      );
      fc.assert(
        fc.property(text, (input) => {
          importChecked(input, 'calendar.json');
        }),
        { numRuns: runs('json: random JSON values and binary') },
      );
    },
    TIMEOUT_MS,
  );
});
