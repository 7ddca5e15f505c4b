/**
 * Calendar dates as `yyyy-MM-dd` strings. No `Date` object leaves this file: arithmetic is
 * done on UTC midnights, so no time zone, DST change or locale can move a day.
 */

/** A calendar date written `yyyy-MM-dd`. Branded only by convention: check with {@link isIsoDate}. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in `month` (1–12) of `year`, Gregorian leap rules. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when `value` is a real calendar date in `yyyy-MM-dd` form (1000–9999; no 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Builds `yyyy-MM-dd` from numbers, or `null` when they are not a real date. */
export function toIsoDate(year: number, month: number, day: number): IsoDate | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) ? text : null;
}

/** Days since 1970-01-01 for a valid ISO date (UTC arithmetic, so DST never applies). */
export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The ISO date for a day number from {@link toDayNumber}. */
export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

/** `date` moved by `days` calendar days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The later of two dates, ignoring `undefined`. ISO strings compare correctly as text. */
export function laterOf(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/**
 * Today's calendar date where the user is. The one place the wall clock is read; everything
 * else receives `today` as an argument so tests can pin it.
 */
export function localToday(now: Date = new Date()): IsoDate {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
