import type { IsoDate } from '../calendar/iso-date';
import { parsePageDate } from '../dates/parse-page-date';
import { cardLists } from './list-cards';
import { cellText, type ListColumn } from './list-columns';
import { gridLists } from './list-grids';
import type { RawList, RawRow } from './list-shape';
import { tableLists } from './list-tables';
import { normalizeName } from './normalize-label';
import { hasText, isInvoiceNumber, isReference, type PageReading } from './read-invoice';

/** One invoice of a list, as its row shows it. */
export interface ListRow {
  /** The row element holding the date cell (where its mark goes). */
  element: Element;
  /** Every element of the row (pinned grid columns draw one row as several). */
  parts: readonly Element[];
  /** The element holding the invoice date. */
  dateCell: Element;
  invoiceNumber?: string;
  invoiceDate: IsoDate | null;
  invoiceDateText: string;
  syncStatus?: string;
  status?: string;
  accountingReferenceId?: string;
  /** Already in Intacct: Sync Status "Synced", status "Exported", or an accounting reference. */
  synced: boolean;
}

/** One list on the page: a table, a grid or a set of cards. */
export interface InvoiceList {
  shape: RawList['shape'];
  container: Element;
  /** Where its rows change: the list observer watches this element only. */
  observed: Element;
  rows: ListRow[];
}

/**
 * Rows read before, per row element, with the texts they were read from: a re-read of an
 * unchanged row costs its few cell texts. A virtualised grid that recycles a row element for
 * another invoice changes those texts, and the row is read again.
 */
export type ListRowCache = WeakMap<Element, { key: string; row: ListRow }>;

const COLUMNS: readonly ListColumn[] = ['date', 'number', 'syncStatus', 'status', 'reference'];
/** Statuses that say the invoice reached the books ("Not Synced" does not). */
const SYNCED_STATUS = /^(synced|exported)\b/;

function isSyncedStatus(text: string | undefined): boolean {
  return text !== undefined && SYNCED_STATUS.test(normalizeName(text));
}

function textsOf(raw: RawRow): string[] {
  return COLUMNS.map((column) => raw.texts?.[column] ?? cellText(raw.cells[column]));
}

function sameElements(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((el, i) => el === b[i]);
}

function readRow(raw: RawRow, texts: readonly string[], dayFirst: boolean): ListRow {
  const [dateText = '', number = '', syncStatus = '', status = '', reference = ''] = texts;
  const date = parsePageDate(dateText, { dayFirst });
  const row: ListRow = {
    element: raw.element,
    parts: raw.parts,
    dateCell: raw.cells.date as Element,
    invoiceDate: date.ok ? date.date : null,
    invoiceDateText: dateText,
    synced: isSyncedStatus(syncStatus) || isSyncedStatus(status) || isReference(reference),
  };
  if (isInvoiceNumber(number)) row.invoiceNumber = number;
  if (hasText(syncStatus)) row.syncStatus = syncStatus;
  if (hasText(status)) row.status = status;
  if (isReference(reference)) row.accountingReferenceId = reference;
  return row;
}

/**
 * Reads the invoice lists under `root` (tables, ARIA grids, cards) whose header has an
 * invoice-date column, by the same labels and date formats as the invoice page. Only rows in
 * the DOM are read; `cache` keeps the rows of an earlier read that have not changed.
 * Cards are looked for only on a page without a table or grid list.
 */
export function readInvoiceLists(
  root: ParentNode,
  reading: Pick<PageReading, 'invoiceDateLabels' | 'dayFirst'>,
  cache: ListRowCache = new WeakMap(),
): InvoiceList[] {
  const labels = reading.invoiceDateLabels;
  let raws = [...tableLists(root, labels), ...gridLists(root, labels)];
  if (raws.length === 0) raws = cardLists(root, labels);
  const key = reading.dayFirst ? 'd' : 'm';
  return raws.map((raw) => ({
    shape: raw.shape,
    container: raw.container,
    observed: raw.observed,
    rows: raw.rows.map((rawRow) => {
      const texts = textsOf(rawRow);
      const rowKey = `${key}\u0001${texts.join('\u0001')}`;
      const cached = cache.get(rawRow.element);
      if (
        cached &&
        cached.key === rowKey &&
        cached.row.dateCell === rawRow.cells.date &&
        sameElements(cached.row.parts, rawRow.parts)
      ) {
        return cached.row;
      }
      const row = readRow(rawRow, texts, reading.dayFirst);
      cache.set(rawRow.element, { key: rowKey, row });
      return row;
    }),
  }));
}
