/** Header cells, native or ARIA (data grids draw tables out of divs). */
export const HEADER_CELL = 'th, [role="columnheader"], [role="rowheader"]';
const CELL = 'td, th, [role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]';
const DATA_CELL = 'td, [role="cell"], [role="gridcell"]';
const ROW = 'tr, [role="row"]';
const TABLE = 'table, [role="table"], [role="grid"], [role="treegrid"]';

export interface HeaderCellValue {
  /** The cell the header labels, or null when it labels none (a column of a list). */
  cell: Element | null;
  shape: 'table-row' | 'table-column';
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((child) => child.matches(CELL));
}

function span(cell: Element): number {
  return Math.max(1, Number(cell.getAttribute('colspan')) || 1);
}

/**
 * The table's one data row besides `headerRow`, or null when it has none or several. Stops
 * at the second data row: a 2,000-row invoice list costs two rows of work, not 2,000.
 */
function singleDataRow(table: Element, headerRow: Element): Element | null {
  let found: Element | null = null;
  for (const r of table.querySelectorAll(ROW)) {
    if (r === headerRow || r.closest(TABLE) !== table) continue;
    if (!cellsOf(r).some((c) => c.matches(DATA_CELL))) continue;
    if (found) return null;
    found = r;
  }
  return found;
}

/**
 * The value cell a table header labels. A row header (`scope=row`, `role=rowheader`, or a
 * `<th>` in a row of data cells) labels the next data cell beside it. A column header labels
 * the cell below it only when the table holds a single record: a column of a table with
 * many rows is a list of invoices, and none of its dates belongs to "this invoice".
 */
export function cellForHeader(header: Element): HeaderCellValue {
  const row = header.closest(ROW);
  const table = header.closest(TABLE);
  if (!row || !table) return { cell: null, shape: 'table-column' };
  const cells = cellsOf(row);

  const isRowHeader =
    header.getAttribute('scope')?.toLowerCase() === 'row' ||
    header.getAttribute('role') === 'rowheader' ||
    (cells.some((c) => c.matches(DATA_CELL)) && !header.closest('thead'));
  if (isRowHeader) {
    const after = cells.slice(cells.indexOf(header) + 1);
    return { cell: after.find((c) => c.matches(DATA_CELL)) ?? null, shape: 'table-row' };
  }

  let column = 0;
  for (const cell of cells) {
    if (cell === header) break;
    column += span(cell);
  }
  const only = singleDataRow(table, row);
  if (!only) return { cell: null, shape: 'table-column' };
  let start = 0;
  for (const cell of cellsOf(only)) {
    if (start === column) return { cell, shape: 'table-column' };
    start += span(cell);
    if (start > column) break;
  }
  return { cell: null, shape: 'table-column' };
}
