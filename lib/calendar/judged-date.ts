import type { IsoDate } from './iso-date';
import { type InvoiceSnapshot, isSynced } from './snapshot';
import type { Verdict } from './verdict-types';

/** The date Intacct will check for an invoice, and which of its dates that is. */
export interface JudgedDate {
  date: IsoDate;
  dateSource: NonNullable<Verdict['dateSource']>;
}

/**
 * Which date of the snapshot the verdict judges. Intacct posts by the posting date when the
 * invoice has one, else by the invoice date; once the invoice has synced it re-checks the
 * original posting date, so a synced invoice is judged by the date it carried when first seen
 * synced, whatever the page shows now. Null when the invoice date, or a posting date the page
 * shows, could not be read: a page we cannot read is never vouched for.
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
