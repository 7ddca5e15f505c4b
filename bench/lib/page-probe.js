/*
 * Injected into every bench page before the page's own scripts (addInitScript), in the
 * page's main world. Records long tasks (≥ 50 ms) and when the extension's content script
 * marked the page, so a "with extension" run can prove the extension really ran.
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
  // The guard claims the page with a `data-period-guard` mark on <html> (lib/guard/page-claim.ts);
  // the floor and calibration extensions set the same mark. (WXT's "content script started"
  // postMessage is turned off: it told every page the extension's id.)
  new MutationObserver((_records, observer) => {
    if (!document.documentElement.hasAttribute('data-period-guard')) return;
    probe.contentScriptStartedAt ??= performance.now();
    observer.disconnect();
  }).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-period-guard'],
  });
})();
