import { createStore } from 'zustand/vanilla';
import { mountOverlay } from '../../../components/overlay/mount-overlay';
import type { GuardController, GuardState } from '../../../lib/guard/guard-controller';
import { OVERLAY_TAG } from '../../../lib/guard/overlay-tag';
import { closedVerdict, unsyncedInvoice } from '../../support/sample-invoices';

const quiet: GuardState = {
  reading: null,
  verdict: null,
  attempt: null,
  exporting: false,
  exportProblem: null,
  mode: 'warn',
  dayFirst: false,
  reasonRequired: false,
  orphaned: false,
  policyPending: false,
};

function fakeGuard(): GuardController {
  return {
    store: createStore<GuardState>(() => quiet),
    refresh: () => {},
    seen: () => ({ exportActions: { names: [], count: 0 } }),
    onPageChange: () => {},
    cancel: () => {},
    exportAnyway: async () => false,
    learnDateLabel: async () => ({ learned: false, message: '' }),
  };
}

/** Holds animation-frame callbacks until the test draws a frame. */
function holdFrames() {
  const callbacks: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    callbacks.push(callback);
    return callbacks.length;
  });
  return {
    draw() {
      for (const callback of callbacks.splice(0)) callback(performance.now());
    },
  };
}

const overlayInPage = () => document.querySelector(OVERLAY_TAG);
const bannerOf = (host: Element | null) =>
  host?.shadowRoot?.querySelector('[data-testid=pg-banner]');
const withInvoice = {
  verdict: closedVerdict,
  reading: { isInvoice: true, snapshot: unsyncedInvoice },
} as unknown as Partial<GuardState>;

let lifetime: AbortController;
beforeEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
  lifetime = new AbortController();
});
afterEach(() => lifetime.abort());

describe('mountOverlay', () => {
  it('builds nothing while there is nothing to show', () => {
    const frames = holdFrames();
    const guard = fakeGuard();
    const createElement = vi.spyOn(document, 'createElement');
    mountOverlay(guard, lifetime.signal);
    guard.store.setState({ mode: 'block' });
    frames.draw();
    expect(createElement).not.toHaveBeenCalled();
    expect(overlayInPage()).toBeNull();
  });

  it('builds the banner in the guard’s task and only inserts it in the next frame', () => {
    const frames = holdFrames();
    const guard = fakeGuard();
    mountOverlay(guard, lifetime.signal);
    guard.store.setState(withInvoice);
    expect(overlayInPage()).toBeNull();

    // The host's frame pays for inserting one prepared element, not for building it.
    const createElement = vi.spyOn(document, 'createElement');
    frames.draw();
    expect(createElement).not.toHaveBeenCalled();
    const host = overlayInPage();
    expect(host?.parentElement).toBe(document.body);
    expect(bannerOf(host)).toHaveAttribute('data-verdict', 'closed');
  });

  it('shows a verdict that changed before the frame, in that same frame', () => {
    const frames = holdFrames();
    const guard = fakeGuard();
    mountOverlay(guard, lifetime.signal);
    guard.store.setState(withInvoice);
    guard.store.setState({ verdict: { ...closedVerdict, kind: 'locked' } });
    frames.draw();
    expect(bannerOf(overlayInPage())).toHaveAttribute('data-verdict', 'locked');
  });

  it('inserts at once when an export is held: the user is waiting', () => {
    holdFrames();
    const guard = fakeGuard();
    mountOverlay(guard, lifetime.signal);
    guard.store.setState({
      ...withInvoice,
      attempt: { liveAction: document.createElement('button') },
    } as unknown as Partial<GuardState>);
    expect(overlayInPage()).not.toBeNull();
  });

  it('writes the dates to copy in the held-export dialog day-first for a day-first user', async () => {
    holdFrames();
    const guard = fakeGuard();
    mountOverlay(guard, lifetime.signal);
    guard.store.setState({
      ...withInvoice,
      dayFirst: true,
      attempt: { liveAction: () => null },
    } as unknown as Partial<GuardState>);
    const dialog = await vi.waitFor(() => {
      const found = overlayInPage()?.shadowRoot?.querySelector('[data-testid=pg-export-dialog]');
      if (!found) throw new Error('no dialog yet');
      return found;
    });
    const newDate = dialog.querySelector<HTMLInputElement>('[data-step=move-date] input');
    expect(newDate?.value).toBe('01/10/2026');
  });

  it('opens the ways out in the banner: steps, reopen request and Copy, dates day-first', async () => {
    const frames = holdFrames();
    const guard = fakeGuard();
    mountOverlay(guard, lifetime.signal);
    guard.store.setState({ ...withInvoice, dayFirst: true });
    frames.draw();
    const banner = bannerOf(overlayInPage()) as HTMLElement;
    const ask = [...banner.querySelectorAll('button')].find(
      (button) => button.textContent === 'What can I do?',
    );
    ask?.click();
    await vi.waitFor(() => {
      expect(banner.querySelector('[data-step=move-date] input')).toHaveValue('01/10/2026');
    });
    const request = banner.querySelector('textarea');
    expect(request?.value).toContain('Invoice: INV-1042');
    expect(request?.value).toContain('(15/09/2026)');
    expect(banner.querySelector('[aria-label="Copy Request to reopen the period"]')).not.toBeNull();
    expect(ask?.getAttribute('aria-expanded')).toBe('true');
  });

  it('remembers a folded banner for the tab, as one word, and ignores anything else', () => {
    const frames = holdFrames();
    sessionStorage.setItem('period-guard:banner', 'folded');
    const guard = fakeGuard();
    mountOverlay(guard, lifetime.signal);
    guard.store.setState(withInvoice);
    frames.draw();
    const banner = bannerOf(overlayInPage()) as HTMLElement;
    expect(banner).toHaveAttribute('data-folded', 'true');
    expect(banner).toHaveAttribute('data-verdict', 'closed');
    banner.querySelector<HTMLButtonElement>('[aria-label="Show Period Guard details"]')?.click();
    expect(banner).not.toHaveAttribute('data-folded');
    expect(sessionStorage.getItem('period-guard:banner')).toBeNull();
    banner.querySelector<HTMLButtonElement>('[aria-label="Hide Period Guard details"]')?.click();
    expect(banner).toHaveAttribute('data-folded', 'true');
    // Nothing about the invoice goes into storage the host page can read.
    expect(Object.entries(sessionStorage)).toEqual([['period-guard:banner', 'folded']]);
  });

  it('starts unfolded when the page left something else under the banner’s key', () => {
    const frames = holdFrames();
    sessionStorage.setItem('period-guard:banner', '{"folded":true}');
    const guard = fakeGuard();
    mountOverlay(guard, lifetime.signal);
    guard.store.setState(withInvoice);
    frames.draw();
    expect(bannerOf(overlayInPage())).not.toHaveAttribute('data-folded');
  });

  it('removes the overlay and inserts nothing more once the guard’s lifetime ends', () => {
    const frames = holdFrames();
    const guard = fakeGuard();
    mountOverlay(guard, lifetime.signal);
    guard.store.setState(withInvoice);
    lifetime.abort();
    frames.draw();
    expect(overlayInPage()).toBeNull();
  });
});
