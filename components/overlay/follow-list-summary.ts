import type { GuardController } from '../../lib/guard/guard-controller';
import { beforeNextFrame } from '../../lib/page/before-next-frame';
import { markBadge } from '../../lib/page/row-mark';
import { ROW } from '../../lib/page/selectors';
import { createListSummaryView, type ListSummaryView } from './list-summary-dom';

/** Longest wait for a frame before the summary is drawn anyway (a hidden tab draws none). */
const FRAME_FALLBACK_MS = 100;

/**
 * Keeps the list summary in step with the list guard: drawn just before the next frame when
 * the counts or the marked rows change, removed when the page shows no list (or shows an
 * invoice, whose banner says everything). The step buttons move focus to each mark in turn
 * and bring its row into view; that scroll is the one layout the summary causes, on a click.
 */
export function followListSummary(guard: GuardController, container: HTMLElement, win: Window) {
  const list = guard.list;
  if (!list) return { stop() {} };
  let view: ListSummaryView | undefined;
  let collapsed = false;
  let step = -1;
  let position: string | undefined;
  let cancelFrame: (() => void) | undefined;

  const draw = () => {
    cancelFrame = undefined;
    const { summary, marked } = list.store.getState();
    if (!summary || guard.store.getState().orphaned) {
      view?.element.remove();
      view = undefined;
      return;
    }
    view ??= createListSummaryView(win.document, {
      onToggle() {
        collapsed = !collapsed;
        draw();
      },
      onStep(direction) {
        const marks = list.marks();
        if (marks.length === 0) return;
        step = (step + direction + marks.length) % marks.length;
        const mark = marks[step] as HTMLElement;
        const row = mark.closest(ROW) ?? mark.parentElement ?? mark;
        row.scrollIntoView({ block: 'center' });
        markBadge(mark)?.focus({ preventScroll: true });
        const number = mark.getAttribute('data-invoice');
        position = `${number || 'Marked invoice'}, ${step + 1} of ${marks.length}`;
        draw();
      },
    });
    view.draw({ summary, marks: marked.length, collapsed, position });
    if (!view.element.isConnected) container.prepend(view.element);
  };

  draw();
  const redraw = () => {
    position = undefined;
    cancelFrame ??= beforeNextFrame(win, FRAME_FALLBACK_MS, draw);
  };
  const unsubscribe = list.store.subscribe(redraw);
  const unsubscribeGuard = guard.store.subscribe(() => {
    cancelFrame ??= beforeNextFrame(win, FRAME_FALLBACK_MS, draw);
  });
  return {
    stop() {
      unsubscribe();
      unsubscribeGuard();
      cancelFrame?.();
    },
  };
}
