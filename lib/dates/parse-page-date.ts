import { type IsoDate, toIsoDate } from '../calendar/iso-date';
import { MONTH_PATTERN, monthNumber } from './month-names';

/**
 * What a date written on the BuildOps page says. A failure names why, so the guard can tell
 * the user whether the field is blank, unreadable, or holds more than one date — it never
 * guesses, because a wrong guess could let an export into a closed period.
 */
export type DateReading =
  | { ok: true; date: IsoDate }
  | { ok: false; reason: 'empty' | 'no-date' | 'ambiguous' | 'invalid' };

export interface PageDateOptions {
  /** Read `15/09/2026` as day/month/year. Only when the user says so. */
  dayFirst?: boolean;
}

/**
 * Two-digit years are 20yy unless that lands more than 50 years after 2026, then 19yy
 * (`76` → 2076, `77` → 1977). A fixed year, not the clock's, so every run reads alike.
 */
const TWO_DIGIT_YEAR_REFERENCE = 2026;
const TWO_DIGIT_YEAR_MAX_AHEAD = 50;

/** The full year for a two-digit year as written in `MM/dd/yy` (see the pivot above). */
export function expandTwoDigitYear(twoDigits: number): number {
  const year = 2000 + twoDigits;
  return year - TWO_DIGIT_YEAR_REFERENCE > TWO_DIGIT_YEAR_MAX_AHEAD ? year - 100 : year;
}

/** A date-shaped piece of text: the date it names, or `null` when no such day exists. */
type Candidate = IsoDate | null;

interface DateShape {
  pattern: RegExp;
  /** The shape writes the month as a word ("Sep", "September"). */
  named?: boolean;
  read(match: RegExpMatchArray, options: PageDateOptions): Candidate;
}

const ORDINAL = '(?:st|nd|rd|th)?';
const MONTH = `(${MONTH_PATTERN})\\.?`;
/** Between day and year in written dates: "15, 2026", "15,2026", "15 2026", "15-2026". */
const BEFORE_YEAR = '(?:\\s*,\\s*|\\s+|-)';

function yearOf(text: string | undefined): number {
  return text?.length === 2 ? expandTwoDigitYear(Number(text)) : Number(text);
}

/**
 * Recognised shapes, most specific first. Each match is blanked out of the text before the
 * next shape looks, so `2026-09-15` is not also read as `26-09-15`.
 */
const SHAPES: DateShape[] = [
  {
    // yyyy-MM-dd, also with / or . (the separators must agree).
    pattern: /(?<![\w./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d|[./-]\d)/g,
    read: (m) => toIsoDate(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  {
    // MMM d, yyyy · MMMM d, yyyy · Sept. 15th 2026 · Sep-15-2026
    pattern: new RegExp(
      `\\b${MONTH}(?:\\s+|-)(\\d{1,2})${ORDINAL}${BEFORE_YEAR}(\\d{4})(?!\\d)`,
      'gi',
    ),
    named: true,
    read: (m) => {
      const month = monthNumber(m[1] ?? '');
      return month === undefined ? null : toIsoDate(Number(m[3]), month, Number(m[2]));
    },
  },
  {
    // d MMM yyyy · 15th of September, 2026 · 15-Sep-2026
    pattern: new RegExp(
      `\\b(\\d{1,2})${ORDINAL}(?:\\s+of)?(?:\\s+|-)${MONTH}${BEFORE_YEAR}(\\d{4})(?!\\d)`,
      'gi',
    ),
    named: true,
    read: (m) => {
      const month = monthNumber(m[2] ?? '');
      return month === undefined ? null : toIsoDate(Number(m[3]), month, Number(m[1]));
    },
  },
  {
    // MM/dd/yyyy · M/d/yyyy · MM/dd/yy, with / . or - (agreeing); day first only on request.
    pattern: /(?<![\w./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[./-]\d)/g,
    read: (m, options) => {
      const first = Number(m[1]);
      const second = Number(m[3]);
      const year = yearOf(m[4]);
      return options.dayFirst ? toIsoDate(year, second, first) : toIsoDate(year, first, second);
    },
  },
];

/**
 * Page text in one predictable form: non-breaking and thin spaces become spaces, invisible
 * joiners vanish, and typographic dashes become hyphens (some apps print `2026–09–15`).
 */
function cleanPageText(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2007\u2009\u200a\u202f\u3000]/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/**
 * The one date in a piece of page text (formats in docs/using.md), built with `toIsoDate`, never
 * `new Date(string)`, whose reading depends on the browser and its time zone. Otherwise `empty`,
 * `no-date`, `invalid` (no such day) or `ambiguous` (two different dates).
 */
export function parsePageDate(text: string, options: PageDateOptions = {}): DateReading {
  let rest = cleanPageText(text);
  if (rest.trim() === '') return { ok: false, reason: 'empty' };

  // Every shape needs a digit, and month-name shapes an ASCII letter: checked first, so
  // plain numbers and words skip the month-name patterns.
  if (!/\d/.test(rest)) return { ok: false, reason: 'no-date' };
  const hasLetters = /[a-z]/i.test(rest);

  const candidates: Candidate[] = [];
  for (const shape of SHAPES) {
    if (shape.named && !hasLetters) continue;
    for (const match of rest.matchAll(shape.pattern)) candidates.push(shape.read(match, options));
    rest = rest.replace(shape.pattern, (found) => ' '.repeat(found.length));
  }

  if (candidates.length === 0) return { ok: false, reason: 'no-date' };
  const dates = new Set(candidates.filter((c): c is IsoDate => c !== null));
  const invalid = candidates.some((c) => c === null);
  if (dates.size > 1 || (dates.size === 1 && invalid)) return { ok: false, reason: 'ambiguous' };
  const [date] = dates;
  return date === undefined ? { ok: false, reason: 'invalid' } : { ok: true, date };
}
