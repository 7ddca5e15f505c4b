import type { ImportWarning } from '../calendar-files/import-warnings';
import { formatDateRange, formatLongDate } from '../dates/format';

/**
 * One import warning as a sentence: "Mar 2026 is Open in the file, but AR is closed through
 * September 30, 2026: it will count as closed." or "No period covers October 1 – October 31,
 * 2026, between Sep 2026 and Nov 2026: …".
 */
export function importWarningText(warning: ImportWarning): string {
  const { period, entity, from } = warning;
  const books = entity ? ` (${entity})` : '';
  if (warning.kind === 'open-but-closed') {
    const counts =
      period.end <= from
        ? 'it will count as closed'
        : `its days through ${formatLongDate(from)} will count as closed`;
    return `${period.name}${books} is Open in the file, but ${warning.module ?? 'AR'} is closed through ${formatLongDate(from)}: ${counts}.`;
  }
  const days =
    warning.to && warning.to !== from ? formatDateRange(from, warning.to) : formatLongDate(from);
  const between = warning.previous
    ? `between ${warning.previous.name} and ${period.name}`
    : `before ${period.name}`;
  const inBooks = entity ? ` in ${entity}'s books` : '';
  return `No period covers ${days}${inBooks}, ${between}: invoices dated then are outside the calendar, so Period Guard cannot vouch for them.`;
}
