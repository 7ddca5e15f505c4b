/** Types for budgets.mjs, so TypeScript tests can import it. */
export interface Budget {
  id: string;
  section: 'browser' | 'pure' | 'sizes';
  label: string;
  limit: number;
  atLeast?: boolean;
  unit: string;
  value: (results: BenchResults) => number | null | undefined;
  interval?: (results: BenchResults) => { low: number; high: number } | null | undefined;
  reason?: (results: BenchResults) => string | undefined;
  /** A reason the budget does not apply to the build measured (it is then skipped). */
  notApplicable?: (results: BenchResults) => string | null | undefined;
}

/** The bench's results as budgets read them (bench-results/latest.json has more). */
export type BenchResults = {
  browser?: unknown;
  pure?: unknown;
  sizes?: unknown;
} & Record<string, unknown>;

export interface EvaluatedBudget {
  id: string;
  label: string;
  limit: number;
  atLeast: boolean;
  unit: string;
  value: number | null;
  status: 'pass' | 'fail' | 'n/a' | 'skipped';
  reason?: string;
  interval?: { low: number; high: number; coverage: number };
}

export const BUDGETS: Budget[];
export const MIN_TRACED_LOADS: number;
export function evaluateBudgets(results: BenchResults, budgets?: Budget[]): EvaluatedBudget[];
export function budgetsMissed(evaluated: EvaluatedBudget[]): boolean;
