import type { AuditLog } from './audit-schema';

/**
 * The audit log keeps the newest records that fit in this many bytes of JSON. Chrome's 10 MB
 * of local storage is shared with the calendars and synced dates: an unbounded log would
 * eventually make every write fail, the calendar's included.
 */
export const AUDIT_LOG_BUDGET_BYTES = 1024 * 1024;

/** The budget in words, for the settings page. */
export const AUDIT_LOG_BUDGET_TEXT = `${AUDIT_LOG_BUDGET_BYTES / (1024 * 1024)} MB`;

const encoder = new TextEncoder();

/** UTF-8 bytes of `value` as JSON: what storage.local counts against its quota. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).byteLength;
}

/**
 * `log` without its oldest records, so that the rest fits in `budget` bytes of JSON. The
 * newest record is always kept: it is the override just made, and a schema-valid record is
 * far smaller than the budget.
 */
export function capAuditLog(log: AuditLog, budget: number = AUDIT_LOG_BUDGET_BYTES): AuditLog {
  // "[" and "]", then each record and the comma before it.
  let total = 2;
  let first = log.length;
  for (let i = log.length - 1; i >= 0; i--) {
    const size = jsonBytes(log[i]) + (i === log.length - 1 ? 0 : 1);
    if (total + size > budget && first < log.length) break;
    total += size;
    first = i;
  }
  return first === 0 ? log : log.slice(first);
}
