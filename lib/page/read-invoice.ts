import type { InvoiceSnapshot } from '../calendar/snapshot';
import {
  DEFAULT_ACCOUNTING_REFERENCE_LABELS,
  DEFAULT_ENTITY_LABELS,
  DEFAULT_INVOICE_NUMBER_LABELS,
  DEFAULT_SYNC_STATUS_LABELS,
} from '../settings/defaults';
import { findLabelledValues } from './find-labelled-value';
import { invoiceFieldsOf } from './invoice-fields';
import type { LabelledValue } from './labelled-value';
import { isAscii } from './normalize-label';
import { openPanels } from './open-panels';
import { MAX_TEXT, readDateField, type ValueSource } from './read-date-field';

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

/** What pages print in an empty reference or status field. */
const PLACEHOLDERS = new Set(['n/a', 'na', 'none', 'null', 'not synced', 'not available', '-']);

/** A value that says something: not blank, not a lone dash. */
export function hasText(text: string): boolean {
  // ASCII text settles it without the Unicode regex, whose classes are costly to build.
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

function firstText(values: LabelledValue[], accept: (text: string) => boolean): string | undefined {
  return values.find((v) => accept(v.text))?.text.slice(0, MAX_TEXT);
}

/**
 * Reads the BuildOps invoice under `root` by its labels. A page naming several invoice numbers
 * is a list, not an invoice; one open in a drawer or dialog over it is read on its own.
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
