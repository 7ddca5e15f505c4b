import '../zod-config';
import * as z from 'zod/mini';
import { isoDateSchema } from '../calendar/model';
import { lazySchema } from '../lazy-schema';

/**
 * The date each invoice carried when the guard first saw it synced, by invoice number.
 * Intacct judges later re-syncs by that original date, which the page may no
 * longer show once someone edits the invoice.
 */
export const syncedDatesSchema = lazySchema(() =>
  z.record(z.string().check(z.trim(), z.minLength(1), z.maxLength(200)), isoDateSchema),
);
export type SyncedDates = z.infer<typeof syncedDatesSchema>;
