import { mainThreadDelta, openMetrics, readProbe, waitForScreen } from './metrics.mjs';

/**
 * One page load in a fresh tab: main-thread time from before navigation to the end of the
 * settle window (load, the app's late render, then `settleMs` for the guard to read, judge
 * and draw), long tasks, and the JS heap left after a forced GC (isolated worlds included:
 * they share the page's V8 heap).
 */
export async function measurePageLoad(launched, url, { settleMs }) {
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
    };
  } finally {
    await page.close();
  }
}
