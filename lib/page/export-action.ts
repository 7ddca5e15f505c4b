import { EXPORT_PLACE_WORDS, NEVER_EXPORT_WORDS } from '../settings/defaults';
import { accessibleName } from './accessible-name';
import { normalizeName } from './normalize-label';
import { BUTTON } from './selectors';

/**
 * What a user can activate by role: the elements whose names the guard reads. Inputs are
 * narrowed to button inputs by {@link isActionable}, through the `type` property, which the
 * DOM already lower-cases.
 */
export const ACTIONABLE = `${BUTTON}, a[href], a[role], [role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"], input`;
const BUTTON_INPUT_TYPES = new Set(['button', 'submit', 'image']);

// Role-less clickables by attribute only: a pointer cursor is inherited, so it names no element.
const CLICKABLE = 'a:not([href]), [onclick], [tabindex]:not([tabindex^="-"])';
const FORM_FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'OPTION']);
/** A role-less clickable with a longer name is a panel or a card, not a button's label. */
const MAX_CLICKABLE_NAME_WORDS = 6;

/** True when `el` is something a user activates (a button input, not a text input). */
export function isActionable(el: Element): boolean {
  if (el.matches(ACTIONABLE)) {
    return (
      el.tagName.toUpperCase() !== 'INPUT' || BUTTON_INPUT_TYPES.has((el as HTMLInputElement).type)
    );
  }
  return isRoleLessClickable(el);
}

/** A marked clickable element with no role, holding no control of its own. */
function isRoleLessClickable(el: Element): boolean {
  return (
    !el.hasAttribute('role') &&
    !FORM_FIELDS.has(el.tagName.toUpperCase()) &&
    el.matches(CLICKABLE) &&
    el.querySelector(`${ACTIONABLE}, select, textarea`) === null
  );
}

/**
 * True for a control that only opens a menu or a panel (a split button's arrow, "More
 * actions"): the item chosen there is what acts, and is judged on its own.
 */
function opensMenu(el: Element): boolean {
  const popup = el.getAttribute('aria-haspopup');
  return (popup !== null && popup !== 'false') || el.hasAttribute('aria-expanded');
}

const NEVER = NEVER_EXPORT_WORDS.map(normalizeName);
const PLACES = new Set(EXPORT_PLACE_WORDS.map(normalizeName));

/** True when `phrase` (normalized words) stands in `words` as an act, not before a place word. */
function namesTheAct(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (!phrase.every((word, k) => words[i + k] === word)) continue;
    const next = words[i + phrase.length];
    if (next === undefined || !PLACES.has(next)) return true;
  }
  return false;
}

/**
 * True when `el` sends the invoice to Intacct: an actionable element whose accessible name
 * holds one of `exportWords` as whole words ("Retry sync", not "Asynchronous"; "Re-sync" is
 * its own word). Never for PDF, CSV, Excel, Print or Download: stopping file exports would
 * teach users to ignore the guard.
 */
export function isExportAction(el: Element, exportWords: readonly string[]): boolean {
  if (!isActionable(el) || opensMenu(el)) return false;
  const name = normalizeName(accessibleName(el));
  if (name === '') return false;
  const words = name.split(' ');
  if (words.some((word) => NEVER.some((never) => word.startsWith(never)))) return false;
  if (!el.matches(ACTIONABLE) && words.length > MAX_CLICKABLE_NAME_WORDS) return false;
  return exportWords
    .map(normalizeName)
    .some((phrase) => phrase !== '' && namesTheAct(words, phrase.split(' ')));
}

/**
 * The action a press on `start` activates: the nearest element with an action role, or else
 * the nearest role-less clickable one. An outer element's name is not what the user clicked.
 */
export function actionAt(start: Element): Element | null {
  const byRole = start.closest(ACTIONABLE);
  if (byRole) return byRole;
  const clickable = start.closest(CLICKABLE);
  return clickable && isRoleLessClickable(clickable) ? clickable : null;
}

/**
 * The export action an event landed on, or null. Climbs from the target (an icon or a
 * span inside a button, or a text node) to the action it belongs to and tests that one only.
 */
export function findExportAction(
  target: EventTarget | null,
  exportWords: readonly string[],
): Element | null {
  const node = target as Partial<Node> | null;
  if (!node || typeof node.nodeType !== 'number') return null;
  const start = node.nodeType === 1 ? (node as Element) : (node.parentElement ?? null);
  const action = start ? actionAt(start) : null;
  return action && isExportAction(action, exportWords) ? action : null;
}
