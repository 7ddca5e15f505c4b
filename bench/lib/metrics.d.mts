/** Types for metrics.mjs's pure part, so TypeScript tests can import it. */
export function mainThreadDelta(
  before: Record<string, number>,
  after: Record<string, number>,
): { layouts: number; taskMs: number; scriptMs: number; styleLayoutMs: number };
