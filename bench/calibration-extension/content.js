/*
 * A stand-in for the guard with known, deliberate costs, so the bench can be checked against
 * them (npm run bench -- --calibrate): it must report about +100 ms main-thread time and one
 * long task from the extension per page load, about +3.3 MB of heap, a busy mutation storm,
 * and verdicts on the banner hooks of docs/design.md. Every budget but the latency ones
 * should fail with it.
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

  let pending = false;
  const schedule = () => {
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
