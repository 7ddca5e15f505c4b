/**
 * The budgets of issue 6 ("Prove it is light on BuildOps"). Targets: when one is missed,
 * tune the code, not the budget. Each reads its figure from the bench results; a figure
 * that could not be measured is "n/a", and `--check` treats it as a miss: a check that
 * passes without measuring would be falsely green.
 */

const KB = 1024;

const sumExtensionLongTasks = (b) =>
  b.detail && b.list && b.storm
    ? b.detail.extensionLongTasks + b.list.extensionLongTasks + b.storm.extensionLongTasks
    : null;

const latencyReason = (r) => r.browser?.latency?.reason;

export const BUDGETS = [
  {
    id: 'detail-main-thread',
    section: 'browser',
    label: 'Invoice page load: added main-thread time (median)',
    limit: 15,
    unit: 'ms',
    value: (r) => r.browser?.detail?.taskMs.added,
  },
  {
    id: 'list-main-thread',
    section: 'browser',
    label: 'Invoice list (2,000 rows) load: added main-thread time (median)',
    limit: 15,
    unit: 'ms',
    value: (r) => r.browser?.list?.taskMs.added,
  },
  {
    id: 'extension-long-tasks',
    section: 'browser',
    label: 'Long tasks (≥ 50 ms main-thread time) caused by the extension, traced',
    limit: 0,
    unit: '',
    value: (r) => (r.browser ? sumExtensionLongTasks(r.browser) : undefined),
  },
  {
    id: 'detail-heap',
    section: 'browser',
    label: 'Invoice page: JS heap added (median)',
    limit: 3,
    unit: 'MB',
    value: (r) => r.browser?.detail?.heapMB.added,
  },
  {
    id: 'list-heap',
    section: 'browser',
    label: 'Invoice list: JS heap added (median)',
    limit: 3,
    unit: 'MB',
    value: (r) => r.browser?.list?.heapMB.added,
  },
  {
    id: 'storm',
    section: 'browser',
    label: 'Mutation storm: added main-thread time, share of the window',
    limit: 2,
    unit: '%',
    value: (r) => (r.browser?.storm ? r.browser.storm.addedShare * 100 : undefined),
  },
  {
    id: 'date-to-verdict',
    section: 'browser',
    label: 'Date appears in the DOM → verdict on the banner (median)',
    limit: 50,
    unit: 'ms',
    value: (r) => r.browser?.latency?.appear?.median,
    reason: latencyReason,
  },
  {
    id: 'edit-to-verdict',
    section: 'browser',
    label: 'Date edited → new verdict on the banner (median)',
    limit: 50,
    unit: 'ms',
    value: (r) => r.browser?.latency?.edit?.median,
    reason: latencyReason,
  },
  {
    id: 'verdict-misses',
    section: 'browser',
    label: 'Changes whose verdict never showed (2 s timeout)',
    limit: 0,
    unit: '',
    value: (r) => r.browser?.latency?.misses,
    reason: latencyReason,
  },
  {
    id: 'content-script-gzip',
    section: 'sizes',
    label: 'Content script with its UI, gzip (larger of Chrome, Firefox)',
    limit: 100,
    unit: 'KB',
    value: (r) =>
      r.sizes
        ? Math.max(
            ...Object.values(r.sizes).flatMap((build) =>
              Object.values(build.contentScripts).map((script) => script.gzip / KB),
            ),
          )
        : undefined,
  },
  {
    id: 'zip-chrome',
    section: 'sizes',
    label: 'Zipped extension, Chrome MV3',
    limit: 300,
    unit: 'KB',
    value: (r) => (r.sizes ? r.sizes.chrome.zip / KB : undefined),
  },
  {
    id: 'zip-firefox',
    section: 'sizes',
    label: 'Zipped extension, Firefox MV3',
    limit: 300,
    unit: 'KB',
    value: (r) => (r.sizes ? r.sizes.firefox.zip / KB : undefined),
  },
  {
    id: 'verdicts-per-second',
    section: 'pure',
    label: 'Verdicts per second, 50-entity × 20-year calendar (median)',
    limit: 1_000_000,
    atLeast: true,
    unit: '/s',
    value: (r) => r.pure?.verdicts.perSecond,
  },
  {
    id: 'csv-import',
    section: 'pure',
    label: 'CSV import, 10,000 rows (median)',
    limit: 200,
    unit: 'ms',
    value: (r) => r.pure?.csvImport.ms,
  },
];

/**
 * Each budget against the results: `pass`, `fail`, `n/a` (its section ran but the figure
 * could not be measured), or `skipped` (its section was not run this time).
 */
export function evaluateBudgets(results, budgets = BUDGETS) {
  return budgets.map((budget) => {
    const row = {
      id: budget.id,
      label: budget.label,
      limit: budget.limit,
      atLeast: Boolean(budget.atLeast),
      unit: budget.unit,
    };
    if (!results[budget.section]) return { ...row, value: null, status: 'skipped' };
    const value = budget.value(results);
    if (value === null || value === undefined || Number.isNaN(value)) {
      return {
        ...row,
        value: null,
        status: 'n/a',
        reason: budget.reason?.(results) ?? 'not measured',
      };
    }
    const pass = budget.atLeast ? value >= budget.limit : value <= budget.limit;
    return { ...row, value, status: pass ? 'pass' : 'fail' };
  });
}

/** True when `--check` must fail: a budget missed or a figure that could not be measured. */
export function budgetsMissed(evaluated) {
  return evaluated.some((row) => row.status === 'fail' || row.status === 'n/a');
}
