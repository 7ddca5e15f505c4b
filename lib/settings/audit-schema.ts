import '../zod-config';
import * as z from 'zod/mini';
import { isoDateSchema } from '../calendar/model';
import { VERDICTS } from '../calendar/verdict-types';

/** The log keeps this many override records; the oldest go first. About 1 MB at most. */
export const AUDIT_LOG_LIMIT = 5_000;

/**
 * One "Export anyway": who can later explain why an invoice went to Intacct
 * against the guard's advice. `at` is an instant (when it happened), `date` the calendar date
 * of the invoice that was judged.
 */
export const auditRecordSchema = z.lazy(() =>
  z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    at: z.iso.datetime({ offset: true }),
    invoiceNumber: z.optional(z.string().check(z.maxLength(200))),
    date: z.optional(isoDateSchema),
    verdict: z.enum(VERDICTS),
    period: z.optional(z.string().check(z.maxLength(100))),
    url: z.optional(z.string().check(z.maxLength(2_000))),
  }),
);
export type AuditRecord = z.infer<typeof auditRecordSchema>;

/**
 * Oldest first, as appended. No length limit on read: a log longer than the cap (say, from a
 * build with a larger one) is still readable; it is trimmed on the next append.
 */
export const auditLogSchema = z.lazy(() => z.array(auditRecordSchema));
export type AuditLog = z.infer<typeof auditLogSchema>;

/** `log` with `record` appended, dropping the oldest records beyond {@link AUDIT_LOG_LIMIT}. */
export function appendToAuditLog(log: AuditLog, record: AuditRecord): AuditLog {
  const next = [...log, record];
  return next.length > AUDIT_LOG_LIMIT ? next.slice(next.length - AUDIT_LOG_LIMIT) : next;
}
