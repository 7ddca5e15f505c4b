import type { InvoiceSnapshot } from '../calendar/snapshot';
import type { Verdict } from '../calendar/verdict-types';
import { formatLongDate } from '../dates/format';
import { closeClause, closeOverdue, dateLabel, periodPhrase } from './phrases';

/**
 * The "why" behind a verdict in full sentences: which date was judged, which period holds it,
 * what Intacct will do, and the first open day when there is one. Shown under the headline.
 */
export function verdictExplanation(verdict: Verdict, snapshot: InvoiceSnapshot | null): string {
  const judged = verdict.date
    ? `The ${dateLabel(verdict)}, ${formatLongDate(verdict.date)},`
    : `The ${dateLabel(verdict)}`;
  const period = periodPhrase(verdict);
  const closedThrough = verdict.closedThrough
    ? ` The books are closed through ${formatLongDate(verdict.closedThrough)}.`
    : '';
  const openDay = verdict.firstOpenDay
    ? ` The first open day is ${formatLongDate(verdict.firstOpenDay)}.`
    : '';

  switch (verdict.kind) {
    case 'open':
      return verdict.period
        ? `${judged} is in ${period}, an open period. Intacct will accept it.`
        : `${judged} is after the last closed day. Intacct will accept it.`;
    case 'closing-soon': {
      const then = closeOverdue(verdict)
        ? 'Export now: once it closes, Intacct will refuse it.'
        : 'Export before then, or Intacct will refuse it.';
      return `${judged} is in ${period}, which ${closeClause(verdict.daysUntilClose, verdict.closesOn)}. ${then}`;
    }
    case 'closed':
      // No named period: the closed-through date alone closes the day, so say that plainly.
      return verdict.period || !verdict.closedThrough
        ? `${judged} is in ${period}, a closed period. Intacct refuses transactions dated in a closed period.${closedThrough}${openDay}`
        : `${judged} is on or before ${formatLongDate(verdict.closedThrough)}, the day the books are closed through. Intacct refuses transactions dated in a closed period.${openDay}`;
    case 'locked':
      return `${judged} is in ${period}, which is closed and locked. Intacct refuses it, and the period cannot be reopened until the admin unlocks it.${openDay}`;
    case 'synced-closed': {
      const ref = snapshot?.accountingReferenceId?.trim();
      const synced = ref
        ? `This invoice already synced to Intacct (Accounting Reference ID ${ref}).`
        : 'This invoice already synced to Intacct.';
      const original = !verdict.date
        ? 'its original date, which is in a period that is now closed'
        : verdict.period
          ? `its original date, ${formatLongDate(verdict.date)}, which is in ${period}, now closed`
          : `its original date, ${formatLongDate(verdict.date)}, now in a closed period`;
      return `${synced} Intacct judges any change by ${original}, so a re-sync will be refused. Corrections must be made by hand in Intacct.${openDay}`;
    }
    case 'outside-calendar':
      return `${judged} is not covered by any period in the calendar, so Period Guard cannot vouch for it.`;
    case 'no-calendar':
      return `No period calendar is set up, so Period Guard cannot tell whether ${verdict.date ? formatLongDate(verdict.date) : 'this date'} is in an open period.`;
    case 'stale-calendar':
      return `The team calendar has not been refreshed for longer than allowed, so Period Guard cannot vouch for ${verdict.date ? formatLongDate(verdict.date) : 'this date'}.`;
    case 'unreadable-date': {
      if (snapshot === null)
        return 'No invoice was found on this page, so there is no date to check.';
      if (verdict.dateSource === 'posting') {
        return `The posting date “${snapshot.unreadablePostingDate ?? ''}” could not be read as one date, so Period Guard cannot check its period.`;
      }
      const shown = snapshot.invoiceDateText?.trim();
      return shown
        ? `The invoice date “${shown}” could not be read as one date, so Period Guard cannot check its period.`
        : 'No invoice date was found on this page, so Period Guard cannot check its period.';
    }
  }
}
