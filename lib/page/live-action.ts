import { accessibleName } from './accessible-name';
import { normalizeName } from './normalize-label';

/** Where an activated action stood on the page, taken when the guard held it. */
export interface ActionPlace {
  /** Its ancestors, nearest first: a removed node loses its link to the page, not to them. */
  ancestors: readonly Element[];
  /** The elements of its tag on the page then: none of them can be its re-rendered self. */
  before: ReadonlySet<Element>;
}

/** Notes where `action` stands now, for {@link liveActionFor} after a re-render. */
export function placeOf(action: Element): ActionPlace {
  const ancestors: Element[] = [];
  for (let el = action.parentElement; el; el = el.parentElement) ancestors.push(el);
  return { ancestors, before: new Set(action.ownerDocument.querySelectorAll(action.localName)) };
}

/**
 * The action as it stands now, should the host re-render its toolbar while our dialog is open:
 * the element added since in its place, of the same tag and name. Null when none or several
 * fit: running a look-alike, or guessing, could export what the user did not choose.
 */
export function liveActionFor(action: Element, place: ActionPlace): Element | null {
  if (action.isConnected) return action;
  const scope = place.ancestors.find((el) => el.isConnected);
  if (!scope) return null;
  const name = normalizeName(accessibleName(action));
  const alike = Array.from(scope.querySelectorAll(action.localName)).filter(
    (candidate) =>
      !place.before.has(candidate) && normalizeName(accessibleName(candidate)) === name,
  );
  if (alike.length === 1) return alike[0] ?? null;
  const sameId = action.id ? alike.filter((candidate) => candidate.id === action.id) : [];
  return sameId.length === 1 ? (sameId[0] ?? null) : null;
}
