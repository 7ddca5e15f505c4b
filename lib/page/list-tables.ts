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
  // `HTMLTableElement.rows` is the browser's own list of exactly these rows.
  const native = (table as HTMLTableElement).rows;
  if (native) return Array.from(native);
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

/** The rows of the table's `<thead>`; the browser's `tHead` spares a look at every body row. */
function headRowsOf(table: Element, rows: readonly Element[]): Element[] {
  const head = (table as HTMLTableElement).tHead;
  if (head === null) return [];
  if (head?.rows) return Array.from(head.rows);
  return rows.filter((row) => row.parentElement?.localName === 'thead');
}

/** The row of column titles: the last row of `<thead>`, else a first row of `<th>` only. */
function headerRowOf(table: Element, rows: readonly Element[]): Element | null {
  const inHead = headRowsOf(table, rows);
  if (inHead.length > 0) return inHead[inHead.length - 1] ?? null;
  const first = rows[0];
  const cells = first ? Array.from(first.children) : [];
  return cells.length > 0 && cells.every((c) => c.localName === 'th') ? (first ?? null) : null;
}

/** A row outside `<thead>` and not hidden (a sizing row). */
function isShownRow(row: Element): boolean {
  return row.parentElement?.localName !== 'thead' && !isIgnoredElement(row);
}

/** A row of data: at least one `<td>`, outside `<thead>`, not hidden (a sizing row). */
function isDataRow(row: Element): boolean {
  if (!isShownRow(row)) return false;
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

/** A body cell that spans columns (a nested table's cells are not the table's own). */
const SPANNING_BODY_CELL =
  ':scope > tbody > tr > [colspan], :scope > tr > [colspan], :scope > tfoot > tr > [colspan]';

/** Whether any body row of `table` has a cell spanning columns: asked once per table. */
function bodySpans(table: Element): boolean {
  return table.querySelector(SPANNING_BODY_CELL) !== null;
}

/** The cells of `row` under `columns`; `spans`: some body cell of its table spans columns. */
function cellsAt(row: Element, columns: ReadonlyMap<number, ListColumn>, spans: boolean): RowCells {
  const cells: RowCells = {};
  // Most tables span nothing in their body: then a column's position is its cell's index.
  if (!spans) {
    const children = row.children;
    for (const [position, column] of columns) {
      const cell = children[position];
      if (cell) cells[column] = cell;
    }
    return cells;
  }
  let position = 0;
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    const column = columns.get(position);
    if (column) cells[column] = cell;
    position += span(cell);
  }
  return cells;
}

/** The data rows among `rows` that have a cell under the date column, with their cells. */
function rowsWithDates(
  table: Element,
  rows: readonly Element[],
  columns: ReadonlyMap<number, ListColumn>,
): RawRow[] {
  const found: RawRow[] = [];
  const spans = bodySpans(table);
  for (const row of rows) {
    const cells = cellsAt(row, columns, spans);
    // A date in a <td> already makes the row one of data: the full check is for the rest.
    if (!cells.date || !(cells.date.localName === 'td' ? isShownRow(row) : isDataRow(row)))
      continue;
    found.push({ element: row, parts: [row], cells });
  }
  return found;
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
    const header = headerRowOf(table, rows);
    if (!header) continue;
    const columns = columnsOf(header, dateLabels);
    if (![...columns.values()].includes('date')) continue;
    let body = table;
    let listRows = rowsWithDates(
      table,
      rows.filter((row) => row !== header),
      columns,
    );
    const next = tables[i + 1];
    if (
      listRows.length === 0 &&
      !rows.some((row) => row !== header && isDataRow(row)) &&
      next &&
      !headerRowOf(next, rowsOf(next))
    ) {
      body = next;
      listRows = rowsWithDates(next, rowsOf(next), columns);
      i++;
    }
    // The table, not its <tbody>: a host that re-renders the body replaces that element.
    lists.push({ shape: 'table', container: table, observed: body, rows: listRows });
  }
  return lists;
}
