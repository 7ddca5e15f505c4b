import { createRoot, type Root } from 'react-dom/client';
import type { InvoiceSnapshot } from '../../lib/calendar/snapshot';
import type { Verdict } from '../../lib/calendar/verdict-types';
import { WaysOut } from '../WaysOut';

const roots = new WeakMap<Element, Root>();

/**
 * Draws the ways out into the banner's panel with the popup's components. Mounted the first
 * time the user asks, so a banner nobody opens never pays for a framework render.
 */
export function drawWaysOut(
  panel: HTMLElement,
  props: { verdict: Verdict; snapshot: InvoiceSnapshot | null; dayFirst: boolean },
): void {
  let root = roots.get(panel);
  if (!root) {
    root = createRoot(panel);
    roots.set(panel, root);
  }
  root.render(<WaysOut {...props} titleClassName="pg-banner-subtitle" />);
}

/** Takes the ways out down again (banner folded away, steps closed, overlay removed). */
export function clearWaysOut(panel: HTMLElement): void {
  roots.get(panel)?.unmount();
  roots.delete(panel);
}
