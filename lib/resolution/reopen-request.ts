import type { InvoiceSnapshot } from '../calendar/snapshot';
import type { Verdict } from '../calendar/verdict-types';
import { formatFieldDate, formatLongDate } from '../dates/format';
import {
  dateLabel,
  invoiceSynced,
  modulePhrase,
  periodLocked,
  periodPhrase,
  periodWithRange,
} from './phrases';

/**
 * A ready-to-send request to the Intacct admin to reopen the period:
 * which invoice and date, which period and module, why, and that the period should be closed
 * again after the re-sync. Plain text so it pastes into mail or chat as it is. `null` when
 * the verdict has no closed period to reopen (open, closing soon, or cannot verify).
 */
export function reopenRequest(
  verdict: Verdict,
  snapshot: InvoiceSnapshot | null,
  /** Write the date as it is typed into BuildOps: day first for a day-first user. */
  dayFirst = false,
): string | null {
  if (verdict.kind !== 'closed' && verdict.kind !== 'locked' && verdict.kind !== 'synced-closed') {
    return null;
  }
  const synced = invoiceSynced(verdict, snapshot);
  const locked = periodLocked(verdict);
  const number = snapshot?.invoiceNumber?.trim();
  const invoice = number ? `invoice ${number}` : 'an invoice';
  const period = periodPhrase(verdict);
  const action = synced ? 're-synced' : 'exported';

  const facts = [
    `Invoice: ${number || '(number not shown on the page)'}`,
    verdict.date
      ? `${capitalize(dateLabel(verdict))}: ${formatLongDate(verdict.date)} (${formatFieldDate(verdict.date, dayFirst)})`
      : undefined,
    // Without a named period the closed-through line below says what is closed.
    verdict.period
      ? `Period: ${periodWithRange(verdict)}${locked ? ', closed and locked' : ', closed'}`
      : undefined,
    verdict.closedThrough
      ? `Books closed through: ${formatLongDate(verdict.closedThrough)}`
      : undefined,
    `Module: ${modulePhrase(verdict)}`,
    verdict.entity || snapshot?.entity
      ? `Entity: ${verdict.entity ?? snapshot?.entity}`
      : undefined,
    synced && snapshot?.accountingReferenceId?.trim()
      ? `Accounting Reference ID: ${snapshot.accountingReferenceId.trim()}`
      : undefined,
  ].filter((line): line is string => line !== undefined);

  const why = synced
    ? 'It already synced once, and Intacct judges any change by its original date, which is now in a closed period, so the re-sync is refused ("Periods are closed").'
    : 'Intacct refuses transactions dated in a closed period ("Periods are closed"), and this invoice has to keep its date in that period.';

  const paragraphs = [
    `Subject: Please reopen ${period} in Sage Intacct for ${invoice}`,
    'Hello,',
    `Could you reopen ${period} in Sage Intacct so that ${invoice} can be ${action} from BuildOps?`,
    facts.join('\n'),
    `Why: ${why}`,
    locked
      ? 'The period is locked, so it will need to be unlocked before it can be reopened.'
      : undefined,
    `Once the invoice has ${action}, please close the period again${locked ? ' and lock it again' : ''}. I will let you know as soon as it is done.`,
    'Thank you,',
  ].filter((p): p is string => p !== undefined);

  return `${paragraphs.join('\n\n')}\n`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
