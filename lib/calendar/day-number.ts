/**
 * The hot path of the verdict reads dates a million times a second; `toDayNumber` and
 * `isIsoDate` (iso-date.ts) split strings and build arrays and Dates. This reads the same
 * `yyyy-MM-dd` text digit by digit, allocating nothing, and agrees with them exactly (a
 * property test holds it to that).
 */

/** The digit at `index`, or -1 when the character is not 0–9. */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** The two-digit number at `index`, or -1. */
function pairAt(text: string, index: number): number {
  const tens = digitAt(text, index);
  const ones = digitAt(text, index + 1);
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

/** Days in `month` of `year`, Gregorian leap rules, without building an array. */
function monthLength(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a real `yyyy-MM-dd` date (years 1000–9999, as `isIsoDate`), or
 * NaN for anything else. Gregorian arithmetic on integers (H. Hinnant's days_from_civil), so
 * no time zone is involved.
 */
export function isoDayNumber(text: string): number {
  if (
    typeof text !== 'string' ||
    text.length !== 10 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45
  )
    return NaN;
  const high = pairAt(text, 0);
  const low = pairAt(text, 2);
  const month = pairAt(text, 5);
  const day = pairAt(text, 8);
  if (high < 10 || low < 0 || month < 1 || month > 12 || day < 1) return NaN;
  const year = high * 100 + low;
  if (day > monthLength(year, month)) return NaN;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
