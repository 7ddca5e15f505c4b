/**
 * English month names as BuildOps writes them. Fixed here rather than taken from `Intl`, so
 * neither parsing nor formatting depends on the browser's locale.
 */
export const MONTH_NAMES = [
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

/** English name of month 1–12 ("September"); the number itself when out of range. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** Every spelling of a month we accept, lower case, mapped to its number (1–12). */
const MONTH_SPELLINGS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((name, index) => {
    const spellings = [name.toLowerCase(), name.slice(0, 3).toLowerCase()];
    // "Sept" is the usual US abbreviation, and what some date pickers print.
    if (name === 'September') spellings.push('sept');
    return spellings.map((spelling) => [spelling, index + 1] as const);
  }),
);

/** Regex alternation of every spelling, longest first so "September" wins over "Sep". */
export const MONTH_PATTERN = [...MONTH_SPELLINGS.keys()]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The month number (1–12) for a spelling such as "Sep", "Sept." or "SEPTEMBER". */
export function monthNumber(spelling: string): number | undefined {
  return MONTH_SPELLINGS.get(spelling.toLowerCase().replace(/\.$/, ''));
}
