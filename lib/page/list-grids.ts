import { isIgnoredElement } from './dom-text';
import { columnOf, headerText, type ListColumn, type RowCells } from './list-columns';
import type { RawList, RawRow } from './list-shape';
import {
  ARIA_COLUMN_HEADER,
  ARIA_ROW,
  ARIA_BODY_CELL as CELL,
  ARIA_TABLE as GRID,
} from './selectors';

/**
 * Where a grid cell sits: its field (MUI X `data-field`, AG Grid `col-id`) and its
 * `aria-colindex`. Header and body are separate containers in both libraries, and a
 * virtualised grid leaves out cells scrolled out of view: position alone would pair a
 * date with the wrong title.
 */
function fieldOf(cell: Element): string | null {
  return cell.getAttribute('data-field') ?? cell.getAttribute('col-id');
}

interface GridColumns {
  byField: Map<string, ListColumn>;
  byIndex: Map<string, ListColumn>;
  /** For grids whose cells carry neither: the header's position among its siblings. */
  byPosition: Map<number, ListColumn>;
}

function gridColumns(headers: readonly Element[], dateLabels: readonly string[]): GridColumns {
  const columns: GridColumns = { byField: new Map(), byIndex: new Map(), byPosition: new Map() };
  const seen = new Set<ListColumn>();
  headers.forEach((header, position) => {
    const column = columnOf(headerText(header), dateLabels);
    if (!column || seen.has(column)) return;
    seen.add(column);
    const field = fieldOf(header);
    const index = header.getAttribute('aria-colindex');
    if (field) columns.byField.set(field, column);
    if (index) columns.byIndex.set(index, column);
    if (!field && !index) columns.byPosition.set(position, column);
  });
  return columns;
}

function columnOfCell(cell: Element, position: number, columns: GridColumns): ListColumn | null {
  const field = fieldOf(cell);
  if (field !== null && columns.byField.size > 0) return columns.byField.get(field) ?? null;
  const index = cell.getAttribute('aria-colindex');
  if (index !== null && columns.byIndex.size > 0) return columns.byIndex.get(index) ?? null;
  return columns.byPosition.get(position) ?? null;
}

/**
 * Invoice lists drawn as ARIA grids (`role=grid|treegrid|table` with `row`, `columnheader`
 * and `gridcell`), as MUI X DataGrid and AG Grid render them: only the rows in the DOM are
 * read (a virtualised grid recycles a few dozen), and the parts of one row that pinned
 * columns split across containers are joined by `aria-rowindex`.
 */
export function gridLists(root: ParentNode, dateLabels: readonly string[]): RawList[] {
  const lists: RawList[] = [];
  for (const grid of Array.from(root.querySelectorAll(GRID))) {
    const headers = Array.from(grid.querySelectorAll(ARIA_COLUMN_HEADER)).filter(
      (h) => h.closest(GRID) === grid,
    );
    const columns = gridColumns(headers, dateLabels);
    const known = [...columns.byField.values(), ...columns.byIndex.values()];
    if (!known.includes('date') && ![...columns.byPosition.values()].includes('date')) continue;
    const headerRows = new Set(headers.map((h) => h.closest(ARIA_ROW)));
    const byIndex = new Map<string, RawRow>();
    const rows: RawRow[] = [];
    for (const part of Array.from(grid.querySelectorAll(ARIA_ROW))) {
      if (headerRows.has(part) || isIgnoredElement(part) || part.closest(GRID) !== grid) continue;
      const cells: RowCells = {};
      Array.from(part.querySelectorAll(CELL)).forEach((cell, position) => {
        const column = columnOfCell(cell, position, columns);
        if (column && cells[column] === undefined) cells[column] = cell;
      });
      const index = part.getAttribute('aria-rowindex');
      const same = index === null ? undefined : byIndex.get(index);
      if (same) {
        same.parts = [...same.parts, part];
        Object.assign(same.cells, { ...cells, ...same.cells });
        if (cells.date) same.element = part;
        continue;
      }
      const row: RawRow = { element: part, parts: [part], cells };
      if (index !== null) byIndex.set(index, row);
      rows.push(row);
    }
    lists.push({
      shape: 'grid',
      container: grid,
      observed: grid,
      rows: rows.filter((row) => row.cells.date !== undefined),
    });
  }
  return lists;
}
