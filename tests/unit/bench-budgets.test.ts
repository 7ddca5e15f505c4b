import {
  type BenchResults,
  BUDGETS,
  budgetsMissed,
  evaluateBudgets,
} from '../../bench/lib/budgets.mjs';
import { median, medianInterval, quantile } from '../../bench/lib/stats.mjs';

/** Results shaped like bench/run.mjs's, every figure inside its budget. */
function withinBudget(): BenchResults {
  const load = { taskMs: { added: 4 }, heapMB: { added: 0.4 }, extensionLongTasks: 0 };
  const build = {
    contentScripts: { buildops: { raw: 200_000, gzip: 60 * 1024 } },
    zip: 120 * 1024,
  };
  return {
    browser: {
      detail: load,
      list: load,
      storm: { addedShare: 0.005, extensionLongTasks: 0 },
      latency: { available: true, appear: { median: 30 }, edit: { median: 28 }, misses: 0 },
    },
    pure: { verdicts: { perSecond: 2_000_000 }, csvImport: { ms: 90 } },
    sizes: { chrome: build, firefox: build },
  };
}

function statusOf(results: BenchResults, id: string) {
  return evaluateBudgets(results).find((row) => row.id === id)?.status;
}

describe('bench budgets (issue 6)', () => {
  it('passes the check when every figure is inside its budget', () => {
    const evaluated = evaluateBudgets(withinBudget());
    expect(evaluated.map((row) => row.status)).toEqual(BUDGETS.map(() => 'pass'));
    expect(budgetsMissed(evaluated)).toBe(false);
  });

  it('fails the check when added main-thread time passes 15 ms', () => {
    const results = withinBudget();
    (results.browser as { detail: unknown }).detail = {
      taskMs: { added: 15.1 },
      heapMB: { added: 0.4 },
      extensionLongTasks: 0,
    };
    expect(statusOf(results, 'detail-main-thread')).toBe('fail');
    expect(budgetsMissed(evaluateBudgets(results))).toBe(true);
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

describe('bench statistics', () => {
  it('takes the median of an even count as the mean of the middle two, ignoring timeouts', () => {
    expect(median([9, 1, null, 4, 6])).toBe(5);
    expect(median([])).toBeNull();
  });

  it('interpolates quantiles between ranks', () => {
    expect(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBeCloseTo(91);
  });

  it('gives the order-statistic interval of the median: ranks 2 and 9 of 10, 6 and 15 of 20', () => {
    const ten = [7, 3, 10, 1, 9, 2, 8, 4, 6, 5];
    expect(medianInterval(ten)).toEqual({ low: 2, high: 9, coverage: 1 - 22 / 1024 });
    const twenty = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(medianInterval(twenty)).toMatchObject({ low: 6, high: 15 });
    expect(medianInterval(twenty)?.coverage).toBeGreaterThanOrEqual(0.95);
  });

  it('gives no interval when too few samples can reach the confidence asked', () => {
    expect(medianInterval([1, 2, 3, 4, 5])).toBeNull();
    expect(medianInterval([1, 2, 3, 4, 5, 6])).toMatchObject({ low: 1, high: 6 });
    expect(medianInterval([1, 2, 3, 4, 5, 6, null, null])).toMatchObject({ low: 1, high: 6 });
    expect(medianInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toMatchObject({ low: 4, high: 7 });
  });
});
