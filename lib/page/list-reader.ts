import type { IsoDate } from '../calendar/iso-date';
import { type DateReading, parsePageDate } from '../dates/parse-page-date';
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
  invoiceDate: IsoDate | null;
  invoiceDateText: string;
  /**
   * Whether the number and status columns below were read: only for rows whose date needs
   * them (see {@link ListReadOptions}); a row left unread is never marked or held.
   */
  detailed: boolean;
  invoiceNumber?: string;
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

/** How much of each row to read. */
export interface ListReadOptions {
  /**
   * Whether a row dated `date` (null: unreadable) needs its number and status columns: the
   * guard asks only for rows it would mark or hold, so a long list of open invoices costs one
   * cell text per row. Default: every row.
   */
  needsDetails?: (date: IsoDate | null) => boolean;
}

const DETAIL_COLUMNS: readonly ListColumn[] = ['number', 'syncStatus', 'status', 'reference'];
/** Statuses that say the invoice reached the books ("Not Synced" does not). */
const SYNCED_STATUS = /^(synced|exported)\b/;

function isSyncedStatus(text: string | undefined): boolean {
  return text !== undefined && SYNCED_STATUS.test(normalizeName(text));
}

function textOf(raw: RawRow, column: ListColumn): string {
  return raw.texts?.[column] ?? cellText(raw.cells[column]);
}

function sameElements(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((el, i) => el === b[i]);
}

/** What one read shares across its rows. */
interface ReadContext {
  dayFirst: boolean;
  /** Date texts parsed so far: a list repeats the same few dates many times. */
  dates: Map<string, DateReading>;
  needsDetails: (date: IsoDate | null) => boolean;
  cache: ListRowCache;
}

function dateOf(text: string, context: ReadContext): IsoDate | null {
  let date = context.dates.get(text);
  if (!date) {
    date = parsePageDate(text, { dayFirst: context.dayFirst });
    context.dates.set(text, date);
  }
  return date.ok ? date.date : null;
}

function readRow(raw: RawRow, context: ReadContext): ListRow {
  const dateText = textOf(raw, 'date');
  const invoiceDate = dateOf(dateText, context);
  const detailed = context.needsDetails(invoiceDate);
  const details = detailed ? DETAIL_COLUMNS.map((column) => textOf(raw, column)) : [];
  const key = [context.dayFirst ? 'd' : 'm', dateText, ...details].join('\u0001');
  const cached = context.cache.get(raw.element);
  if (
    cached &&
    cached.key === key &&
    cached.row.dateCell === raw.cells.date &&
    sameElements(cached.row.parts, raw.parts)
  ) {
    return cached.row;
  }
  const [number = '', syncStatus = '', status = '', reference = ''] = details;
  const row: ListRow = {
    element: raw.element,
    parts: raw.parts,
    dateCell: raw.cells.date as Element,
    invoiceDate,
    invoiceDateText: dateText,
    detailed,
    synced: isSyncedStatus(syncStatus) || isSyncedStatus(status) || isReference(reference),
  };
  if (isInvoiceNumber(number)) row.invoiceNumber = number;
  if (hasText(syncStatus)) row.syncStatus = syncStatus;
  if (hasText(status)) row.status = status;
  if (isReference(reference)) row.accountingReferenceId = reference;
  context.cache.set(raw.element, { key, row });
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
  options: ListReadOptions = {},
): InvoiceList[] {
  const labels = reading.invoiceDateLabels;
  let raws = [...tableLists(root, labels), ...gridLists(root, labels)];
  if (raws.length === 0) raws = cardLists(root, labels);
  const context: ReadContext = {
    dayFirst: reading.dayFirst,
    dates: new Map(),
    needsDetails: options.needsDetails ?? (() => true),
    cache,
  };
  return raws.map((raw) => ({
    shape: raw.shape,
    container: raw.container,
    observed: raw.observed,
    rows: raw.rows.map((rawRow) => readRow(rawRow, context)),
  }));
}
