import { mainThreadDelta, openMetrics, readProbe, waitForScreen } from './metrics.mjs';

/**
 * The mutation storm: after the page has settled, its job timer re-renders every frame for
 * `windowMs`; main-thread time over exactly that window, as a share of it.
 */
export async function measureStorm(launched, url, { settleMs, windowMs }) {
  const page = await launched.context.newPage();
  try {
    const metrics = await openMetrics(launched.context, page);
    await page.goto(url, { waitUntil: 'load' });
    await waitForScreen(page);
    await page.waitForTimeout(settleMs);
    const before = await metrics.read();
    const storm = await page.evaluate(async (ms) => {
      const startedAt = performance.now();
      const result = await window.benchStorm.run(ms);
      return { ...result, startedAt };
    }, windowMs);
    const after = await metrics.read();
    const probe = await readProbe(page);
    const main = mainThreadDelta(before, after);
    return {
      ...main,
      windowMs: storm.ms,
      frames: storm.frames,
      busyShare: main.taskMs / storm.ms,
      longTasks: probe.longTasks?.filter((task) => task.start >= storm.startedAt) ?? null,
      contentScriptRan: probe.contentScriptRan,
      overlay: probe.overlay,
      verdict: probe.verdict,
    };
  } finally {
    await page.close();
  }
}
