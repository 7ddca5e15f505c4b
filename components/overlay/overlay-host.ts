import { OVERLAY_TAG } from '../../lib/guard/overlay-tag';

/** Keys typed in our dialog must not reach the host's shortcuts. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * The host page's styles stop at the shadow boundary, but inherited properties (font, color,
 * line height…) would still flow in through the host element: reset them all there.
 */
const HOST_RESET = ':host{all:initial !important;}';

/** The overlay's host element, its open shadow root and the element the UI renders into. */
export interface OverlayHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
}

/**
 * Builds `<period-guard-ui>` with an open shadow root (the e2e driver and QA read it) holding
 * our styles and an empty container, not yet in the page. Our own few lines rather than WXT's
 * `createShadowRootUi`, whose extras we do not use. `css` must hold no `@font-face` or
 * `@property` rule: those only work in the document.
 */
export function createOverlayHost(doc: Document, css: string): OverlayHost {
  const host = doc.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${HOST_RESET}\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) {
    shadow.addEventListener(type, (event) => event.stopPropagation());
  }
  return { host, shadow, container };
}
