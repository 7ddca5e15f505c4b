/**
 * Functions run inside a host page (serialised by playwright / puppeteer: they must not close
 * over anything) to look at our overlay and at where focus is, as a user would see them.
 */

/** How many overlays and export dialogs the page holds, and the dialog's verdict. */
export function overlayCensus(): { hosts: number; dialogs: number; dialogVerdict: string | null } {
  const hosts = [...document.querySelectorAll('period-guard-ui')];
  const dialogs = hosts.flatMap((host) => [
    ...(host.shadowRoot?.querySelectorAll('[data-testid="pg-export-dialog"]') ?? []),
  ]);
  return {
    hosts: hosts.length,
    dialogs: dialogs.length,
    dialogVerdict: dialogs[0]?.getAttribute('data-verdict') ?? null,
  };
}

/**
 * The banner as one line, `verdict invoice date` (blank parts for absent attributes), or null
 * without a banner.
 */
export function bannerLine(): string | null {
  const host = document.querySelector('period-guard-ui');
  const banner = host?.shadowRoot?.querySelector('[data-testid="pg-banner"]');
  if (!banner) return null;
  return ['data-verdict', 'data-invoice', 'data-date']
    .map((name) => banner.getAttribute(name) ?? '')
    .join(' ');
}

/**
 * Starts recording every banner line the page shows into `window.__bannerLog` (consecutive
 * repeats once), so a test can check that no stale line ever appeared, not just the last one.
 */
export function recordBannerLines(): number {
  const host = document.querySelector('period-guard-ui');
  const root = host?.shadowRoot;
  if (!root) throw new Error('no overlay to watch');
  const log: string[] = [];
  (window as unknown as { __bannerLog: string[] }).__bannerLog = log;
  const record = () => {
    const banner = root.querySelector('[data-testid="pg-banner"]');
    if (!banner) return;
    const line = ['data-verdict', 'data-invoice', 'data-date']
      .map((name) => banner.getAttribute(name) ?? '')
      .join(' ');
    if (log[log.length - 1] !== line) log.push(line);
  };
  new MutationObserver(record).observe(root, { subtree: true, childList: true, attributes: true });
  record();
  return log.length;
}

export function bannerLog(): string[] {
  return [...((window as unknown as { __bannerLog?: string[] }).__bannerLog ?? [])];
}

/**
 * Where keyboard focus is: `overlay:<testid or text>` inside our shadow root, `#id` for a
 * host element that is on the page, `#id (detached)` for one that left it, `body` for nowhere.
 */
export function focusedElement(): string {
  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement) return 'body';
  const inner = active.shadowRoot?.activeElement;
  if (inner) return `overlay:${inner.getAttribute('data-testid') ?? inner.textContent}`;
  const name = active.id ? `#${active.id}` : active.tagName.toLowerCase();
  return active.isConnected ? name : `${name} (detached)`;
}

/** Errors the page's own listeners caught (faults.html keeps them in `window.__errors`). */
export function pageCaughtErrors(): string[] {
  return [...((window as unknown as { __errors?: string[] }).__errors ?? [])];
}
