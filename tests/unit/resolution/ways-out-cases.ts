import type { InvoiceSnapshot } from '../../../lib/calendar/snapshot';
import type { Verdict } from '../../../lib/calendar/verdict-types';
import { sep } from '../../support/calendars';

/**
 * The example cases docs/ways-out.md walks through: invoice INV-1001
 * dated September 15, 2026 against a calendar closed through September 30 (August locked).
 * ways-out-doc.test.ts checks the page says exactly what lib/resolution says for each.
 */
const unsynced: InvoiceSnapshot = {
  invoiceNumber: 'INV-1001',
  invoiceDate: '2026-09-15',
  invoiceDateText: '09/15/2026',
};

export interface WaysOutCase {
  title: string;
  verdict: Verdict;
  snapshot: InvoiceSnapshot | null;
}

export const WAYS_OUT_CASES: WaysOutCase[] = [
  {
    title: 'Not synced yet, in a closed period',
    snapshot: unsynced,
    verdict: {
      kind: 'closed',
      date: '2026-09-15',
      dateSource: 'invoice',
      period: sep,
      closedThrough: '2026-09-30',
      firstOpenDay: '2026-10-01',
    },
  },
  {
    title: 'Already synced, and its original period is now closed',
    snapshot: { ...unsynced, accountingReferenceId: 'SI-48213', syncStatus: 'Synced' },
    verdict: {
      kind: 'synced-closed',
      date: '2026-09-15',
      dateSource: 'original',
      period: sep,
      closedThrough: '2026-09-30',
      firstOpenDay: '2026-10-01',
    },
  },
  {
    title: 'In a locked period',
    snapshot: { ...unsynced, invoiceDate: '2026-08-20', invoiceDateText: '08/20/2026' },
    verdict: {
      kind: 'locked',
      date: '2026-08-20',
      dateSource: 'invoice',
      period: { name: 'Aug 2026', start: '2026-08-01', end: '2026-08-31', status: 'locked' },
      closedThrough: '2026-09-30',
      firstOpenDay: '2026-10-01',
    },
  },
  {
    title: 'Closing soon',
    snapshot: { ...unsynced, invoiceDate: '2026-10-20', invoiceDateText: '10/20/2026' },
    verdict: {
      kind: 'closing-soon',
      date: '2026-10-20',
      dateSource: 'invoice',
      period: {
        name: 'Oct 2026',
        start: '2026-10-01',
        end: '2026-10-31',
        status: 'open',
        closesOn: '2026-11-06',
      },
      closesOn: '2026-11-06',
      daysUntilClose: 3,
    },
  },
  {
    title: 'The date cannot be read',
    snapshot: { invoiceNumber: 'INV-1001', invoiceDate: null, invoiceDateText: 'Sept 15' },
    verdict: { kind: 'unreadable-date' },
  },
  {
    title: 'No calendar set up',
    snapshot: unsynced,
    verdict: { kind: 'no-calendar', date: '2026-09-15' },
  },
  {
    title: 'The team calendar is out of date',
    snapshot: unsynced,
    verdict: { kind: 'stale-calendar', date: '2026-09-15' },
  },
  {
    title: 'The date is outside the calendar',
    snapshot: { ...unsynced, invoiceDate: '2028-02-10', invoiceDateText: '02/10/2028' },
    verdict: { kind: 'outside-calendar', date: '2028-02-10', dateSource: 'invoice' },
  },
];
