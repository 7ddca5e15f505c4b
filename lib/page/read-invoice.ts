import type { IsoDate } from '../calendar/iso-date';
import type { InvoiceSnapshot } from '../calendar/snapshot';
import { parsePageDate } from '../dates/parse-page-date';
import {
  DEFAULT_ACCOUNTING_REFERENCE_LABELS,
  DEFAULT_ENTITY_LABELS,
  DEFAULT_INVOICE_NUMBER_LABELS,
  DEFAULT_SYNC_STATUS_LABELS,
} from '../settings/defaults';
import { isInCommentary } from './commentary';
import { findLabelledValues } from './find-labelled-value';
import { type LabelledValue, type SourceKind, sourceKind } from './labelled-value';
import { isAscii } from './normalize-label';
import { openPanels } from './open-panels';
import { isShownOnScreen } from './shown-on-screen';

/** The user's page-reading settings this reader needs (a slice of Settings). */
export interface PageReading {
  invoiceDateLabels: string[];
  postingDateLabels: string[];
  dayFirst: boolean;
}

/** What the page says about the invoice on it, and where its date lives. */
export interface InvoiceReading {
  /** True when the page shows one invoice (an invoice-date or invoice-number label with a value). */
  isInvoice: boolean;
  snapshot: InvoiceSnapshot;
  /** The element holding the invoice date (even while blank), so the observer can watch it. */
  dateElement?: Element;
  /** Every element a value was read from: a change inside one of them may change the reading. */
  watched?: readonly Element[];
  /** Where the dates were read, when a labelled field was found (the popup shows it). */
  sources?: { invoiceDate?: ValueSource; postingDate?: ValueSource };
}

/** The field a date was read from, as a user would look for it on the page. */
export interface ValueSource {
  label: string;
  text: string;
  kind: SourceKind;
}

/** Text fields keep at most what the snapshot schema allows. */
const MAX_TEXT = 200;
/** What pages print in an empty reference or status field. */
const PLACEHOLDERS = new Set(['n/a', 'na', 'none', 'null', 'not synced', 'not available', '-']);

/** A value that says something: not blank, not a lone dash. */
export function hasText(text: string): boolean {
  // An ASCII letter or digit settles it, and ASCII text without one ("", "-") has none: V8
  // builds the Unicode classes only for text that could need them (a first read paid ~1 ms
  // for them on every invoice page with an empty Accounting Reference ID).
  return /[a-z0-9]/i.test(text) || (!isAscii(text) && /[\p{L}\p{N}]/u.test(text));
}

/** A reference that proves a sync: not "N/A" or "Not synced", which pages print when empty. */
export function isReference(text: string): boolean {
  return hasText(text) && !PLACEHOLDERS.has(text.toLowerCase());
}

/** Invoice numbers carry a digit; "Invoice" next to a tab named "Payments" is no number. */
export function isInvoiceNumber(text: string): boolean {
  return /\d/.test(text) && text.length <= 64;
}

interface DateField {
  date: IsoDate | null;
  text?: string;
  element?: Element;
  source?: ValueSource;
}

/** The invoice's own field first, then a field table, then `Label: value` free text. */
const PRIORITY: readonly SourceKind[] = ['field', 'table', 'text'];

/**
 * The values of the best kind the page has: a note or activity line saying "Invoice Date:
 * 01/01/2020" must neither decide the date nor, beside the invoice's own field, unsettle it.
 */
function ownValues(values: LabelledValue[]): LabelledValue[] {
  for (const kind of PRIORITY) {
    const own = values.filter((v) => sourceKind(v.shape) === kind);
    if (own.length > 0) return own;
  }
  return [];
}

/**
 * One date from the best place the page labels it. The same date shown twice (a picker's text
 * and its hidden input) is one date; two different dates are no date at all, because the
 * guard must not pick one and be wrong; a shown value that does not read as a date is no date
 * either (never a fall-through to another date on the page).
 */
function readDateField(values: LabelledValue[], dayFirst: boolean): DateField {
  const own = ownValues(values);
  const shown = own.filter((v) => v.text !== '');
  const read = shown.map((v) => ({ value: v, reading: parsePageDate(v.text, { dayFirst }) }));
  const dates = new Set(read.flatMap((r) => (r.reading.ok ? [r.reading.date] : [])));
  const unreadable = read.find((r) => !r.reading.ok)?.value;
  const used = unreadable ?? read.find((r) => r.reading.ok)?.value ?? shown[0] ?? own[0];
  const [date] = dates;
  return {
    date: !unreadable && dates.size === 1 && date !== undefined ? date : null,
    text: used?.text ? used.text.slice(0, MAX_TEXT) : undefined,
    element: used?.element,
    source: used && {
      label: used.label ?? '',
      text: used.text.slice(0, MAX_TEXT),
      kind: sourceKind(used.shape),
    },
  };
}

/**
 * The values that are the invoice's own fields: on screen (not a collapsed or hidden copy of
 * the form) and not in notes, comments, activity or change history. Each element is judged
 * once, and only elements a label led to are judged at all.
 */
function invoiceFieldsOf<K extends string>(
  found: Record<K, LabelledValue[]>,
  outside: readonly Element[],
): Record<K, LabelledValue[]> {
  const verdicts = new Map<Element, boolean>();
  const isField = ({ element }: LabelledValue): boolean => {
    let known = verdicts.get(element);
    if (known === undefined) {
      known =
        !outside.some((panel) => panel.contains(element)) &&
        !isInCommentary(element) &&
        isShownOnScreen(element);
      verdicts.set(element, known);
    }
    return known;
  };
  const kept = {} as Record<K, LabelledValue[]>;
  for (const key of Object.keys(found) as K[]) kept[key] = found[key].filter(isField);
  return kept;
}

function firstText(values: LabelledValue[], accept: (text: string) => boolean): string | undefined {
  return values.find((v) => accept(v.text))?.text.slice(0, MAX_TEXT);
}

/**
 * Reads the BuildOps invoice under `root` by its labels: the invoice date through the user's
 * labels (never the Due Date), the optional posting date, number, Accounting Reference ID,
 * sync status and entity through the defaults. A page labelling several different invoice
 * numbers is a list of invoices, not an invoice. An invoice open in a drawer, side panel or
 * dialog is the one the user acts on: it is read on its own, like a detail page.
 */
export function readInvoice(root: ParentNode, reading: PageReading): InvoiceReading {
  const panels = openPanels(root);
  for (const panel of panels) {
    const inPanel = readInvoiceIn(panel, reading, []);
    // A panel showing an invoice, not a filter dialog with a blank "Invoice Date" box.
    const { invoiceNumber, invoiceDateText } = inPanel.snapshot;
    if (inPanel.isInvoice && (invoiceNumber || invoiceDateText)) return inPanel;
  }
  // The page behind, without the panels: a menu or a filter dialog is not the invoice.
  return readInvoiceIn(root, reading, panels);
}

function readInvoiceIn(
  root: ParentNode,
  reading: PageReading,
  outside: readonly Element[],
): InvoiceReading {
  const labelled = findLabelledValues(root, {
    invoiceDate: reading.invoiceDateLabels,
    postingDate: reading.postingDateLabels,
    invoiceNumber: DEFAULT_INVOICE_NUMBER_LABELS,
    accountingReferenceId: DEFAULT_ACCOUNTING_REFERENCE_LABELS,
    syncStatus: DEFAULT_SYNC_STATUS_LABELS,
    entity: DEFAULT_ENTITY_LABELS,
  });
  const found = invoiceFieldsOf(labelled, outside);

  const numbers = new Set(found.invoiceNumber.map((v) => v.text).filter(isInvoiceNumber));
  const isInvoice = (found.invoiceDate.length > 0 || numbers.size > 0) && numbers.size <= 1;
  const invoiceDate = readDateField(found.invoiceDate, reading.dayFirst);
  const postingDate = readDateField(found.postingDate, reading.dayFirst);

  const snapshot: InvoiceSnapshot = { invoiceDate: invoiceDate.date };
  const optional: Partial<InvoiceSnapshot> = {
    invoiceNumber: numbers.size === 1 ? [...numbers][0] : undefined,
    invoiceDateText: invoiceDate.text,
    postingDate: postingDate.date ?? undefined,
    unreadablePostingDate:
      postingDate.date === null && postingDate.text ? postingDate.text : undefined,
    accountingReferenceId: firstText(found.accountingReferenceId, isReference),
    syncStatus: firstText(found.syncStatus, hasText),
    entity: firstText(found.entity, hasText),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(snapshot, { [key]: value });
  }
  // Hidden copies are watched too: one shown later changes the reading.
  const watched = [
    ...new Set(Object.values(labelled).flatMap((values) => values.map((v) => v.element))),
  ];
  const result: InvoiceReading = { isInvoice, snapshot, watched };
  if (invoiceDate.element) result.dateElement = invoiceDate.element;
  if (invoiceDate.source || postingDate.source) {
    result.sources = {};
    if (invoiceDate.source) result.sources.invoiceDate = invoiceDate.source;
    if (postingDate.source) result.sources.postingDate = postingDate.source;
  }
  return result;
}
