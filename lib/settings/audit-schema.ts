import '../zod-config';
import * as z from 'zod/mini';
import { isoDateSchema } from '../calendar/model';
import { VERDICTS } from '../calendar/verdict-types';
import { lazySchema } from '../lazy-schema';
import { capAuditLog } from './audit-cap';
import { PERSON_NAME_MAX } from './settings-schema';

/** Most characters of a reason typed in the export dialog: a sentence or two. */
export const OVERRIDE_REASON_MAX = 500;

/**
 * One "Export anyway": who can later explain why an invoice went to Intacct
 * against the guard's advice. `at` is an instant (when it happened), `date` the calendar date
 * of the invoice that was judged.
 */
export const auditRecordSchema = lazySchema(() =>
  z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    at: z.iso.datetime({ offset: true }),
    invoiceNumber: z.optional(z.string().check(z.maxLength(200))),
    date: z.optional(isoDateSchema),
    verdict: z.enum(VERDICTS),
    period: z.optional(z.string().check(z.maxLength(100))),
    url: z.optional(z.string().check(z.maxLength(2_000))),
    /**
     * Who chose Export anyway and why, for the controller reading the log at close. Optional:
     * records written before they existed, and overrides by someone who set no name and gave
     * no reason where none was required, have neither.
     */
    who: z.optional(z.string().check(z.maxLength(PERSON_NAME_MAX))),
    reason: z.optional(z.string().check(z.maxLength(OVERRIDE_REASON_MAX))),
    /**
     * A bulk export's selected invoices that were never on the page (a "select all" over a
     * virtualised list): how many went out with their dates unchecked. No invoice number then.
     */
    unverified: z.optional(z.int().check(z.gte(1))),
  }),
);
export type AuditRecord = z.infer<typeof auditRecordSchema>;

/**
 * Oldest first, as appended. No size limit on read: a log over the cap (say, from a build
 * with a larger one) is still readable; it is trimmed on the next append.
 */
export const auditLogSchema = lazySchema(() => z.array(auditRecordSchema));
export type AuditLog = z.infer<typeof auditLogSchema>;

/** `log` with `record` appended, dropping the oldest records past the byte cap (audit-cap.ts). */
export function appendToAuditLog(log: AuditLog, record: AuditRecord): AuditLog {
  return capAuditLog([...log, record]);
}
