import fc from 'fast-check';
import { jsonErrorOffset } from '../../../lib/calendar-files/json-scan';
import { validJson } from '../../support/fuzz/calendars';
import { binaryText, mutated } from '../../support/fuzz/hostile-text';
import { runs } from '../../support/fuzz/runs';

/** The engine's verdict on `text`: valid, an error at a position, or an error it did not place. */
function engine(text: string): { valid: true } | { valid: false; position: number | undefined } {
  try {
    JSON.parse(text);
    return { valid: true };
  } catch (error) {
    const position = /at position (\d+)/.exec(String(error));
    return { valid: false, position: position ? Number(position[1]) : undefined };
  }
}

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a":x}', 5],
    ["{'a': 1}", 1],
    ['[1,]', 3],
    ['[.5]', 1],
    ['[nul]', 4],
    ['tru', 3],
    ['', 0],
    ['   ', 3],
    ['{"a":1', 6],
    ['{"a":"\\u12x4"}', 10],
    ['{"a":"b\u0001"}', 7],
    ['[-01]', 3],
    ['[1e+]', 4],
    ['true false', 5],
    ['\u0000', 0],
    ['\uFEFF{}', 0],
    ['['.repeat(100_000), 100_000],
  ])('places the error in %j at offset %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it.each([
    '{}',
    ' [1, -0.5e+3, "a\\u00e9\\n", true, false, null, {"b": []}] ',
    `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
  ])('finds no error in valid JSON %#', (text) => {
    expect(jsonErrorOffset(text)).toBeUndefined();
  });

  it('agrees with the engine: valid exactly when JSON.parse accepts, and at its position', () => {
    const text = fc.oneof(mutated(validJson), fc.json(), binaryText, mutated(fc.json()));
    fc.assert(
      fc.property(text, (input) => {
        const verdict = engine(input);
        const offset = jsonErrorOffset(input);
        if (verdict.valid) expect(offset).toBeUndefined();
        else {
          expect(offset).toBeDefined();
          if (verdict.position !== undefined) expect(offset).toBe(verdict.position);
        }
      }),
      { numRuns: runs('json: error offset agrees with the engine') },
    );
  }, 60_000);
});
