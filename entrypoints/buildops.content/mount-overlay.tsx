import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay } from '../../components/Overlay';
import overlayCss from '../../components/overlay.css?inline';
import type { GuardController, GuardState } from '../../lib/guard/guard-controller';

/**
 * Firefox injects the content script again into open tabs when the add-on is updated or
 * reloaded, and does away with the earlier copy without a word: its overlay stays on the page,
 * dead (a banner for whatever invoice it last saw, a dialog whose buttons no longer answer).
 * The new copy, once it has claimed the page (claimPage), clears what an earlier one left, at
 * start rather than at its own mount: a page without an invoice never mounts one. Chrome
 * never re-injects, so there an earlier copy's overlay only exists on a page it still guards.
 */
export function removeEarlierOverlays(doc: Document): void {
  for (const earlier of doc.querySelectorAll('period-guard-ui')) earlier.remove();
}

/** True when the overlay has something to show: a verdict, a held export, a reload notice. */
function hasSomethingToShow(state: GuardState): boolean {
  return state.verdict !== null || state.attempt !== null || state.orphaned;
}

/**
 * Mounts the overlay in `<period-guard-ui>` (open shadow root, PRODUCT.md §7) once the guard
 * has something to show, and keeps it mounted if the host app wipes the body. A page with no
 * invoice (a list, a dashboard) never pays for the shadow root, its styles or a render. The
 * mount runs in a task of its own, so it never lengthens the task that read the page.
 * WXT removes a UI when `ctx` is invalidated; ours must stay while the guard does (orphan
 * mode), so it is tied to the guard's lifetime.
 */
export function mountOverlay(
  ctx: ContentScriptContext,
  guard: GuardController,
  lifetime: AbortSignal,
): void {
  let started = false;
  const start = () => {
    if (started || lifetime.aborted || !hasSomethingToShow(guard.store.getState())) return;
    started = true;
    unsubscribe();
    setTimeout(() => {
      if (!lifetime.aborted) void mountNow(ctx, guard, lifetime);
    }, 0);
  };
  const unsubscribe = guard.store.subscribe(start);
  lifetime.addEventListener('abort', unsubscribe);
  start();
}

async function mountNow(
  ctx: ContentScriptContext,
  guard: GuardController,
  lifetime: AbortSignal,
): Promise<void> {
  const uiContext = {
    options: ctx.options,
    onInvalidated(callback: () => void) {
      lifetime.addEventListener('abort', callback);
      return () => lifetime.removeEventListener('abort', callback);
    },
  } as unknown as ContentScriptContext;

  const ui = await createShadowRootUi<Root>(uiContext, {
    name: 'period-guard-ui',
    css: overlayCss,
    position: 'inline',
    anchor: 'body',
    append: 'first',
    // Keys typed in our dialog must not reach the host's shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      const root = createRoot(container);
      root.render(<Overlay guard={guard} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  if (lifetime.aborted) return;
  ui.mount();

  // Re-insert the same host (React tree and all) rather than mounting a second root.
  guard.onPageChange(() => {
    if (!ui.shadowHost.isConnected && !lifetime.aborted) document.body?.prepend(ui.shadowHost);
  });
}
