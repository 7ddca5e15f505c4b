import { type BannerView, createBannerView } from '../../components/banner-dom';
import { clearWaysOut, drawWaysOut } from '../../components/banner-ways-out';
import type { GuardController } from '../../lib/guard/guard-controller';
import { beforeNextFrame } from '../../lib/page/before-next-frame';
import { bannerFoldedInTab, rememberBannerFolded } from '../../lib/page/tab-memory';

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
  let drawn: unknown[] = [];
  let cancelFrame: (() => void) | undefined;

  const draw = () => {
    cancelFrame = undefined;
    const { verdict, reading, orphaned, dayFirst } = guard.store.getState();
    const snapshot = reading?.snapshot ?? null;
    const next = [verdict, snapshot, orphaned, dayFirst, folded, stepsOpen];
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
    });
    const showSteps = stepsOpen && !folded && verdict.kind !== 'open';
    view.draw({ verdict, snapshot, folded, stepsOpen: showSteps });
    if (showSteps) drawWaysOut(view.panel, { verdict, snapshot, dayFirst });
    else clearWaysOut(view.panel);
    if (!view.element.isConnected) container.prepend(view.element);
  };

  draw();
  const unsubscribe = guard.store.subscribe(() => {
    cancelFrame ??= beforeNextFrame(win, FRAME_FALLBACK_MS, draw);
  });
  return {
    stop() {
      unsubscribe();
      cancelFrame?.();
      if (view) clearWaysOut(view.panel);
    },
  };
}
