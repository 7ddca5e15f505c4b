/** Types for stats.mjs, so TypeScript tests can import it. */
type Sample = number | null | undefined;
type Interval = { low: number; high: number; coverage: number };
export function median(values: Sample[]): number | null;
export function quantile(values: Sample[], q: number): number | null;
export function medianInterval(values: Sample[], confidence?: number): Interval | null;
export function max(values: Sample[]): number | null;
export function delta(a: number | null, b: number | null): number | null;
export function ratio(a: number | null, b: number | null): number | null;
export function pairedComparison(
  withValues: Sample[],
  withoutValues: Sample[],
): {
  with: number | null;
  without: number | null;
  added: number | null;
  addedInterval: Interval | null;
  addedOfMedians: number | null;
  ratio: number | null;
  pairs: number;
};
export function summarize(values: Sample[]): {
  median: number | null;
  interval: Interval | null;
  n: number;
};
export function runOrder<T>(sides: T[], i: number): T[];
