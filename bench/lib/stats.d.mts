/** Types for stats.mjs, so TypeScript tests can import it. */
type Sample = number | null | undefined;
export function median(values: Sample[]): number | null;
export function quantile(values: Sample[], q: number): number | null;
export function medianInterval(
  values: Sample[],
  confidence?: number,
): { low: number; high: number; coverage: number } | null;
export function max(values: Sample[]): number | null;
export function delta(a: number | null, b: number | null): number | null;
export function ratio(a: number | null, b: number | null): number | null;
