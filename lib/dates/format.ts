import { type IsoDate, isIsoDate } from '../calendar/iso-date';
import { MONTH_NAMES } from './month-names';

/**
 * "September 15, 2026" for `2026-09-15`, the way an accountant in the US reads a date.
 * Built from the string's own digits: no `Date`, so no time zone can show the day before,
 * and no `Intl`, so the browser's locale cannot reorder it. Text that is not a real ISO date
 * comes back unchanged, so a banner never crashes on a bad value and still shows what it had.
 */
export function formatLongDate(date: IsoDate): string {
  if (!isIsoDate(date)) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${MONTH_NAMES[month - 1]} ${day}, ${year}`;
}
