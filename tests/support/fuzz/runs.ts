/**
 * How many generated cases each fuzz property runs (at least 10,000 in the
 * suite). Every fuzz test takes its `numRuns` from here, so this table is the count, and
 * fuzz-suite-size.test.ts checks the sum. Sized so the whole fuzz suite stays well under 30 s
 * on a 2-core machine.
 */
export const FUZZ_RUNS = {
  // fuzz-csv-import.test.ts
  'csv: mutated valid files': 2_000,
  'csv: rows built from hostile cells': 1_200,
  'csv: random text and binary': 1_000,
  // fuzz-json-import.test.ts
  'json: mutated valid files': 1_500,
  'json: calendar-shaped values with hostile leaves': 1_200,
  'json: random JSON values and binary': 1_000,
  // fuzz-json-error-offset.test.ts: our syntax-error locator against the engine's positions
  'json: error offset agrees with the engine': 1_500,
  // fuzz-import-extremes.test.ts: few cases, each up to 5 MB (17 fillers × 2)
  'extremes: near the size cap, per filler': 2,
  'extremes: deep nesting': 60,
  // fuzz-page-date.test.ts: text from the (untrusted) host page
  'page date: random, hostile and date-like strings': 2_000,
  'page date: backtracking-shaped inputs': 200,
  'page date: digit-free surroundings change nothing': 1_000,
  'page date: repeated text and odd spaces read the same': 1_000,
  // fuzz-apply-import.test.ts: through the calendar store and (fake) browser storage
  'apply: refusals leave storage byte-identical': 600,
  'apply: accepted files are what storage then holds': 300,
} as const;

export type FuzzTarget = keyof typeof FUZZ_RUNS;

/** The `numRuns` of one fuzz property. */
export function runs(target: FuzzTarget): number {
  return FUZZ_RUNS[target];
}
