#!/usr/bin/env node
/**
 * `npm run size:check`: the size budgets against the production builds already in
 * .output/ (run `npm run build` first). Deterministic: the same files give the same figures
 * on any machine, so CI checks sizes on every run (.ci/run); timings stay in `npm run bench`.
 * Exits 1 when a size budget is missed or a build is missing.
 */
import { resolve } from 'node:path';
import { BUDGETS, budgetsMissed, evaluateBudgets } from './lib/budgets.mjs';
import { budgetTable, sizesTable } from './lib/report.mjs';
import { measureProductionBuilds } from './lib/sizes.mjs';

const ROOT = resolve(import.meta.dirname, '..');

let sizes;
try {
  sizes = measureProductionBuilds(ROOT);
} catch (error) {
  console.error(`size:check: ${error.message}`);
  process.exit(1);
}
const evaluated = evaluateBudgets(
  { sizes },
  BUDGETS.filter((b) => b.section === 'sizes'),
);
console.log(`${sizesTable(sizes)}\n\n${budgetTable(evaluated)}`);
if (budgetsMissed(evaluated)) {
  console.error('size:check: a size budget is missed: make the build smaller, not the budget.');
  process.exit(1);
}
