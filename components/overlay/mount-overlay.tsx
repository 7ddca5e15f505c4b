import { createRoot, type Root } from 'react-dom/client';
import type { GuardController, GuardState } from '../../lib/guard/guard-controller';
import { OVERLAY_TAG } from '../../lib/guard/overlay-tag';
import { beforeNextFrame } from '../../lib/page/before-next-frame';
import { followBanner } from './follow-banner';
import { followListSummary } from './follow-list-summary';
import listSummaryCss from './list-summary.css?inline';
import { OverlayDialogs } from './OverlayDialogs';
import overlayCss from './overlay.css?inline';
import { createOverlayHost } from './overlay-host';

/**
 * Firefox re-injects the content script on update or reload and silently drops the earlier
 * copy, whose overlay stays on the page, dead. Once the new copy has claimed the page
 * (claimPage) it clears that at start, as a page without an invoice never mounts its own.
 */
export function removeEarlierOverlays(doc: Document): void {
  for (const earlier of doc.querySelectorAll(OVERLAY_TAG)) earlier.remove();
}

/**
 * True when the overlay has something to show: a verdict, a held export, a reload notice, or
 * the summary of an invoice list.
 */
function hasSomethingToShow(state: GuardState, guard: GuardController): boolean {
  const onList = (guard.list?.store.getState().summary ?? null) !== null;
  return state.verdict !== null || state.attempt !== null || state.orphaned || onList;
}

/** Longest wait for a frame before the banner is drawn anyway (a hidden tab draws none). */
const FRAME_FALLBACK_MS = 100;

/**
 * Mounts the overlay in `<period-guard-ui>` (open shadow root, docs/design.md) once the guard
 * has something to show, and keeps it mounted if the host wipes the body. It goes in just
 * before the next frame, painted with the host's render; a held export goes in at once. It
 * lives as long as the guard: after an update the old copy still holds exports (orphan mode).
 */
export function mountOverlay(guard: GuardController, lifetime: AbortSignal): void {
  let overlay: PreparedOverlay | undefined;
  let inserted = false;
  let cancelFrame: (() => void) | undefined;
  const insert = () => {
    if (inserted || lifetime.aborted || overlay === undefined) return;
    inserted = true;
    cancelFrame?.();
    unsubscribe();
    overlay.insert();
  };
  const start = () => {
    const state = guard.store.getState();
    if (inserted || lifetime.aborted || !hasSomethingToShow(state, guard)) return;
    overlay ??= prepareOverlay(guard, lifetime);
    if (state.attempt !== null || state.orphaned) insert();
    else cancelFrame ??= beforeNextFrame(window, FRAME_FALLBACK_MS, insert);
  };
  const unsubscribeGuard = guard.store.subscribe(start);
  const unsubscribeList = guard.list?.store.subscribe(start);
  const unsubscribe = () => {
    unsubscribeGuard();
    unsubscribeList?.();
  };
  lifetime.addEventListener('abort', () => {
    unsubscribe();
    cancelFrame?.();
  });
  start();
}

/** The overlay built but not yet in the page; `insert` puts it there. */
interface PreparedOverlay {
  insert(): void;
}

function prepareOverlay(guard: GuardController, lifetime: AbortSignal): PreparedOverlay {
  const { host, container } = createOverlayHost(document, `${overlayCss}\n${listSummaryCss}`);
  const banner = followBanner(guard, container, window);
  const listSummary = followListSummary(guard, container, window);
  const dialogs = mountDialogsOnFirstHold(guard, container);
  lifetime.addEventListener('abort', () => {
    banner.stop();
    listSummary.stop();
    dialogs.stop();
    host.remove();
  });
  return {
    insert() {
      document.body?.prepend(host);
      // Re-insert the same host (banner, dialogs and all) rather than building a second one.
      guard.onPageChange(() => {
        if (!host.isConnected && !lifetime.aborted) document.body?.prepend(host);
      });
    },
  };
}

/**
 * Mounts the dialogs (Preact) when the first export is held, not before: most invoice pages
 * never hold one, and a UI framework's first render is a cost the page would pay for
 * nothing. After that, the dialogs follow the guard themselves.
 */
function mountDialogsOnFirstHold(guard: GuardController, container: HTMLElement) {
  let root: Root | undefined;
  const mountIfHeld = () => {
    if (root || guard.store.getState().attempt === null) return;
    unsubscribe();
    const place = document.createElement('div');
    container.append(place);
    root = createRoot(place);
    const mounted = root;
    // In a microtask, as Preact renders a store change once mounted: the click that was held
    // finishes dispatching first.
    queueMicrotask(() => mounted.render(<OverlayDialogs guard={guard} />));
  };
  const unsubscribe = guard.store.subscribe(mountIfHeld);
  mountIfHeld();
  return {
    stop() {
      unsubscribe();
      root?.unmount();
    },
  };
}
