import '../zod-config';
import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { isoDateSchema } from './model';

/** Optional text of at most 200 characters; one schema serves every such field. */
const text200 = lazySchema(() => z.optional(z.string().check(z.maxLength(200))));

/**
 * What the content script read off one BuildOps invoice. Dates are already parsed to
 * `yyyy-MM-dd`; `invoiceDate: null` means the date was missing or could not be read, and
 * `invoiceDateText` keeps what was on the page so the banner can show it.
 */
export const invoiceSnapshotSchema = lazySchema(() =>
  z.object({
    invoiceNumber: text200,
    invoiceDate: z.nullable(isoDateSchema),
    invoiceDateText: text200,
    postingDate: z.optional(isoDateSchema),
    /** A posting date the page shows but that does not read as a date: nothing can be vouched for. */
    unreadablePostingDate: text200,
    accountingReferenceId: text200,
    syncStatus: text200,
    entity: text200,
    /** The date the invoice carried when first seen synced: Intacct judges re-syncs by it. */
    originalDate: z.optional(isoDateSchema),
  }),
);
export type InvoiceSnapshot = z.infer<typeof invoiceSnapshotSchema>;

/** True when the invoice already reached Intacct (it carries an Accounting Reference ID). */
export function isSynced(snapshot: InvoiceSnapshot): boolean {
  return (snapshot.accountingReferenceId ?? '').trim() !== '';
}
