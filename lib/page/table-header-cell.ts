import { CELL, DATA_CELL, ROW, TABLE } from './selectors';

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

/** A row that holds at least one data cell (not a header row). */
function isDataRow(row: Element): boolean {
  return cellsOf(row).some((c) => c.matches(DATA_CELL));
}

/**
 * The table's one data row besides `headerRow`, or null when it has none or several. Walks in
 * document order and stops at the second data row, so a long list costs two rows of work.
 */
function singleDataRow(table: Element, headerRow: Element): Element | null {
  let found: Element | null = null;
  let el: Element | null = table.firstElementChild;
  while (el) {
    const isRow = el.matches(ROW);
    if (isRow && el !== headerRow && isDataRow(el)) {
      if (found) return null;
      found = el;
    }
    // Into the element unless it is a row (its cells are read above) or another table.
    let next: Element | null = isRow || el.matches(TABLE) ? null : el.firstElementChild;
    // Else on to the next element in document order, without leaving `table`.
    for (let up: Element | null = el; !next && up && up !== table; up = up.parentElement) {
      next = up.nextElementSibling;
    }
    el = next;
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
