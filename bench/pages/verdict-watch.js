/*
 * Times "page change → the guard's verdict" from inside the page, where the change happens.
 * The guard's overlay is <period-guard-ui> with an open shadow root holding
 * [data-testid=pg-banner][data-verdict]. Mutation observers on the document
 * (for the host) and on the shadow root (for the banner) call back in the microtask after
 * the guard writes, so performance.now() there is when the verdict reached the DOM.
 */
(() => {
  function currentVerdict() {
    const host = document.querySelector('period-guard-ui');
    const banner = host?.shadowRoot?.querySelector('[data-testid="pg-banner"]');
    return banner ? banner.getAttribute('data-verdict') : null;
  }

  /** What the overlay looked like when the wait ended, to tell "no guard" from "slow guard". */
  function overlayState() {
    const host = document.querySelector('period-guard-ui');
    return {
      host: host !== null,
      openShadowRoot: Boolean(host?.shadowRoot),
      verdict: currentVerdict(),
    };
  }

  /**
   * Runs `change`, then resolves `{ ms }` once the banner says `expected`, or
   * `{ ms: null, reason, ...overlayState }` after `timeoutMs`. Refuses to time a change whose
   * verdict is already showing: that would measure nothing.
   */
  function timeChange(expected, timeoutMs, change) {
    const before = currentVerdict();
    if (before === expected) {
      return Promise.resolve({
        ms: null,
        reason: `verdict was already ${expected}`,
        ...overlayState(),
      });
    }
    return new Promise((resolve) => {
      const observers = [];
      let watchedRoot = null;
      let started = 0;
      let timer;
      const finish = (result) => {
        for (const observer of observers) observer.disconnect();
        clearTimeout(timer);
        resolve(result);
      };
      const check = () => {
        const host = document.querySelector('period-guard-ui');
        if (host?.shadowRoot && host.shadowRoot !== watchedRoot) {
          watchedRoot = host.shadowRoot;
          const observer = new MutationObserver(check);
          observer.observe(watchedRoot, {
            subtree: true,
            childList: true,
            attributes: true,
            attributeFilter: ['data-verdict'],
          });
          observers.push(observer);
        }
        if (currentVerdict() === expected) finish({ ms: performance.now() - started });
      };
      const documentObserver = new MutationObserver(check);
      documentObserver.observe(document.documentElement, { childList: true, subtree: true });
      observers.push(documentObserver);
      timer = setTimeout(
        () => finish({ ms: null, reason: 'timeout', ...overlayState() }),
        timeoutMs,
      );
      started = performance.now();
      change();
      check();
    });
  }

  window.BenchVerdictWatch = { timeChange, currentVerdict, overlayState };
})();
