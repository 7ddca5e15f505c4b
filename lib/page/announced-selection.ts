import { accessibleName } from './accessible-name';
import type { InvoiceList } from './list-reader';
import { ARIA_COLUMN_HEADER, ROW } from './selectors';

/** How the page told the guard how many rows are selected. */
export type SelectionSource = 'select-all' | 'action-name' | 'grid-status';

/** A selection size the page states, which may cover rows that were never in the DOM. */
export interface AnnouncedSelection {
  count: number;
  source: SelectionSource;
}

/** A ticked checkbox, native or ARIA; a half-ticked ("some rows") one is not "all". */
const TICKED =
  'input[type="checkbox"]:checked:not([data-indeterminate="true"]), [role="checkbox"][aria-checked="true"]';
/** Where a table or grid keeps its header "select all" box. */
const HEADER_BOX = `:is(${ARIA_COLUMN_HEADER}, thead th, thead td) :is(${TICKED})`;
/**
 * Where grids announce their selection: MUI X DataGrid's footer ("2,000 rows selected"),
 * AG Grid's status bar ("Selected: 2,000"), and live regions.
 */
const STATUS = '[class*="selectedRowCount"], .ag-status-bar, [role="status"], [aria-live="polite"]';
/** A count as pages write it: "2,000", "2.000", "2 000". */
const NUMBER = String.raw`\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+`;
const ROWS_SELECTED = new RegExp(
  String.raw`(${NUMBER})\s+(?:rows?|items?|invoices?|records?)?\s*selected`,
  'i',
);
const SELECTED_COLON = new RegExp(String.raw`selected\s*:\s*(${NUMBER})`, 'i');
const IN_BRACKETS = new RegExp(String.raw`\(\s*(${NUMBER})\s*\)`);

function toCount(text: string | undefined): number | null {
  if (!text) return null;
  const count = Number(text.replace(/\D/g, ''));
  return Number.isSafeInteger(count) && count > 0 ? count : null;
}

/**
 * The data rows of a grid or table by its `aria-rowcount` (MUI X and AG Grid count the header
 * rows in it), or null when it does not say.
 */
function dataRowCount(container: Element): number | null {
  const total = Number(container.getAttribute('aria-rowcount'));
  if (!Number.isSafeInteger(total) || total <= 0) return null;
  const headerRows = new Set<string | Element>();
  for (const header of container.querySelectorAll(`${ARIA_COLUMN_HEADER}, thead th`)) {
    const row = header.closest(ROW);
    if (row) headerRows.add(row.getAttribute('aria-rowindex') ?? row);
  }
  return Math.max(0, total - headerRows.size);
}

/** "Select all" ticked in the header: every row of the list is selected, shown or not. */
function fromSelectAll(list: Pick<InvoiceList, 'container'>): number | null {
  if (!list.container.querySelector(HEADER_BOX)) return null;
  return dataRowCount(list.container);
}

/** "Sync selected (2,000)", "Export 2,000 selected": a count in the action's own name. */
function fromActionName(action: Element | null): number | null {
  if (!action) return null;
  const name = accessibleName(action);
  if (!/selected/i.test(name)) return null;
  return toCount(ROWS_SELECTED.exec(name)?.[1] ?? IN_BRACKETS.exec(name)?.[1]);
}

/** The grid's own word for its selection, in the grid or its status bar beside it. */
function fromGridStatus(list: Pick<InvoiceList, 'container'>): number | null {
  // AG Grid's status bar is a sibling of the grid's body two levels up; MUI's footer is inside.
  const scope = list.container.parentElement?.parentElement ?? list.container;
  let most: number | null = null;
  for (const status of scope.querySelectorAll(STATUS)) {
    const text = status.textContent ?? '';
    const count = toCount(ROWS_SELECTED.exec(text)?.[1] ?? SELECTED_COLON.exec(text)?.[1]);
    if (count !== null && (most === null || count > most)) most = count;
  }
  return most;
}

/**
 * The largest selection the page states for `lists` and the export `action`: a ticked header
 * "select all" with the grid's row count, a count in the action's name, or the grid's own
 * "rows selected". Null when the page states none: then the selected rows in the DOM are the
 * whole selection. Read at an export click only.
 */
export function announcedSelection(
  lists: readonly Pick<InvoiceList, 'container'>[],
  action: Element | null,
): AnnouncedSelection | null {
  let best: AnnouncedSelection | null = null;
  const consider = (count: number | null, source: SelectionSource) => {
    if (count !== null && (best === null || count > best.count)) best = { count, source };
  };
  for (const list of lists) {
    consider(fromSelectAll(list), 'select-all');
    consider(fromGridStatus(list), 'grid-status');
  }
  consider(fromActionName(action), 'action-name');
  return best;
}
