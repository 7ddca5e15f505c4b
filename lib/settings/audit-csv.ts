import Papa from 'papaparse';
import { verdictLabel } from '../resolution/verdict-label';
import type { AuditRecord } from './audit-schema';
import { auditInvoiceText } from './unverified-invoices';

/** Column titles of the exported log, in order. */
export const AUDIT_CSV_TITLES = [
  'When',
  'Who',
  'Invoice',
  'Invoice date',
  'Verdict',
  'Verdict code',
  'Period',
  'Reason',
  'Page',
] as const;

/**
 * Cells a spreadsheet would run as a formula: `= + - @` first (after any blanks), or a tab or
 * carriage return first. Invoice numbers, periods and URLs come from the host page, names and
 * reasons are typed freely, so a crafted value must not become a live formula when the
 * controller opens the file in Excel.
 */
const FORMULA_START = /^(?:\s*[=+\-@]|[\t\r])/;

/** The cell as text that opens as text: a leading apostrophe disarms a formula. */
function safeCell(value: string | undefined): string {
  if (value === undefined) return '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The "Export anyway" records as CSV for the controller: one row per record in
 * the order given (the settings page passes what it shows, newest first), CRLF line endings,
 * quoted where needed, every text cell guarded against formula injection. `When` is the ISO
 * instant as stored (unambiguous in any zone), the invoice date its `yyyy-MM-dd` day.
 * No byte order mark; the download adds one so Excel reads UTF-8.
 */
export function auditLogToCsv(records: readonly AuditRecord[]): string {
  const rows = records.map((record) => [
    safeCell(record.at),
    safeCell(record.who),
    safeCell(auditInvoiceText(record)),
    safeCell(record.date),
    verdictLabel(record.verdict),
    record.verdict,
    safeCell(record.period),
    safeCell(record.reason),
    safeCell(record.url),
  ]);
  return `${Papa.unparse({ fields: [...AUDIT_CSV_TITLES], data: rows }, { newline: '\r\n' })}\r\n`;
}
