/**
 * The second floor of the bench (`npm run bench -- --floor-banner`): the cost of showing
 * Period Guard's banner at all. One storage read (the guard's start-up needs one), then, once
 * the bench page has drawn its screen, the real banner (components/overlay/banner-dom.ts) in
 * the real shadow-root host with the real styles, drawn just before the next frame as the guard
 * draws it. It reads no page text and judges nothing: the verdict is fixed. bench/run.mjs
 * bundles it with Vite into .output/bench-banner-floor beside this manifest.
 */
import { createBannerView } from '../../components/overlay/banner-dom';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { createOverlayHost } from '../../components/overlay/overlay-host';
import type { Verdict } from '../../lib/calendar/verdict-types';
import { beforeNextFrame } from '../../lib/page/before-next-frame';

declare const chrome: { storage: { local: { get(keys: string[]): Promise<unknown> } } };

const VERDICT: Verdict = {
  kind: 'closed',
  date: '2026-03-12',
  dateSource: 'invoice',
  period: { name: 'Mar 2026', start: '2026-03-01', end: '2026-03-31', status: 'closed' },
  closedThrough: '2026-03-31',
  firstOpenDay: '2026-04-01',
};

function draw(): void {
  const { host, container } = createOverlayHost(document, overlayCss);
  const snapshot = { invoiceNumber: 'INV-20417', invoiceDate: '2026-03-12' };
  const banner = createBannerView(document, { onToggleFolded() {}, onToggleSteps() {} });
  banner.draw({ verdict: VERDICT, snapshot, folded: false, stepsOpen: false });
  container.append(banner.element);
  document.body.prepend(host);
}

/** Draws once the bench page says its screen is drawn (it sets data-bench-ready). */
function drawWhenReady(): void {
  const root = document.documentElement;
  const ready = () => root.dataset.benchReady === 'true';
  if (ready()) {
    beforeNextFrame(window, 100, draw);
    return;
  }
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    beforeNextFrame(window, 100, draw);
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-bench-ready'] });
}

// Marks the page as the guard does (lib/guard/page-claim.ts), so the bench knows it ran.
document.documentElement.setAttribute('data-period-guard', 'floor-banner');
void chrome.storage.local.get(['calendar', 'calendar$']).then(drawWhenReady);
