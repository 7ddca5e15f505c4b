import { daysInMonth, type IsoDate, toIsoDate } from './iso-date';

/**
 * `date` moved back by whole `months`, the day clamped to the month's length: 2026-04-30
 * less 2 months is 2026-02-28. String arithmetic only, so no time zone can move it.
 */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toIsoDate(year, month, Math.min(d, daysInMonth(year, month))) ?? date;
}
