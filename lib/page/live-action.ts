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
 * The action as it stands on the page now. The host may re-render its toolbar while our
 * dialog is open; what stands in the original's place is an element added since, of the same
 * tag and name, inside the nearest ancestor of the original still on the page (its toolbar),
 * the same id deciding between several. Null when none or several fit: a look-alike that was
 * there all along (a sidebar's Export) is some other action, and running it, or guessing,
 * would export what the user did not choose. The name, not the raw text: a client re-render
 * of server HTML drops the whitespace between tags.
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
