import { NEVER_EXPORT_WORDS } from '../settings/defaults';
import { accessibleName } from './accessible-name';
import { normalizeName } from './normalize-label';

/**
 * What a user can activate: the elements whose names the guard reads (PRODUCT.md §4).
 * Inputs are narrowed to button and submit inputs by {@link isActionable}, through the
 * `type` property, which the DOM already lower-cases.
 */
export const ACTIONABLE = 'button, a[href], a[role], [role="button"], [role="menuitem"], input';
const BUTTON_INPUT_TYPES = new Set(['button', 'submit']);

/** True when `el` is something a user activates (a button input, not a text input). */
export function isActionable(el: Element): boolean {
  if (!el.matches(ACTIONABLE)) return false;
  return (
    el.tagName.toUpperCase() !== 'INPUT' || BUTTON_INPUT_TYPES.has((el as HTMLInputElement).type)
  );
}

const NEVER = NEVER_EXPORT_WORDS.map(normalizeName);

/**
 * True when `el` is an action that sends the invoice to Intacct: an actionable element
 * whose accessible name is one of `exportWords` or starts with one ("Export" matches
 * "Export invoice"; "Sync" does not match "Re-sync", which is its own word). Never when the
 * name mentions PDF, CSV, Excel, Print or Download: those only make files, and stopping them
 * would teach users to ignore the guard.
 */
export function isExportAction(el: Element, exportWords: readonly string[]): boolean {
  if (!isActionable(el)) return false;
  const name = normalizeName(accessibleName(el));
  if (name === '') return false;
  const words = name.split(' ');
  if (words.some((word) => NEVER.some((never) => word.startsWith(never)))) return false;
  return exportWords
    .map(normalizeName)
    .some((w) => w !== '' && (name === w || name.startsWith(`${w} `)));
}

/**
 * The export action an event landed on, or null. Climbs from the target (an icon or a
 * span inside a button, or a text node) to the nearest actionable element and tests that
 * one only: an outer element's name is not what the user clicked.
 */
export function findExportAction(
  target: EventTarget | null,
  exportWords: readonly string[],
): Element | null {
  const node = target as Partial<Node> | null;
  if (!node || typeof node.nodeType !== 'number') return null;
  const start = node.nodeType === 1 ? (node as Element) : (node.parentElement ?? null);
  const action = start?.closest(ACTIONABLE) ?? null;
  return action && isExportAction(action, exportWords) ? action : null;
}
