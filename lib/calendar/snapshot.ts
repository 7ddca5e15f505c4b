import '../zod-config';
import { z } from 'zod';
import { isoDateSchema } from './model';

/**
 * What the content script read off one BuildOps invoice. Dates are already parsed to
 * `yyyy-MM-dd`; `invoiceDate: null` means the date was missing or could not be read, and
 * `invoiceDateText` keeps what was on the page so the banner can show it.
 */
export const invoiceSnapshotSchema = z.object({
  invoiceNumber: z.string().max(200).optional(),
  invoiceDate: isoDateSchema.nullable(),
  invoiceDateText: z.string().max(200).optional(),
  postingDate: isoDateSchema.optional(),
  accountingReferenceId: z.string().max(200).optional(),
  syncStatus: z.string().max(200).optional(),
  entity: z.string().max(200).optional(),
  /** The date the invoice carried when first seen synced: Intacct judges re-syncs by it. */
  originalDate: isoDateSchema.optional(),
});
export type InvoiceSnapshot = z.infer<typeof invoiceSnapshotSchema>;

/** True when the invoice already reached Intacct (it carries an Accounting Reference ID). */
export function isSynced(snapshot: InvoiceSnapshot): boolean {
  return (snapshot.accountingReferenceId ?? '').trim() !== '';
}
