/**
 * BuildOps invoice pages are most likely `/invoices/<id>` (notes/domain.md: unconfirmed).
 * Only a hint: an invoice URL whose page shows no readable invoice is judged
 * `unreadable-date` rather than left unguarded.
 */
export function looksLikeInvoiceUrl(pathname: string): boolean {
  return /\/invoices?\/[^/]+/i.test(pathname);
}
