import { DIALOG } from './selectors';

/**
 * What a host app opens over its page: menus, popovers, drawers, dialogs. Material UI's modal
 * root (a portal at the end of `<body>`) is `role="presentation"`.
 */
const LAYER = `${DIALOG}, [role="menu"], [role="listbox"], [role="presentation"]`;

/**
 * True when `el` is `aria-hidden` only because a menu, drawer or dialog is open beside it (Radix
 * marks it `data-aria-hidden`; MUI and React Aria leave the layer a sibling or a body portal):
 * the invoice behind is still on screen, and a click in that menu is about it.
 */
export function isModalHidden(el: Element): boolean {
  if (el.hasAttribute('data-aria-hidden')) return true;
  const parent = el.parentElement;
  if (!parent) return false;
  const portals = parent === el.ownerDocument.body;
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling === el || sibling.hasAttribute('hidden')) continue;
    if (sibling.getAttribute('aria-hidden') === 'true') continue;
    if (sibling.matches(LAYER) || (portals && sibling.querySelector(LAYER))) return true;
  }
  return false;
}

/**
 * A test for "is `el` inside something the reader ignores", for one read: `always` is what is
 * never content (scripts, templates, `[hidden]`); `aria-hidden` hides too, unless a UI library
 * set it for an open menu or dialog. Each aria-hidden element is judged once per read.
 */
export function createHiddenTest(always: string): (el: Element) => boolean {
  const selector = `${always}, [aria-hidden="true"]`;
  const modal = new Map<Element, boolean>();
  const isModal = (el: Element): boolean => {
    let known = modal.get(el);
    if (known === undefined) {
      known = !el.matches(always) && isModalHidden(el);
      modal.set(el, known);
    }
    return known;
  };
  return (el) => {
    for (let hit = el.closest(selector); hit; hit = hit.parentElement?.closest(selector) ?? null) {
      if (!isModal(hit)) return true;
    }
    return false;
  };
}
