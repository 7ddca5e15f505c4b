import { HIDDEN_INPUT } from './selectors';

/** Further left or above than this, a positioned copy is parked off-screen, not shown. */
const OFF_SCREEN_PX = -1000;

/** True when `el` or an ancestor is positioned far off-screen (a measuring or print copy). */
function isParkedOffScreen(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.position !== 'absolute' && style.position !== 'fixed') continue;
    const left = Number.parseFloat(style.left);
    const top = Number.parseFloat(style.top);
    if (left <= OFF_SCREEN_PX || top <= OFF_SCREEN_PX) return true;
  }
  return false;
}

/**
 * True when a value the reader found is on screen: not `display: none`, not `visibility:
 * hidden` (a collapsed MUI Collapse), not parked off-screen. It reads computed styles, so only
 * the few values a label led to are asked. A hidden input stands for the picker around it.
 */
export function isShownOnScreen(el: Element): boolean {
  const target = el.matches(HIDDEN_INPUT) ? (el.parentElement ?? el) : el;
  if (target.checkVisibility?.({ visibilityProperty: true }) === false) return false;
  return !isParkedOffScreen(target);
}
