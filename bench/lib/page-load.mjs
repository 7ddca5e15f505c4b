import { mainThreadDelta, openMetrics, readProbe, waitForScreen } from './metrics.mjs';

/**
 * One page load in a fresh tab: main-thread time from before navigation to the end of the
 * settle window (load, the app's late render, then `settleMs` for the guard to read, judge
 * and draw), long tasks, and the JS heap left after a forced GC (isolated worlds included:
 * they share the page's V8 heap). `afterTimings(page)`, when given, runs once everything is
 * read; what it returns is the sample's `marks`.
 */
export async function measurePageLoad(launched, url, { settleMs, afterTimings = null }) {
  const page = await launched.context.newPage();
  try {
    const metrics = await openMetrics(launched.context, page);
    const before = await metrics.read();
    await page.goto(url, { waitUntil: 'load' });
    await waitForScreen(page);
    await page.waitForTimeout(settleMs);
    const after = await metrics.read();
    const heapBytes = await metrics.heapAfterGc();
    const probe = await readProbe(page);
    return {
      ...mainThreadDelta(before, after),
      heapBytes,
      longTasks: probe.longTasks,
      contentScriptRan: probe.contentScriptRan,
      overlay: probe.overlay,
      verdict: probe.verdict,
      nodes: probe.nodes,
      marks: afterTimings ? await afterTimings(page) : null,
    };
  } finally {
    await page.close();
  }
}

/** How long the bench waits for the marks of rows that appeared; the budget is far shorter. */
const MARK_TIMEOUT_MS = 1000;

/**
 * Row marks on a settled list page (bench/pages/mark-watch.js): which rows carry the right
 * mark; then, when the build marks rows, the page shows new rows (next page, scroll) and the
 * time until every one of them carries the right mark and no row a wrong one.
 */
export async function measureMarks(page, marksBuilt) {
  const atLoad = await page.evaluate(() => window.benchMarks.state());
  if (!marksBuilt) return { atLoad, afterChange: null };
  const afterChange = await page.evaluate(
    (timeout) => window.benchMarks.afterChange(timeout),
    MARK_TIMEOUT_MS,
  );
  return { atLoad, afterChange };
}
