/*
 * A stand-in for the guard with known, deliberate costs, so the bench can be checked against
 * them (npm run bench -- --calibrate): busy work at start (a long task from the extension on
 * every load), a few MB of heap kept, a re-read on every mutation, verdicts on the banner
 * hooks of docs/design.md, and row marks on invoice lists drawn late on purpose, each forcing
 * a layout. The bench must report all of it, and every budget but the verdict-latency ones
 * must fail.
 */
(() => {
  document.documentElement.setAttribute('data-period-guard', 'calibration');

  function busy(ms) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // burn the main thread on purpose
    }
  }

  busy(100);
  const retained = [];
  for (let i = 0; i < 50_000; i++) retained.push({ i, label: `retained ${i}` });
  globalThis.__calibrationRetained = retained;

  const host = document.createElement('period-guard-ui');
  const shadow = host.attachShadow({ mode: 'open' });
  const banner = document.createElement('div');
  banner.dataset.testid = 'pg-banner';
  shadow.append(banner);

  function invoiceDateText() {
    for (const label of document.querySelectorAll('label, p')) {
      if (label.textContent.trim() !== 'Invoice Date') continue;
      if (label instanceof HTMLLabelElement) return document.getElementById(label.htmlFor)?.value;
      return label.nextElementSibling?.textContent;
    }
    return undefined;
  }

  function judge() {
    busy(0.5);
    const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(invoiceDateText()?.trim() ?? '');
    if (!match) return 'unreadable-date';
    return `${match[3]}-${match[1]}-${match[2]}` <= '2026-03-31' ? 'closed' : 'open';
  }

  function render() {
    banner.dataset.verdict = judge();
    banner.textContent = `Calibration verdict: ${banner.dataset.verdict}`;
    if (!host.isConnected) document.body.append(host);
  }

  /** A list row's invoice number and whether it needs a mark: not synced, dated Jan–Mar 2026. */
  function rowMark(row) {
    const cells = [...row.querySelectorAll('td, [role="gridcell"]')].map((c) => c.textContent);
    const number = cells.find((text) => /^INV-\d+$/.test(text));
    const date = cells.find((text) => /^\d{2}\/\d{2}\/\d{4}$/.test(text));
    if (!number || !date || cells.includes('Synced')) return { number, needed: false };
    return { number, needed: date.endsWith('2026') && date.slice(0, 2) <= '03' };
  }

  function markRows() {
    for (const row of document.querySelectorAll('tbody tr, [role="row"][aria-rowindex]')) {
      const { number, needed } = rowMark(row);
      const mark = row.querySelector('period-guard-mark');
      if (!needed) {
        mark?.remove();
        continue;
      }
      if (mark?.getAttribute('data-invoice') === number) continue;
      const next = mark ?? document.createElement('period-guard-mark');
      next.setAttribute('data-verdict', 'closed');
      next.setAttribute('data-invoice', number);
      if (!mark) {
        row.append(next);
        // A layout read right after our write: the forced layout the bench must catch.
        void row.offsetHeight;
      }
    }
  }

  /** Far past the row-mark budget, so that budget must fail. */
  const MARK_DELAY_MS = 250;
  let marksPending = false;
  const scheduleMarks = () => {
    if (marksPending) return;
    marksPending = true;
    setTimeout(() => {
      marksPending = false;
      markRows();
    }, MARK_DELAY_MS);
  };

  let pending = false;
  const schedule = (records) => {
    if (Array.isArray(records) && records.some((r) => r.target.nodeName !== 'PERIOD-GUARD-MARK'))
      scheduleMarks();
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      render();
    }, 16);
  };
  new MutationObserver(schedule).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  window.addEventListener('input', schedule, true);
  render();
})();
