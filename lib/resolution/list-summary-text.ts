import type { ListSummary } from '../guard/list-verdicts';
import { closeClause } from './phrases';

function invoices(count: number): string {
  return count === 1 ? '1 invoice' : `${count} invoices`;
}

/**
 * What the list summary says, sentence by sentence: "3 invoices here are dated in closed
 * periods", then each closing-soon period ("5 are in Nov 2026, which closes in 2 days
 * (December 7, 2026)"), then what cannot be verified. Never a bare "all clear": with nothing
 * marked it says so about the rows it read.
 */
export function listSummaryLines(summary: ListSummary): string[] {
  const lines: string[] = [];
  if (summary.closed > 0) {
    lines.push(
      summary.closed === 1
        ? '1 invoice here is dated in a closed period'
        : `${invoices(summary.closed)} here are dated in closed periods`,
    );
  }
  summary.closingPeriods.forEach((period, i) => {
    const who =
      summary.closed > 0 || i > 0
        ? `${period.count} ${period.count === 1 ? 'is' : 'are'}`
        : `${invoices(period.count)} here ${period.count === 1 ? 'is' : 'are'}`;
    lines.push(
      `${who} in ${period.name}, which ${closeClause(period.daysUntilClose, period.closesOn)}`,
    );
  });
  if (summary.unverified > 0) {
    lines.push(
      `${invoices(summary.unverified)} here ${summary.unverified === 1 ? 'has a date' : 'have dates'} Period Guard cannot verify`,
    );
  }
  if (lines.length === 0) lines.push('No unsynced invoice here is in a closed or closing period');
  return lines;
}
