import { type IsoDate, isIsoDate } from '../calendar/iso-date';
import { monthName } from './month-names';

/**
 * "September 15, 2026" for `2026-09-15`, the way an accountant in the US reads a date.
 * Built from the string's own digits: no `Date`, so no time zone can show the day before,
 * and no `Intl`, so the browser's locale cannot reorder it. Text that is not a real ISO date
 * comes back unchanged, so a banner never crashes on a bad value and still shows what it had.
 */
export function formatLongDate(date: IsoDate): string {
  if (!isIsoDate(date)) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${monthName(month)} ${day}, ${year}`;
}

/**
 * The date as typed into a BuildOps date field: `09/15/2026`, or `15/09/2026` for users who set
 * day-first dates. Used for values the user copies onto the page.
 */
export function formatFieldDate(date: IsoDate, dayFirst = false): string {
  if (!isIsoDate(date)) return date;
  const [y, m, d] = date.split('-') as [string, string, string];
  return dayFirst ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
}

/** "September 1 – September 30, 2026" for a period; the year repeats only when it differs. */
export function formatDateRange(start: IsoDate, end: IsoDate): string {
  if (!isIsoDate(start) || !isIsoDate(end)) return `${start} – ${end}`;
  if (start.slice(0, 4) === end.slice(0, 4)) {
    const [, m, d] = start.split('-').map(Number) as [number, number, number];
    return `${monthName(m)} ${d} – ${formatLongDate(end)}`;
  }
  return `${formatLongDate(start)} – ${formatLongDate(end)}`;
}
