import fc from 'fast-check';
import { validCsv } from '../../support/fuzz/calendars';
import {
  binaryText,
  hostilePiece,
  lineEnding,
  longRun,
  mutated,
  withLineEndings,
} from '../../support/fuzz/hostile-text';
import { importChecked } from '../../support/fuzz/import-checks';
import { runs } from '../../support/fuzz/runs';

/*
 * Hostile CSV files through importCalendarText (the path of the settings page and the
 * remote calendar), held to the invariants of fuzz/import-checks.ts.
 */

const TIMEOUT_MS = 60_000;
const csvName = fc.constantFrom(undefined, 'calendar.csv', 'calendar.txt', 'CAL.CSV');

/** A cell that is sometimes right, sometimes nearly right, sometimes hostile. */
const cell: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'Jan 2026',
      '2026-01-01',
      '2026-01-31',
      '01/31/2026',
      '1/1/2026',
      '02/30/2026',
      '2026-13-01',
      '26-01-01',
      '01/31/26',
      '0000-01-01',
      '99999-01-01',
      'Open',
      'closed',
      'LOCKED',
      'AR',
      'gl',
      'General Ledger',
      'West Coast LLC',
      '__proto__',
      '',
      ' ',
      '=HYPERLINK("x")',
      "'=1",
    ),
  },
  { weight: 4, arbitrary: hostilePiece },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  // Rarely: long runs make a file large, and a large file is slow to check.
  { weight: 1, arbitrary: longRun },
);

const header: fc.Arbitrary<string[]> = fc.oneof(
  fc.constant<string[]>(['Period', 'Start', 'End', 'Status']),
  fc.shuffledSubarray(
    ['Period', 'Name', 'Start Date', 'End', 'State', 'Closes On', 'Entity', 'Module', 'Strat', ''],
    { minLength: 1 },
  ),
  fc.array(cell, { minLength: 1, maxLength: 12 }),
);

/** Quote a cell the way a tool might, or not at all, or badly. */
const quoting = fc.constantFrom('none', 'quoted', 'half-open', 'stray');
function quote(text: string, how: string): string {
  if (how === 'quoted') return `"${text.replaceAll('"', '""')}"`;
  if (how === 'half-open') return `"${text}`;
  if (how === 'stray') return `${text}"x`;
  return text;
}

const builtCsv: fc.Arbitrary<string> = fc
  .record({
    header,
    rows: fc.array(fc.array(fc.tuple(cell, quoting), { maxLength: 10 }), { maxLength: 25 }),
    delimiter: fc.constantFrom(',', ',', ';', '\t', '|'),
    ending: lineEnding,
    bom: fc.boolean(),
    trailing: fc.constantFrom('', '\n', '\r\n\r\n', '\0', ',,,'),
  })
  .map(({ header: titles, rows, delimiter, ending, bom, trailing }) => {
    const lines = [
      titles.join(delimiter),
      ...rows.map((row) => row.map(([text, how]) => quote(text, how)).join(delimiter)),
    ];
    return (bom ? '\uFEFF' : '') + lines.join(ending) + trailing;
  });

describe('fuzzing CSV import', () => {
  it(
    'mutated valid files: no exception, bounded time, every refusal placed by line',
    () => {
      const file = fc.oneof(
        mutated(validCsv),
        fc.tuple(validCsv, lineEnding).map(([text, ending]) => withLineEndings(text, ending)),
      );
      fc.assert(
        fc.property(file, csvName, (text, name) => {
          importChecked(text, name);
        }),
        { numRuns: runs('csv: mutated valid files') },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'rows built from hostile cells, quotes, delimiters and line endings',
    () => {
      fc.assert(
        fc.property(builtCsv, csvName, (text, name) => {
          importChecked(text, name);
        }),
        { numRuns: runs('csv: rows built from hostile cells') },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'random text and binary',
    () => {
      const text = fc.oneof(binaryText, fc.string({ maxLength: 2_000 }), mutated(binaryText));
      fc.assert(
        fc.property(text, csvName, (input, name) => {
          importChecked(input, name);
        }),
        { numRuns: runs('csv: random text and binary') },
      );
    },
    TIMEOUT_MS,
  );
});
