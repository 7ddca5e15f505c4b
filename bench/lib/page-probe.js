/*
 * Injected into every bench page before the page's own scripts (addInitScript), in the
 * page's main world. Records long tasks (≥ 50 ms) and when the extension's content script
 * announced itself, so a "with extension" run can prove the extension really ran.
 */
(() => {
  const probe = { longTasks: [], contentScriptStartedAt: null };
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
  // WXT's content-script context posts '<runtime id>:<script name>:wxt:content-script-started'.
  window.addEventListener('message', (event) => {
    const type = event.data?.type;
    if (typeof type === 'string' && type.endsWith(':wxt:content-script-started')) {
      probe.contentScriptStartedAt ??= performance.now();
    }
  });
})();
