import fc from 'fast-check';
import { isIsoDate } from '../../../lib/calendar/iso-date';
import { type DateReading, parsePageDate } from '../../../lib/dates/parse-page-date';
import { hostilePiece } from '../../support/fuzz/hostile-text';
import { timed, timeLimitMs } from '../../support/fuzz/import-checks';
import { runs } from '../../support/fuzz/runs';

/*
 * parsePageDate reads text from the host page, which is untrusted and may hold anything:
 * random and hostile strings, and inputs shaped to make its regular expressions backtrack
 * (long digit runs, separators without end, month words followed by a sea of spaces). Every
 * reading must come back soon and be well formed, and a reading must depend only on the
 * date-shaped text itself (metamorphic checks below).
 */

const TIMEOUT_MS = 60_000;
const REASONS = new Set(['empty', 'no-date', 'ambiguous', 'invalid']);

/** parsePageDate under the invariants: returns, soon, a well-formed reading. */
function read(text: string, dayFirst = false): DateReading {
  const { value, ms } = timed(() => parsePageDate(text, { dayFirst }), text);
  if (ms > timeLimitMs(text)) {
    throw new Error(
      `parsePageDate took ${Math.round(ms)} ms on ${JSON.stringify(text.slice(0, 80))}… (${text.length} characters)`,
    );
  }
  if (value.ok) {
    if (!isIsoDate(value.date)) throw new Error(`read a date that does not exist: ${value.date}`);
  } else if (!REASONS.has(value.reason)) {
    throw new Error(`an unknown reason: ${JSON.stringify(value)}`);
  }
  return value;
}

/** Pieces of dates and the things around them on a page. */
const datePiece = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '09/15/2026',
      '9/15/26',
      '15/09/2026',
      '2026-09-15',
      '2026/9/15',
      '2026.09.15',
      'Sep 15, 2026',
      'Sept. 15th 2026',
      'September 15 2026',
      '15 Sep 2026',
      '15th of September, 2026',
      '15-Sep-2026',
      '02/30/2026',
      '00/00/0000',
      '13/13/13',
      'Sep 31, 2026',
      'Tue,',
      'Invoice Date:',
      '(Net 30)',
      'Due',
    ),
  },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 99_999 }).map(String) },
  {
    weight: 3,
    arbitrary: fc.constantFrom('/', '-', '.', ',', ' ', '  ', '\u00a0', '\u2013', 'of', 'th'),
  },
  { weight: 2, arbitrary: hostilePiece },
);
const pageText = fc.array(datePiece, { maxLength: 14 }).map((pieces) => pieces.join(''));

/** Inputs shaped like the worst cases for backtracking, up to 100,000 characters. */
const adversarial: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      '1',
      '12',
      '1/',
      '1-1-',
      '12/12/',
      '2026-',
      '2026-09-',
      '0.',
      ' ',
      'Sep ',
      'Sep 1',
      'Sep 15 ',
      '15 of ',
      '15 Sep ',
      '1st ',
      'September',
      ', ',
      '/-.',
    ),
    fc.integer({ min: 1_000, max: 50_000 }),
    fc.constantFrom('', 'x', '1', '/1', ', 2026', ' 2026', '9/15/2026', 'Sep'),
  )
  .map(([unit, count, tail]) => unit.repeat(count).slice(0, 100_000) + tail);

/** Text with no digit cannot hold a date, whatever else it says. */
const digitFree = fc
  .array(
    fc.oneof(
      hostilePiece,
      fc.string({ maxLength: 8 }),
      fc.constantFrom('Sep', 'of', 'th', 'Date:'),
    ),
    {
      maxLength: 6,
    },
  )
  .map((pieces) => pieces.join('').replace(/\p{Nd}/gu, 'x'));

describe('fuzzing parsePageDate', () => {
  it(
    'random and hostile strings: a well-formed reading, in bounded time',
    () => {
      const text = fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        pageText,
      );
      fc.assert(
        fc.property(text, fc.boolean(), (input, dayFirst) => {
          read(input, dayFirst);
        }),
        { numRuns: runs('page date: random, hostile and date-like strings') },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'inputs shaped to make the patterns backtrack, up to 100,000 characters',
    () => {
      fc.assert(
        fc.property(adversarial, fc.boolean(), (input, dayFirst) => {
          read(input, dayFirst);
        }),
        { numRuns: runs('page date: backtracking-shaped inputs') },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'a reading depends only on the date-shaped text: digit-free words around it change nothing',
    () => {
      fc.assert(
        fc.property(
          pageText,
          digitFree,
          digitFree,
          fc.boolean(),
          (text, before, after, dayFirst) => {
            const alone = read(text, dayFirst);
            fc.pre(!(!alone.ok && alone.reason === 'empty'));
            expect(read(`${before} | ${text} | ${after}`, dayFirst)).toEqual(alone);
          },
        ),
        { numRuns: runs('page date: digit-free surroundings change nothing') },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'the same text twice reads as once; odd spaces read as spaces',
    () => {
      fc.assert(
        fc.property(pageText, fc.boolean(), (text, dayFirst) => {
          const once = read(text, dayFirst);
          fc.pre(!(!once.ok && once.reason === 'empty'));
          expect(read(`${text} | ${text}`, dayFirst)).toEqual(once);
          expect(read(text.replaceAll(' ', '\u00a0'), dayFirst)).toEqual(once);
        }),
        { numRuns: runs('page date: repeated text and odd spaces read the same') },
      );
    },
    TIMEOUT_MS,
  );
});
