import type { ListRow } from './list-reader';

/** A ticked row checkbox, native or ARIA (MUI, AG Grid and Ant Design all keep an input). */
const TICKED = 'input[type="checkbox"]:checked, [role="checkbox"][aria-checked="true"]';

/**
 * True when the user has selected the row: a grid's `aria-selected`, or a ticked checkbox in
 * any of its parts. Read when an export is activated, not cached: ticking a box changes no
 * text a list read would notice.
 */
export function isRowSelected(row: Pick<ListRow, 'parts'>): boolean {
  return row.parts.some(
    (part) => part.getAttribute('aria-selected') === 'true' || part.querySelector(TICKED) !== null,
  );
}

/** True when any row under `scope` is selected: until one is, rows need not be matched up. */
export function anyRowSelected(scope: ParentNode): boolean {
  return scope.querySelector(`${TICKED}, [aria-selected="true"]`) !== null;
}
