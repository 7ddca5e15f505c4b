import { isIgnoredElement } from './dom-text';
import { columnOf, headerText, type ListColumn, type RowCells } from './list-columns';
import type { RawList, RawRow } from './list-shape';

function isRow(el: Element): boolean {
  return el.tagName.toUpperCase() === 'TR';
}

function span(cell: Element): number {
  return Math.max(1, Number(cell.getAttribute('colspan')) || 1);
}

/** The table's own rows (not those of a table nested in a cell), section by section. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (isRow(child)) rows.push(child);
    else if (/^(THEAD|TBODY|TFOOT)$/i.test(child.tagName)) {
      for (let row = child.firstElementChild; row; row = row.nextElementSibling) {
        if (isRow(row)) rows.push(row);
      }
    }
  }
  return rows;
}

/** The row of column titles: the last row of `<thead>`, else a first row of `<th>` only. */
function headerRowOf(rows: readonly Element[]): Element | null {
  const inHead = rows.filter((row) => row.parentElement?.tagName.toUpperCase() === 'THEAD');
  if (inHead.length > 0) return inHead[inHead.length - 1] ?? null;
  const first = rows[0];
  const cells = first ? Array.from(first.children) : [];
  return cells.length > 0 && cells.every((c) => c.tagName.toUpperCase() === 'TH')
    ? (first ?? null)
    : null;
}

/** A row of data: at least one `<td>`, outside `<thead>`, not hidden (a sizing row). */
function isDataRow(row: Element): boolean {
  if (row.parentElement?.tagName.toUpperCase() === 'THEAD' || isIgnoredElement(row)) return false;
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (cell.tagName.toUpperCase() === 'TD') return true;
  }
  return false;
}

/** Column position (colspans counted) → the column the header there names. */
function columnsOf(header: Element, dateLabels: readonly string[]): Map<number, ListColumn> {
  const columns = new Map<number, ListColumn>();
  let position = 0;
  for (let cell = header.firstElementChild; cell; cell = cell.nextElementSibling) {
    const column = columnOf(headerText(cell), dateLabels);
    if (column && ![...columns.values()].includes(column)) columns.set(position, column);
    position += span(cell);
  }
  return columns;
}

function cellsAt(row: Element, columns: ReadonlyMap<number, ListColumn>): RowCells {
  const cells: RowCells = {};
  let position = 0;
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    const column = columns.get(position);
    if (column) cells[column] = cell;
    position += span(cell);
  }
  return cells;
}

/**
 * Invoice lists drawn as `<table>`s whose header row has an invoice-date column. A table of
 * titles alone (a fixed header, as Ant Design draws one) takes its rows from the next table,
 * which holds the body; columns then match by position, as they line up on screen.
 */
export function tableLists(root: ParentNode, dateLabels: readonly string[]): RawList[] {
  const lists: RawList[] = [];
  const tables = Array.from(root.querySelectorAll('table'));
  for (let i = 0; i < tables.length; i++) {
    const table = tables[i] as Element;
    const rows = rowsOf(table);
    const header = headerRowOf(rows);
    if (!header) continue;
    const columns = columnsOf(header, dateLabels);
    if (![...columns.values()].includes('date')) continue;
    let data = rows.filter((row) => row !== header && isDataRow(row));
    let body = table;
    const next = tables[i + 1];
    if (data.length === 0 && next && !headerRowOf(rowsOf(next))) {
      body = next;
      data = rowsOf(next).filter(isDataRow);
      i++;
    }
    const listRows: RawRow[] = [];
    for (const row of data) {
      const cells = cellsAt(row, columns);
      if (cells.date) listRows.push({ element: row, parts: [row], cells });
    }
    // The table, not its <tbody>: a host that re-renders the body replaces that element.
    lists.push({ shape: 'table', container: table, observed: body, rows: listRows });
  }
  return lists;
}
