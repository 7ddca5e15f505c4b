/**
 * CDP Performance metrics for one page. Durations are read in thread ticks (the renderer
 * main thread's own CPU time): on a two-core machine running two browsers, wall-clock task
 * time also counts the moments the thread waited for a core, which is noise, not cost.
 */
export async function openMetrics(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  };
  return {
    cdp,
    read,
    /** Forces a full garbage collection, then reads the JS heap in use (bytes). */
    async heapAfterGc() {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await read()).JSHeapUsedSize;
    },
  };
}

/**
 * Main-thread milliseconds between two readings: all tasks, script alone, style and layout;
 * and how many layouts ran. A banner drawn in a frame of its own, rather than with the host's
 * render, shows as one more layout, and costs the page a frame's style, layout and paint.
 */
export function mainThreadDelta(before, after) {
  return {
    layouts: after.LayoutCount - before.LayoutCount,
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    styleLayoutMs:
      (after.RecalcStyleDuration -
        before.RecalcStyleDuration +
        after.LayoutDuration -
        before.LayoutDuration) *
      1000,
  };
}

/** What the page and the probe saw: long tasks, the content script, the guard's verdict. */
export function readProbe(page) {
  return page.evaluate(() => {
    const host = document.querySelector('period-guard-ui');
    const banner = host?.shadowRoot?.querySelector('[data-testid="pg-banner"]');
    return {
      longTasks: window.__benchProbe?.longTasks ?? null,
      // The guard claims the page with a data-period-guard mark on <html>
      // (lib/guard/page-claim.ts); the floor and calibration extensions set the same mark.
      contentScriptRan: document.documentElement.hasAttribute('data-period-guard'),
      overlay: host !== null,
      verdict: banner ? banner.getAttribute('data-verdict') : null,
      nodes: document.getElementsByTagName('*').length,
    };
  });
}

/** Waits until the bench page has drawn its screen (it sets data-bench-ready). */
export function waitForScreen(page) {
  return page.waitForFunction(
    () => document.documentElement.dataset.benchReady === 'true',
    undefined,
    {
      polling: 50,
      timeout: 30_000,
    },
  );
}
