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

const FIRST_DAY = isoDayNumber('1000-01-01');
const LAST_DAY = isoDayNumber('9999-12-31');

/** `n` with a leading zero below 10. */
function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/**
 * The `yyyy-MM-dd` text of a day number (`isoDayNumber`'s inverse, H. Hinnant's
 * civil_from_days): integers only, no `Date`, which the period timeline's build spent most of
 * its time in. Days outside 1000–9999, which no `isoDayNumber` gives, throw a RangeError.
 */
export function isoDateOfDay(dayNumber: number): string {
  if (!Number.isInteger(dayNumber) || dayNumber < FIRST_DAY || dayNumber > LAST_DAY) {
    throw new RangeError(`day ${dayNumber} is not a date between 1000 and 9999`);
  }
  const shifted = dayNumber + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}
