/**
 * The reader alone, for `npm run bench:cold-read`: bench/cold-read.mjs evaluates this bundle
 * in a fresh isolated world of a bench page and calls `periodGuardColdRead()` twice. The first
 * call is the page's first read as a content script meets it (its code not yet compiled, no
 * wrappers for the page's nodes in this world); the second is a warm read.
 */
import { readInvoice } from '../../lib/page/read-invoice';
import {
  DEFAULT_INVOICE_DATE_LABELS,
  DEFAULT_POSTING_DATE_LABELS,
} from '../../lib/settings/defaults';

const reading = {
  invoiceDateLabels: DEFAULT_INVOICE_DATE_LABELS,
  postingDateLabels: DEFAULT_POSTING_DATE_LABELS,
  dayFirst: false,
};

Object.assign(globalThis, {
  periodGuardColdRead(): { ms: number; invoiceDate: string | null } {
    const start = performance.now();
    const { snapshot } = readInvoice(document.body, reading);
    return { ms: performance.now() - start, invoiceDate: snapshot.invoiceDate };
  },
});
