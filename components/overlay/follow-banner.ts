import type { GuardController } from '../../lib/guard/guard-controller';
import { OVERLAY_TAG } from '../../lib/guard/overlay-tag';
import { beforeNextFrame } from '../../lib/page/before-next-frame';
import { pickElement } from '../../lib/page/pick-element';
import { bannerFoldedInTab, rememberBannerFolded } from '../../lib/page/tab-memory';
import { type BannerView, createBannerView } from './banner-dom';
import { clearWaysOut, drawWaysOut } from './banner-ways-out';

/** Longest wait for a frame before the banner is drawn anyway (a hidden tab draws none). */
const FRAME_FALLBACK_MS = 100;

/**
 * Keeps the banner in step with the guard's verdict: redrawn in place, just before the next
 * frame, when the verdict, the invoice it is about or the date order changes; removed while
 * there is none or this copy is orphaned (its verdicts are no longer kept current). What the
 * user does with it (fold, open the ways out) is drawn at once: they are looking at it.
 */
export function followBanner(guard: GuardController, container: HTMLElement, win: Window) {
  let view: BannerView | undefined;
  let folded = bannerFoldedInTab(win);
  let stepsOpen = false;
  // Teaching: picking the date on the page, and what came of the last pick (for this invoice).
  let stopPicking: (() => void) | undefined;
  let note: { text: string; invoice: string | undefined } | null = null;
  const outline = pickOutline(win.document, container);
  let drawn: unknown[] = [];
  let cancelFrame: (() => void) | undefined;

  const draw = () => {
    cancelFrame = undefined;
    const { verdict, reading, orphaned, dayFirst } = guard.store.getState();
    const snapshot = reading?.snapshot ?? null;
    const teachable = verdict?.kind === 'unreadable-date' && reading !== null && !orphaned;
    if (!teachable) endPicking();
    if (note && note.invoice !== snapshot?.invoiceNumber) note = null;
    const picking = stopPicking !== undefined;
    const next = [verdict, snapshot, orphaned, dayFirst, folded, stepsOpen, picking, note];
    if (next.every((value, i) => value === drawn[i])) return;
    drawn = next;
    if (!verdict || orphaned) {
      if (view) clearWaysOut(view.panel);
      view?.element.remove();
      view = undefined;
      return;
    }
    view ??= createBannerView(win.document, {
      onToggleFolded() {
        folded = !folded;
        rememberBannerFolded(win, folded);
        draw();
      },
      onToggleSteps() {
        stepsOpen = !stepsOpen;
        draw();
      },
      onTeach() {
        if (stopPicking) endPicking();
        else startPicking();
        draw();
      },
    });
    const showSteps = stepsOpen && !folded && verdict.kind !== 'open';
    view.draw({
      verdict,
      snapshot,
      folded,
      stepsOpen: showSteps,
      ...(teachable ? { teach: { picking } } : {}),
      note: note?.text ?? null,
    });
    if (showSteps) drawWaysOut(view.panel, { verdict, snapshot, dayFirst });
    else clearWaysOut(view.panel);
    if (!view.element.isConnected) container.prepend(view.element);
  };

  function startPicking() {
    note = null;
    stopPicking = pickElement({
      win,
      isOwn: (element) => element.closest(OVERLAY_TAG) !== null,
      onHover: outline.follow,
      onCancel() {
        endPicking();
        draw();
      },
      async onPick(element) {
        endPicking();
        draw();
        const invoice = guard.store.getState().reading?.snapshot.invoiceNumber;
        const outcome = await guard.learnDateLabel(element);
        note = { text: outcome.message, invoice };
        draw();
      },
    });
  }
  function endPicking() {
    stopPicking?.();
    stopPicking = undefined;
    outline.follow(null);
  }

  draw();
  const unsubscribe = guard.store.subscribe(() => {
    cancelFrame ??= beforeNextFrame(win, FRAME_FALLBACK_MS, draw);
  });
  return {
    stop() {
      unsubscribe();
      cancelFrame?.();
      endPicking();
      if (view) clearWaysOut(view.panel);
    },
  };
}

/**
 * The outline around what the pointer is over while the user picks the date: drawn in our own
 * shadow root over the page, so no host element is restyled. Made on first use; positioned
 * just before a frame, so a pointer crossing many elements costs one layout read per frame.
 */
function pickOutline(doc: Document, container: HTMLElement) {
  let box: HTMLElement | undefined;
  let target: Element | null = null;
  let frame = 0;
  const place = () => {
    frame = 0;
    if (!box) return;
    const rect = target?.getBoundingClientRect();
    box.hidden = !rect;
    if (!rect) return;
    box.style.transform = `translate(${rect.left - 3}px, ${rect.top - 3}px)`;
    box.style.width = `${rect.width + 6}px`;
    box.style.height = `${rect.height + 6}px`;
  };
  return {
    follow(element: Element | null) {
      target = element;
      if (!element && !box) return;
      if (!box) {
        box = doc.createElement('div');
        box.className = 'pg-pick-outline';
        box.setAttribute('aria-hidden', 'true');
        container.append(box);
      }
      const view = doc.defaultView;
      if (!element) {
        box.hidden = true;
        return;
      }
      if (frame === 0 && view) frame = view.requestAnimationFrame(place);
    },
  };
}
