/**
 * BuildOps invoice pages are most likely `/invoices/<id>` (unconfirmed: matched by content, the URL is a hint).
 * Only a hint: an invoice URL whose page shows no readable invoice is judged
 * `unreadable-date` rather than left unguarded.
 */
export function looksLikeInvoiceUrl(pathname: string): boolean {
  return /\/invoices?\/[^/]+/i.test(pathname);
}
