import { type IsoDate, isIsoDate } from '../calendar/iso-date';

/*
 * Date words for people. Kept here rather than in lib/dates so the resolution texts do not wait
 * on another module; both work on the `yyyy-MM-dd` text itself, never on a `Date`, so the day
 * shown is the day judged in every time zone.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** English name of month 1–12 ("September"). */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/**
 * "September 15, 2026" for `2026-09-15`: how accountants read a date in a sentence. A value that
 * is not a real ISO date is returned as it came, so a bad input shows rather than vanishes.
 */
export function formatLongDate(date: IsoDate): string {
  if (!isIsoDate(date)) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${monthName(m)} ${d}, ${y}`;
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

/** "September 1 – September 30, 2026" style range for a period; years repeat only when they differ. */
export function formatDateRange(start: IsoDate, end: IsoDate): string {
  if (!isIsoDate(start) || !isIsoDate(end)) return `${start} – ${end}`;
  if (start.slice(0, 4) === end.slice(0, 4)) {
    const [, m, d] = start.split('-').map(Number) as [number, number, number];
    return `${monthName(m)} ${d} – ${formatLongDate(end)}`;
  }
  return `${formatLongDate(start)} – ${formatLongDate(end)}`;
}
