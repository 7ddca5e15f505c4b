import fc from 'fast-check';
import { MAX_IMPORT_BYTES } from '../../../lib/calendar-files/import';
import { FILLERS, grow, utf8Bytes } from '../../support/fuzz/big-files';
import { importChecked } from '../../support/fuzz/import-checks';
import { runs } from '../../support/fuzz/runs';

/*
 * The largest and deepest inputs: files within a few bytes of the 5 MB cap, built from the
 * fillers that cost a reader most (one huge cell, a million columns, a quote never closed,
 * a million periods), and JSON nested up to 100,000 levels deep, which overflows the stack
 * of any reader that recurses. Inputs are made from small descriptions so that a failure
 * prints the description, not megabytes.
 */

const TIMEOUT_MS = 120_000;
describe('fuzzing import with the largest files', () => {
  for (const [name, filler] of Object.entries(FILLERS)) {
    it(
      `${name}, within 64 bytes of the 5 MB cap: refused for size exactly when over it`,
      () => {
        fc.assert(
          fc.property(fc.integer({ min: -64, max: 64 }), (slack) => {
            const text = grow(filler, MAX_IMPORT_BYTES + slack);
            const result = importChecked(text, filler.json ? 'calendar.json' : 'calendar.csv');
            const refusedForSize =
              !result.ok && /larger than/.test(result.errors[0]?.message ?? '');
            expect(refusedForSize).toBe(utf8Bytes(text) > MAX_IMPORT_BYTES);
          }),
          { numRuns: runs('extremes: near the size cap, per filler') },
        );
      },
      TIMEOUT_MS,
    );
  }
});

/** JSON text nested `depth` deep in one of the places a reader might recurse into. */
const NESTINGS: Record<string, (depth: number) => string> = {
  'open brackets': (d) => '['.repeat(d),
  'closed brackets': (d) => `${'['.repeat(d)}${']'.repeat(d)}`,
  'open objects': (d) => '{"a":'.repeat(d),
  'closed objects': (d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`,
  'the version': (d) => `{"version":${'['.repeat(d)}${']'.repeat(d)}}`,
  'a period name': (d) => `{"version":1,"periods":[{"name":${'['.repeat(d)}${']'.repeat(d)}}]}`,
  'an entity': (d) => `{"version":1,"entities":{"E":${'{"E":'.repeat(d)}{}${'}'.repeat(d)}}}`,
  closedThrough: (d) => `{"version":1,"closedThrough":{"AR":${'['.repeat(d)}${']'.repeat(d)}}}`,
  'an unknown key': (d) => `{"version":1,"x":${'[{"y":'.repeat(d)}0${'}]'.repeat(d)}}`,
};

describe('fuzzing import with deep nesting', () => {
  it(
    'up to 100,000 levels, read as JSON and as CSV: no stack overflow, bounded time',
    () => {
      const depth = fc.oneof(fc.constant(100_000), fc.integer({ min: 1, max: 100_000 }));
      fc.assert(
        fc.property(
          fc.constantFrom(...Object.keys(NESTINGS)),
          depth,
          fc.constantFrom('calendar.json', undefined, 'calendar.csv'),
          (where, levels, fileName) => {
            importChecked(NESTINGS[where]?.(levels) ?? '', fileName);
          },
        ),
        { numRuns: runs('extremes: deep nesting') },
      );
    },
    TIMEOUT_MS,
  );
});
