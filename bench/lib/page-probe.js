/*
 * Injected into every bench page before the page's own scripts (addInitScript), in the
 * page's main world. Records long tasks (≥ 50 ms). (Whether the extension's content script
 * ran is read from the page itself: metrics.mjs `readProbe`.)
 */
(() => {
  const probe = { longTasks: [] };
  window.__benchProbe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    probe.longTasks = null;
  }
})();
