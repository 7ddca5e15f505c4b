/*
 * Times "rows appear → the guard's row marks on them" from inside a list page. The guard marks
 * a row with a <period-guard-mark data-invoice="…"> inside it; the page knows which of its
 * rows should carry one (BenchApp.listInvoice: not synced, dated in a closed or locked period
 * of the bench calendar). Rows carry data-bench-invoice, the invoice they show right now.
 */
(() => {
  const MARK = 'period-guard-mark';

  /** Marks in place: right (on a row that should have one, for that row's invoice) and wrong. */
  function markState() {
    let expected = 0;
    let right = 0;
    let wrong = 0;
    for (const row of document.querySelectorAll('[data-bench-invoice]')) {
      const invoice = row.getAttribute('data-bench-invoice');
      const index = Number(invoice.slice(4)) - 18000;
      const should = window.BenchApp.listInvoice(index).markExpected;
      const marks = row.getElementsByTagName(MARK);
      let matching = 0;
      for (const mark of marks) {
        if (mark.getAttribute('data-invoice') === invoice) matching += 1;
        else wrong += 1;
      }
      if (should) {
        expected += 1;
        if (matching > 0) right += 1;
      } else {
        wrong += matching;
      }
    }
    return { expected, right, wrong, marks: document.getElementsByTagName(MARK).length };
  }

  /**
   * Calls `change` (which leaves new rows in the DOM), then resolves once every row in the
   * DOM carries the marks it should and no other: `{ ms }` from the end of the change, or
   * `{ ms: null }` after `timeoutMs`, with the state then.
   */
  function timeMarks(change, timeoutMs) {
    change();
    const started = performance.now();
    return new Promise((resolve) => {
      let timer;
      const finish = (ms) => {
        observer.disconnect();
        clearTimeout(timer);
        resolve({ ms, ...markState() });
      };
      const check = () => {
        const state = markState();
        if (state.right === state.expected && state.wrong === 0)
          finish(performance.now() - started);
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-invoice', 'data-verdict'],
      });
      timer = setTimeout(() => finish(null), timeoutMs);
      check();
    });
  }

  window.benchMarks = {
    state: markState,
    /** Rows that appear by the page's change (next page, scroll) → their marks. */
    afterChange: (timeoutMs) => timeMarks(() => window.benchList.change(), timeoutMs),
  };
})();
