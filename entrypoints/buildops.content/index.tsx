import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountOverlay, removeEarlierOverlays } from '../../components/overlay/mount-overlay';
import { guardDepsFor } from '../../lib/guard/browser-deps';
import { startGuard } from '../../lib/guard/guard-controller';
import { claimPage } from '../../lib/guard/page-claim';
import { answerPageState } from '../../lib/guard/page-state-responder';
import { runtimeAlive } from '../../lib/guard/runtime-alive';

export default defineContentScript({
  matches: ['https://*.buildops.com/*'],
  // Styles go into our shadow root from the bundle (mount-overlay.tsx): nothing is exposed
  // as a web-accessible resource that the host page could probe.
  cssInjectionMode: 'manual',
  // WXT's legacy "content script started" window message would tell the page this
  // extension's id (and cost a structured clone on every load); its document event, which
  // WXT now relies on, stays. Our own page claim (page-claim.ts) settles which copy guards.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The guard outlives `ctx` on purpose: after an extension update the old copy keeps
    // holding exports (asking for a reload) until a newer copy claims the page.
    const lifetime = new AbortController();
    const claim = claimPage(document, lifetime, runtimeAlive);
    removeEarlierOverlays(document);
    const guard = startGuard(guardDepsFor(window, lifetime.signal, claim));
    answerPageState(guard, ctx.signal);
    ctx.onInvalidated(() => guard.refresh());
    mountOverlay(guard, lifetime.signal);
  },
});
