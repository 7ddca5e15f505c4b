/**
 * What the audit log's Invoice column says for a record: its invoice number, or for the
 * selected invoices of a bulk export that Period Guard never saw, how many they were.
 */
export function auditInvoiceText(record: {
  invoiceNumber?: string;
  unverified?: number;
}): string | undefined {
  const n = record.unverified;
  if (!n) return record.invoiceNumber;
  return `${n.toLocaleString('en-US')} selected ${n === 1 ? 'invoice' : 'invoices'}, not checked`;
}
