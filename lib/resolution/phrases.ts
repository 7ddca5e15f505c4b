import type { Module } from '../calendar/model';
import { type InvoiceSnapshot, isSynced } from '../calendar/snapshot';
import type { Verdict } from '../calendar/verdict-types';
import { formatDateRange, formatLongDate } from '../dates/format';

/*
 * The facts every resolution text needs, worked out once so the steps, the headline and the
 * reopen request never disagree about whether an invoice synced or a period is locked.
 */

/**
 * True when the invoice already reached Intacct. The verdict says so for `synced-closed`; for
 * other verdicts the snapshot's Accounting Reference ID decides, so a plain `closed` verdict
 * on a synced invoice still never suggests moving its date (Intacct judges the original date).
 */
export function invoiceSynced(verdict: Verdict, snapshot: InvoiceSnapshot | null): boolean {
  return verdict.kind === 'synced-closed' || (snapshot !== null && isSynced(snapshot));
}

/** True when the period holding the date is locked: reopening it is impossible until unlocked. */
export function periodLocked(verdict: Verdict): boolean {
  return verdict.kind === 'locked' || verdict.period?.status === 'locked';
}

/** "Accounts Receivable (AR)" for a module code, as the Intacct admin reads it. */
export function moduleName(module: Module): string {
  return module === 'GL' ? 'General Ledger (GL)' : 'Accounts Receivable (AR)';
}

/**
 * Which books must reopen. A period row names its module; otherwise an invoice posts through AR,
 * and a closed GL closes AR too, so both are named.
 */
export function modulePhrase(verdict: Verdict): string {
  const module = verdict.period?.module;
  if (module === 'GL') return `${moduleName('GL')}, which also closes Accounts Receivable`;
  if (module === 'AR') return moduleName('AR');
  return `${moduleName('AR')}, and the ${moduleName('GL')} if it is closed for that date too`;
}

/** "September 2026" or, without a named period, a description built from what is known. */
export function periodPhrase(verdict: Verdict): string {
  if (verdict.period) return verdict.period.name;
  if (verdict.date) return `the period holding ${formatLongDate(verdict.date)}`;
  return 'the closed period';
}

/** "September 2026 (September 1 – September 30, 2026)" when the period is known. */
export function periodWithRange(verdict: Verdict): string {
  const p = verdict.period;
  if (!p) return periodPhrase(verdict);
  return `${p.name} (${formatDateRange(p.start, p.end)})`;
}

/** What the judged date is called: Intacct may judge the posting or original date, not the invoice date. */
export function dateLabel(verdict: Verdict): string {
  switch (verdict.dateSource) {
    case 'posting':
      return 'posting date';
    case 'original':
      return 'original date';
    default:
      return 'invoice date';
  }
}

/** "in 3 days", "tomorrow", "today" for a closing-soon countdown. */
export function countdown(days: number | undefined): string {
  if (days === undefined) return 'soon';
  if (days <= 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}
