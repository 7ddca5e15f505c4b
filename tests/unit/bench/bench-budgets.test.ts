import {
  type BenchResults,
  BUDGETS,
  budgetsMissed,
  evaluateBudgets,
  MIN_TRACED_LOADS,
} from '../../../bench/lib/budgets.mjs';

type Load = Record<string, unknown>;

/** A page load's figures as browser-bench.mjs summarizes them, inside every budget. */
function load(extra: Load = {}): Load {
  return {
    taskMs: { added: 4 },
    heapMB: { added: 0.4 },
    extensionLongTasks: 0,
    extensionScript: { median: 1.5, interval: { low: 1.2, high: 1.9, coverage: 0.96 }, n: 20 },
    forcedLayouts: 0,
    marks: null,
    ...extra,
  };
}

const marksDrawn = (median: number | null, misses = 0) => ({
  available: true,
  afterChange: { median, misses },
});

/** Results shaped like bench/run.mjs's, every figure inside its budget. */
function withinBudget(): BenchResults {
  const build = {
    contentScripts: { buildops: { raw: 200_000, gzip: 60 * 1024 } },
    zip: 120 * 1024,
  };
  return {
    browser: {
      pages: ['detail', 'list', 'grid', 'dashboard', 'customers'],
      detail: load({
        overFloor: { taskMs: { added: 3, addedInterval: { low: -2, high: 9, coverage: 0.96 } } },
      }),
      list: load({ marks: marksDrawn(40) }),
      grid: load({ marks: marksDrawn(30) }),
      dashboard: load(),
      customers: load(),
      storm: { addedShare: 0.005, extensionLongTasks: 0 },
      latency: { available: true, appear: { median: 30 }, edit: { median: 28 }, misses: 0 },
    },
    pure: { verdicts: { perSecond: 2_000_000 }, csvImport: { ms: 90 } },
    sizes: { chrome: build, firefox: build },
  };
}

type Browser = Record<'detail' | 'list' | 'grid' | 'dashboard' | 'customers', Load> &
  Record<string, unknown>;
const browserOf = (results: BenchResults) => results.browser as Browser;

function rowOf(results: BenchResults, id: string) {
  return evaluateBudgets(results).find((row) => row.id === id);
}

function statusOf(results: BenchResults, id: string) {
  return rowOf(results, id)?.status;
}

describe('bench budgets', () => {
  it('passes the check when every figure is inside its budget', () => {
    const evaluated = evaluateBudgets(withinBudget());
    expect(evaluated.map((row) => row.status)).toEqual(BUDGETS.map(() => 'pass'));
    expect(budgetsMissed(evaluated)).toBe(false);
  });

  it('fails the invoice page past 8 ms of its own script, and prints the interval', () => {
    const results = withinBudget();
    const detail = browserOf(results).detail;
    detail.extensionScript = { median: 8.1, interval: { low: 7, high: 9, coverage: 0.96 }, n: 20 };
    expect(rowOf(results, 'detail-own-script')).toMatchObject({
      status: 'fail',
      value: 8.1,
      interval: { low: 7, high: 9 },
    });
    expect(budgetsMissed(evaluateBudgets(results))).toBe(true);
  });

  it(`will not judge the invoice page's own script on fewer than ${MIN_TRACED_LOADS} traced loads`, () => {
    const results = withinBudget();
    browserOf(results).detail.extensionScript = { median: 1, interval: null, n: 19 };
    expect(rowOf(results, 'detail-own-script')).toMatchObject({
      status: 'n/a',
      reason: '19 traced loads, fewer than 20',
    });
    expect(budgetsMissed(evaluateBudgets(results))).toBe(true);
  });

  it('fails more than 5 ms over the banner floor, with the interval of the paired median', () => {
    const results = withinBudget();
    browserOf(results).detail.overFloor = {
      taskMs: { added: 5.2, addedInterval: { low: 1, high: 12, coverage: 0.96 } },
    };
    expect(rowOf(results, 'detail-over-floor')).toMatchObject({
      status: 'fail',
      interval: { low: 1, high: 12 },
    });
  });

  it('treats an invoice page measured without the floor beside it as not measured', () => {
    const results = withinBudget();
    browserOf(results).detail.overFloor = null;
    expect(rowOf(results, 'detail-over-floor')).toMatchObject({
      status: 'n/a',
      reason: 'not measured beside the banner floor',
    });
  });

  it('holds pages with no invoice to 2 ms of script, and lists to 15 ms', () => {
    const results = withinBudget();
    const browser = browserOf(results);
    browser.dashboard = load({ extensionScript: { median: 2.1, interval: null, n: 10 } });
    browser.customers = load({ extensionScript: { median: 2, interval: null, n: 10 } });
    browser.grid = load({
      marks: marksDrawn(30),
      extensionScript: { median: 15.1, interval: null, n: 10 },
    });
    expect(statusOf(results, 'dashboard-own-script')).toBe('fail');
    expect(statusOf(results, 'customers-own-script')).toBe('pass');
    expect(statusOf(results, 'grid-own-script')).toBe('fail');
    expect(statusOf(results, 'list-own-script')).toBe('pass');
  });

  it('fails a list on a single layout forced by our script, and n/a when none was looked for', () => {
    const results = withinBudget();
    browserOf(results).list.forcedLayouts = 1;
    browserOf(results).grid.forcedLayouts = null;
    expect(statusOf(results, 'list-forced-layouts')).toBe('fail');
    expect(statusOf(results, 'grid-forced-layouts')).toBe('n/a');
  });

  it('skips the mark budgets, saying why, while the build draws no row marks', () => {
    const results = withinBudget();
    browserOf(results).list.marks = { available: false, reason: 'this build draws no row marks' };
    expect(rowOf(results, 'list-mark-latency')).toMatchObject({
      status: 'skipped',
      reason: 'this build draws no row marks',
    });
    expect(budgetsMissed(evaluateBudgets(results))).toBe(false);
  });

  it('fails a build that draws marks when the marks of new rows are late or never come', () => {
    const results = withinBudget();
    browserOf(results).list.marks = marksDrawn(101);
    browserOf(results).grid.marks = marksDrawn(null, 10);
    expect(statusOf(results, 'list-mark-latency')).toBe('fail');
    expect(rowOf(results, 'grid-mark-latency')).toMatchObject({
      status: 'n/a',
      reason: 'the marks never came within the timeout',
    });
    expect(budgetsMissed(evaluateBudgets(results))).toBe(true);
  });

  it('counts long tasks caused by the extension on every page measured and in the storm', () => {
    const results = withinBudget();
    browserOf(results).customers.extensionLongTasks = 1;
    expect(rowOf(results, 'extension-long-tasks')).toMatchObject({ status: 'fail', value: 1 });
    const stormOnly = withinBudget();
    (stormOnly.browser as { storm: Load }).storm.extensionLongTasks = 2;
    expect(rowOf(stormOnly, 'extension-long-tasks')).toMatchObject({ value: 2 });
  });

  it('reports a page that was not measured as n/a, not as a pass', () => {
    const results = withinBudget();
    const browser = browserOf(results);
    browser.pages = ['detail', 'list', 'grid', 'customers'];
    delete (browser as Record<string, unknown>).dashboard;
    expect(rowOf(results, 'dashboard-own-script')).toMatchObject({
      status: 'n/a',
      reason: 'the dashboard page was not measured',
    });
  });

  it('holds a lower bound for verdicts per second, not an upper one', () => {
    const results = withinBudget();
    (results.pure as { verdicts: { perSecond: number } }).verdicts.perSecond = 999_999;
    expect(statusOf(results, 'verdicts-per-second')).toBe('fail');
  });

  it('treats a figure that could not be measured as a miss, with the reason', () => {
    const results = withinBudget();
    (results.browser as { latency: unknown }).latency = {
      available: false,
      reason: 'no <period-guard-ui> appeared',
    };
    const row = evaluateBudgets(results).find((r) => r.id === 'date-to-verdict');
    expect(row).toMatchObject({ status: 'n/a', reason: 'no <period-guard-ui> appeared' });
    expect(budgetsMissed(evaluateBudgets(results))).toBe(true);
  });

  it('skips the budgets of a section that was not run, without failing the check', () => {
    const { sizes } = withinBudget();
    const evaluated = evaluateBudgets({ sizes });
    expect(evaluated.filter((r) => r.status === 'skipped')).toHaveLength(
      BUDGETS.filter((b) => b.section !== 'sizes').length,
    );
    expect(budgetsMissed(evaluated)).toBe(false);
  });

  it('checks the larger content script and each zip against 100 KB and 300 KB', () => {
    const results = withinBudget();
    const sizes = results.sizes as Record<string, { zip: number; contentScripts: unknown }>;
    sizes.firefox = { zip: 301 * 1024, contentScripts: { buildops: { raw: 1, gzip: 101 * 1024 } } };
    expect(statusOf(results, 'zip-chrome')).toBe('pass');
    expect(statusOf(results, 'zip-firefox')).toBe('fail');
    expect(statusOf(results, 'content-script-gzip')).toBe('fail');
  });
});
