import type { IsoDate } from '../calendar/iso-date';
import type { Module, PeriodStatus } from '../calendar/model';
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

/**
 * "September 2026"; without a named period (the closed-through date alone closed the day)
 * "the books for September 15, 2026", which is what the admin reopens.
 */
export function periodPhrase(verdict: Verdict): string {
  if (verdict.period) return verdict.period.name;
  if (verdict.date) return `the books for ${formatLongDate(verdict.date)}`;
  return 'the closed period';
}

/** How a period's status reads after its name: "closed and locked" says what locked means. */
function periodStatusWords(status: PeriodStatus): string {
  return status === 'locked' ? 'closed and locked' : status;
}

/**
 * The status of the verdict's period as the verdict sees it: a period still marked open whose
 * day the closed-through dates already close must not read "open" beside a closed verdict.
 */
export function verdictPeriodStatusWords(verdict: Verdict): string {
  const status = verdict.period?.status ?? 'open';
  const closedByDate =
    status === 'open' && (verdict.kind === 'closed' || verdict.kind === 'synced-closed');
  return closedByDate
    ? 'marked open, but the books are closed through this day'
    : periodStatusWords(status);
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

/**
 * The judged date as a fact beside the verdict: which date it is ("Invoice date", "Posting
 * date", "Original date") and its day, or what the page shows when that does not read.
 */
export function judgedDateFact(
  verdict: Verdict,
  snapshot: InvoiceSnapshot | null,
): { term: string; value: string } | undefined {
  const label = dateLabel(verdict);
  const term = label.charAt(0).toUpperCase() + label.slice(1);
  if (verdict.date) return { term, value: formatLongDate(verdict.date) };
  const shown = (
    verdict.dateSource === 'posting' ? snapshot?.unreadablePostingDate : snapshot?.invoiceDateText
  )?.trim();
  return shown ? { term, value: `“${shown}” (not readable)` } : undefined;
}

/**
 * When a period's scheduled close falls, as the clause after its name: "closes today (December
 * 4, 2026)", "closes in 3 days (December 7, 2026)", and for a close day already passed
 * "was due to close on November 10, 2026 and is still open" (overdue, never "today"). The one
 * wording of a close for the banner, the dialog, the popup and the year strip.
 */
export function closeClause(daysLeft: number | undefined, closesOn: IsoDate | undefined): string {
  const day = closesOn ? formatLongDate(closesOn) : undefined;
  if (daysLeft === undefined) return day ? `closes on ${day}` : 'closes soon';
  if (daysLeft < 0) {
    return day
      ? `was due to close on ${day} and is still open`
      : 'is past its scheduled close and still open';
  }
  const when = closeCountdown(daysLeft);
  return day ? `closes ${when} (${day})` : `closes ${when}`;
}

/** "today", "tomorrow", "in 3 days", or "overdue" once the close day has passed. */
export function closeCountdown(daysLeft: number | undefined): string {
  if (daysLeft === undefined) return 'soon';
  if (daysLeft < 0) return 'overdue';
  if (daysLeft === 0) return 'today';
  if (daysLeft === 1) return 'tomorrow';
  return `in ${daysLeft} days`;
}

/** True when the verdict's period is past its scheduled close and still open. */
export function closeOverdue(verdict: Verdict): boolean {
  return verdict.daysUntilClose !== undefined && verdict.daysUntilClose < 0;
}
