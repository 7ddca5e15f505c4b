/**
 * The performance budgets (docs/performance.md). Targets: when one is missed, tune the code,
 * not the budget. Each reads its figure from the bench results; a figure that could not be
 * measured is "n/a", and `--check` treats it as a miss: a check that passes without measuring
 * would be falsely green. A budget that does not apply to the build measured (row marks
 * before the build draws any) is "skipped", with the reason.
 */

const KB = 1024;

/** The traced loads the own-script budget of the invoice page rests on, at least. */
export const MIN_TRACED_LOADS = 20;

const sumExtensionLongTasks = (b) => {
  const measured = [...(b.pages ?? []).map((page) => b[page]), b.storm];
  if (measured.length < 2 || measured.some((m) => !m)) return null;
  return measured.reduce((n, m) => n + m.extensionLongTasks, 0);
};

const latencyReason = (r) => r.browser?.latency?.reason;

/** The extension's own script on `page`, traced: its median, when it rests on `minRuns` loads. */
const ownScript =
  (page, minRuns = 1) =>
  (r) => {
    const load = r.browser?.[page];
    if (!load) return undefined;
    return load.extensionScript.n >= minRuns ? load.extensionScript.median : null;
  };

const ownScriptReason = (page, minRuns) => (r) => {
  const load = r.browser?.[page];
  if (!load) return `the ${page} page was not measured`;
  return `${load.extensionScript.n} traced loads, fewer than ${minRuns}`;
};

const pageMissing = (page) => (r) =>
  r.browser?.[page] ? undefined : `the ${page} page was not measured`;

const marksOff = (page) => (r) => {
  const marks = r.browser?.[page]?.marks;
  return marks && !marks.available ? marks.reason : null;
};

function listBudgets(page, name) {
  return [
    {
      id: `${page}-own-script`,
      section: 'browser',
      label: `${name}: extension script per load, first full marking (median, traced)`,
      limit: 15,
      unit: 'ms',
      value: ownScript(page),
      reason: pageMissing(page),
    },
    {
      id: `${page}-forced-layouts`,
      section: 'browser',
      label: `${name}: layouts forced by extension script (traced with stacks)`,
      limit: 0,
      unit: '',
      value: (r) => r.browser?.[page]?.forcedLayouts,
      reason: pageMissing(page),
    },
    {
      id: `${page}-heap`,
      section: 'browser',
      label: `${name}: JS heap added (median)`,
      limit: 3,
      unit: 'MB',
      value: (r) => r.browser?.[page]?.heapMB.added,
      reason: pageMissing(page),
    },
    {
      id: `${page}-mark-latency`,
      section: 'browser',
      label: `${name}: rows that appear → all their marks (median)`,
      limit: 100,
      unit: 'ms',
      value: (r) => r.browser?.[page]?.marks?.afterChange?.median,
      notApplicable: marksOff(page),
      reason: (r) =>
        r.browser?.[page]?.marks?.afterChange?.misses
          ? 'the marks never came within the timeout'
          : pageMissing(page)(r),
    },
  ];
}

export const BUDGETS = [
  {
    id: 'detail-own-script',
    section: 'browser',
    label: `Invoice page: extension script per load (median of ≥ ${MIN_TRACED_LOADS} traced)`,
    limit: 8,
    unit: 'ms',
    value: ownScript('detail', MIN_TRACED_LOADS),
    interval: (r) => r.browser?.detail?.extensionScript.interval,
    reason: ownScriptReason('detail', MIN_TRACED_LOADS),
  },
  {
    id: 'detail-over-floor',
    section: 'browser',
    label: 'Invoice page: main-thread time over the banner floor (median of pairs)',
    limit: 5,
    unit: 'ms',
    value: (r) => r.browser?.detail?.overFloor?.taskMs.added,
    interval: (r) => r.browser?.detail?.overFloor?.taskMs.addedInterval,
    reason: (r) =>
      r.browser?.detail
        ? 'not measured beside the banner floor'
        : 'the detail page was not measured',
  },
  {
    id: 'dashboard-own-script',
    section: 'browser',
    label: 'Dashboard, no invoice: extension script per load (median, traced)',
    limit: 2,
    unit: 'ms',
    value: ownScript('dashboard'),
    reason: pageMissing('dashboard'),
  },
  {
    id: 'customers-own-script',
    section: 'browser',
    label: 'List with no date column: extension script per load (median, traced)',
    limit: 2,
    unit: 'ms',
    value: ownScript('customers'),
    reason: pageMissing('customers'),
  },
  ...listBudgets('list', 'Invoice <table>, 2,000 rows'),
  ...listBudgets('grid', 'Invoice grid, 2,000 rows, virtualised'),
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
    reason: pageMissing('detail'),
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
    const notApplicable = budget.notApplicable?.(results);
    if (notApplicable) return { ...row, value: null, status: 'skipped', reason: notApplicable };
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
    const interval = budget.interval?.(results) ?? null;
    return { ...row, value, ...(interval ? { interval } : {}), status: pass ? 'pass' : 'fail' };
  });
}

/** True when `--check` must fail: a budget missed or a figure that could not be measured. */
export function budgetsMissed(evaluated) {
  return evaluated.some((row) => row.status === 'fail' || row.status === 'n/a');
}
