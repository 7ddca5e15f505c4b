import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay } from '../../components/Overlay';
import overlayCss from '../../components/overlay.css?inline';
import type { GuardController } from '../../lib/guard/guard-controller';

/**
 * Mounts the overlay in `<period-guard-ui>` (open shadow root, PRODUCT.md §7) and keeps it
 * mounted if the host app wipes the body. WXT removes a UI when `ctx` is invalidated; ours
 * must stay while the guard does (orphan mode), so it is tied to the guard's lifetime.
 */
export async function mountOverlay(
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
  // Firefox injects the content script again into open tabs when the add-on is updated or
  // reloaded, and does away with the earlier copy without a word: its overlay stays on the
  // page, dead (a banner for whatever invoice it last saw, a dialog whose buttons no longer
  // answer). This copy has claimed the page (claimPage): it clears what an earlier one left.
  // A live earlier copy (Chrome never re-injects) stands down at its next look at the claim.
  for (const earlier of document.querySelectorAll('period-guard-ui')) earlier.remove();
  ui.mount();

  // Re-insert the same host (React tree and all) rather than mounting a second root.
  guard.onPageChange(() => {
    if (!ui.shadowHost.isConnected && !lifetime.aborted) document.body?.prepend(ui.shadowHost);
  });
}
