import { createRoot, type Root } from 'react-dom/client';
import listSummaryCss from '../../components/list-summary.css?inline';
import { OverlayDialogs } from '../../components/OverlayDialogs';
import overlayCss from '../../components/overlay.css?inline';
import type { GuardController, GuardState } from '../../lib/guard/guard-controller';
import { OVERLAY_TAG } from '../../lib/guard/overlay-tag';
import { beforeNextFrame } from '../../lib/page/before-next-frame';
import { followBanner } from './follow-banner';
import { followListSummary } from './follow-list-summary';
import { createOverlayHost } from './overlay-host';

/**
 * Firefox injects the content script again into open tabs when the add-on is updated or
 * reloaded, and does away with the earlier copy without a word: its overlay stays on the page,
 * dead (a banner for whatever invoice it last saw, a dialog whose buttons no longer answer).
 * The new copy, once it has claimed the page (claimPage), clears what an earlier one left, at
 * start rather than at its own mount: a page without an invoice never mounts one. Chrome
 * never re-injects, so there an earlier copy's overlay only exists on a page it still guards.
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
 * has something to show, and keeps it mounted if the host app wipes the body. A page with no
 * invoice (a list, a dashboard) never pays for the shadow root, its styles or a render.
 * The overlay is built, banner and all, as soon as there is something to show, in the guard's
 * own task, and only inserted just before the next frame (before-next-frame.ts): the guard
 * reads the page in a task posted ahead of the frame the host's render asks for (run-soon.ts),
 * and a banner inserted in that frame is laid out and painted with it. Drawn in a frame of its
 * own, it cost the whole invoice page one more style, layout and paint (8–14 ms traced on the
 * bench's invoice page; about 20 ms of main-thread time in the bench's paired loads). Building
 * it in the frame instead put 2–3 ms of our script into the host's frame task, already 45 ms or
 * more of style and layout on that page: enough to push it past 50 ms.
 * A held export or a reload notice is inserted at once: the user is waiting.
 * The overlay lives as long as the guard does, not as long as WXT's context: after an
 * extension update the old copy keeps holding exports (orphan mode) and needs its dialog.
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
