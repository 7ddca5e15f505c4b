import {
  DEFAULT_ACCOUNTING_REFERENCE_LABELS,
  DEFAULT_INVOICE_NUMBER_LABELS,
  DEFAULT_SYNC_STATUS_LABELS,
} from '../settings/defaults';
import { collapseWhitespace, isIgnoredElement } from './dom-text';
import { matchesLabel } from './normalize-label';

/** The columns of an invoice list the guard reads; only `date` is required. */
export type ListColumn = 'date' | 'number' | 'syncStatus' | 'status' | 'reference';

/** An invoice's workflow status column; "Exported" there means it reached the books. */
export const LIST_STATUS_LABELS = ['Status', 'Invoice Status', 'Export Status'];

/** The elements of one list row that hold each column's value (absent: not shown). */
export type RowCells = Partial<Record<ListColumn, Element>>;

/**
 * Which column a header names, by its label (the same labels as the invoice page, the
 * invoice date through the user's own), or null for a column the guard does not read.
 */
export function columnOf(header: string, invoiceDateLabels: readonly string[]): ListColumn | null {
  if (matchesLabel(header, invoiceDateLabels)) return 'date';
  if (matchesLabel(header, DEFAULT_INVOICE_NUMBER_LABELS)) return 'number';
  if (matchesLabel(header, DEFAULT_SYNC_STATUS_LABELS)) return 'syncStatus';
  if (matchesLabel(header, DEFAULT_ACCOUNTING_REFERENCE_LABELS)) return 'reference';
  if (matchesLabel(header, LIST_STATUS_LABELS)) return 'status';
  return null;
}

/**
 * A header cell's text as a reader hears it: hidden parts (sort arrows, icon ligatures) left
 * out, its `aria-label` when it shows no text. Buttons count: a sortable header's title is one.
 */
export function headerText(header: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) parts.push((node as Text).data);
    if (node.nodeType !== 1 || (node !== header && isIgnoredElement(node as Element))) return;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(header);
  const text = collapseWhitespace(parts.join(' '));
  return text !== '' ? text : collapseWhitespace(header.getAttribute('aria-label') ?? '');
}

/** A cell's text, whitespace collapsed (our marks keep their words in a shadow root). */
export function cellText(cell: Element | undefined): string {
  return cell ? collapseWhitespace(cell.textContent ?? '') : '';
}
