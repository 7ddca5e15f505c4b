import { DIALOG, NEVER_SHOWN } from './selectors';

/**
 * Drawers, side panels and dialogs a host app shows an invoice in, over a list: ARIA dialogs
 * wherever they are, and Material UI's modal roots (a `role="presentation"` portal at the end
 * of `<body>`, whose Drawer paper has no role of its own).
 */
const PANEL = `${DIALOG}, body > [role="presentation"]`;

/**
 * The panels open on the page, outermost first. One selector query per read; only its few
 * matches are checked for visibility (a kept-mounted drawer sits closed in the DOM,
 * `visibility: hidden`), so a page with none costs no style work.
 */
export function openPanels(root: ParentNode): Element[] {
  const panels: Element[] = [];
  for (const panel of Array.from(root.querySelectorAll(PANEL))) {
    if (panels.some((outer) => outer.contains(panel))) continue;
    if (panel.closest(NEVER_SHOWN)) continue;
    if (panel.checkVisibility?.({ visibilityProperty: true }) === false) continue;
    panels.push(panel);
  }
  return panels;
}
