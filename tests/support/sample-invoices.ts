import type { Period } from '../../lib/calendar/model';
import type { InvoiceSnapshot } from '../../lib/calendar/snapshot';
import type { Verdict } from '../../lib/calendar/verdict-types';

/** An unsynced invoice dated in September 2026. */
export const unsyncedInvoice: InvoiceSnapshot = {
  invoiceNumber: 'INV-1042',
  invoiceDate: '2026-09-15',
  invoiceDateText: '09/15/2026',
};

/** The same invoice after it reached Intacct. */
export const syncedInvoice: InvoiceSnapshot = {
  ...unsyncedInvoice,
  accountingReferenceId: 'SI-7781',
};

export const september: Period = {
  name: 'September 2026',
  start: '2026-09-01',
  end: '2026-09-30',
  status: 'closed',
};

/** A date in a closed period, as verdictFor reports it. */
export const closedVerdict: Verdict = {
  kind: 'closed',
  date: '2026-09-15',
  dateSource: 'invoice',
  period: september,
  closedThrough: '2026-09-30',
  firstOpenDay: '2026-10-01',
};

export const lockedVerdict: Verdict = {
  ...closedVerdict,
  kind: 'locked',
  period: { ...september, status: 'locked' },
};
