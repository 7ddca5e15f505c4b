import type { IsoDate } from './iso-date';
import { type InvoiceSnapshot, isSynced } from './snapshot';
import type { Verdict } from './verdict-types';

/** The date Intacct will check for an invoice, and which of its dates that is. */
export interface JudgedDate {
  date: IsoDate;
  dateSource: NonNullable<Verdict['dateSource']>;
}

/**
 * Which date the verdict judges: the posting date when there is one, as Intacct posts by it, else
 * the invoice date; a synced invoice by the date it had when first seen synced. Null when a date
 * the page shows could not be read: a page we cannot read is never vouched for.
 */
export function judgedDate(snapshot: InvoiceSnapshot): JudgedDate | null {
  if (snapshot.invoiceDate === null) return null;
  if (isSynced(snapshot) && snapshot.originalDate !== undefined) {
    return { date: snapshot.originalDate, dateSource: 'original' };
  }
  if (snapshot.unreadablePostingDate !== undefined) return null;
  if (snapshot.postingDate !== undefined) {
    return { date: snapshot.postingDate, dateSource: 'posting' };
  }
  return { date: snapshot.invoiceDate, dateSource: 'invoice' };
}
