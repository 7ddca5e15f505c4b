import type { ListColumn, RowCells } from './list-columns';

/** One row of an invoice list as its shape finds it, before any value is read. */
export interface RawRow {
  /** The element that holds the date cell: the row the mark goes in. */
  element: Element;
  /**
   * Every element of the row: grids that pin columns draw one row as several (AG Grid's
   * pinned-left and centre containers), matched up by their `aria-rowindex`.
   */
  parts: readonly Element[];
  cells: RowCells;
  /** Values already read where a cell's text is more than its value ("Invoice #: INV-1"). */
  texts?: Partial<Record<ListColumn, string>>;
}

/** One table, grid or set of cards under an invoice-date column or label. */
export interface RawList {
  shape: 'table' | 'grid' | 'cards';
  /** The whole list (header included). */
  container: Element;
  /** Where its rows change (a table body, a grid): the list observer watches only this. */
  observed: Element;
  rows: RawRow[];
}
