import { daysInMonth, type IsoDate, toIsoDate } from '../calendar/iso-date';
import type { Module, PeriodStatus } from '../calendar/model';
import { MONTH_PATTERN, monthNumber } from '../dates/month-names';
import { clipText } from './clip-text';

/** A cell read as a value, or the sentence explaining why it cannot be. */
export type CellReading<T> = { ok: true; value: T } | { ok: false; message: string };

const YEAR_MONTH_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** `03/04/2026`: month first (US Excel) or day first, as the file's order says. */
export const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const SHORT_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/;
/** `1-Jan-26`, `01-Jan-2026`: Excel's own date style, the same in every order. */
const DAY_MONTH_NAME_YEAR = new RegExp(
  `^(\\d{1,2})[- ](${MONTH_PATTERN})\\.?[- ](\\d{4}|\\d{2})$`,
  'i',
);
const DATE_FORMS = 'write it as yyyy-MM-dd or MM/dd/yyyy';

/** How a file writes `03/04/2026`: March 4 (month first) or April 3 (day first). */
export type SlashOrder = 'month-first' | 'day-first';

/**
 * A CSV date: `yyyy-MM-dd`; `MM/dd/yyyy` / `M/d/yyyy` as US Excel saves dates, or `dd/MM/yyyy`
 * when the file is read day first (one order for the whole file: see csv-date-order.ts); or
 * Excel's `1-Jan-26` / `01-Jan-2026` (two-digit years are this century). Checked to be a real
 * day (no February 30).
 */
export function readCsvDate(cell: string, order: SlashOrder = 'month-first'): CellReading<IsoDate> {
  if (cell === '') return { ok: false, message: `no date given; ${DATE_FORMS}` };
  // Fast path for the form we write ourselves: thousands of rows, no regex or copies.
  if (isPlainIsoDate(cell)) return { ok: true, value: cell };
  const parts = dateParts(cell, order);
  if (parts) {
    const [year, month, day] = parts;
    const date = toIsoDate(year, month, day);
    return date
      ? { ok: true, value: date }
      : { ok: false, message: `"${clipText(cell)}" is not a real day` };
  }
  const short = SHORT_YEAR.exec(cell);
  if (short) {
    return {
      ok: false,
      message: `"${cell}" has a two-digit year; write the year in full, like ${short[1]}/${short[2]}/20${short[3]}`,
    };
  }
  return { ok: false, message: `"${clipText(cell)}" is not a date; ${DATE_FORMS}` };
}

/** Year, month and day as written, not yet checked to be a real day. */
function dateParts(cell: string, order: SlashOrder): [number, number, number] | undefined {
  const ymd = YEAR_MONTH_DAY.exec(cell);
  if (ymd) return [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  const slash = SLASH_DATE.exec(cell);
  if (slash) {
    const [first, second] = [Number(slash[1]), Number(slash[2])];
    const year = Number(slash[3]);
    return order === 'day-first' ? [year, second, first] : [year, first, second];
  }
  const named = DAY_MONTH_NAME_YEAR.exec(cell);
  const month = named ? monthNumber(named[2] as string) : undefined;
  if (named && month !== undefined) {
    const written = named[3] as string;
    const year = written.length === 2 ? 2000 + Number(written) : Number(written);
    return [year, month, Number(named[1])];
  }
  return undefined;
}

/** `isIsoDate` without a regex, for the hot path; same answers for 10-character text. */
function isPlainIsoDate(cell: string): boolean {
  if (cell.length !== 10 || cell.charCodeAt(4) !== 45 || cell.charCodeAt(7) !== 45) return false;
  const year = digits(cell, 0, 4);
  const month = digits(cell, 5, 7);
  const day = digits(cell, 8, 10);
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by the ASCII digits from `from` to `to`, or -1 for any other character. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const STATUSES: ReadonlySet<string> = new Set<PeriodStatus>(['open', 'closed', 'locked']);

/** Open, Closed or Locked in any case. */
export function readCsvStatus(cell: string): CellReading<PeriodStatus> {
  const status = cell.toLowerCase();
  if (STATUSES.has(status)) return { ok: true, value: status as PeriodStatus };
  const hint = 'write Open, Closed or Locked';
  return {
    ok: false,
    message:
      cell === '' ? `no status given; ${hint}` : `"${clipText(cell)}" is not a status; ${hint}`,
  };
}

const MODULES = new Map<string, Module>([
  ['ar', 'AR'],
  ['accountsreceivable', 'AR'],
  ['gl', 'GL'],
  ['generalledger', 'GL'],
]);

/** AR or GL in any case, or their names spelled out; empty means every module. */
export function readCsvModule(cell: string): CellReading<Module | undefined> {
  if (cell === '') return { ok: true, value: undefined };
  const module = MODULES.get(cell.toLowerCase().replace(/\s+/g, ''));
  if (module) return { ok: true, value: module };
  return {
    ok: false,
    message: `"${clipText(cell)}" is not a module Period Guard checks; write AR or GL, or leave it empty for every module`,
  };
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula, so {@link escapeCsvText}
 * puts an apostrophe in front (the usual CSV-injection guard) and {@link unescapeCsvText}
 * takes exactly one off again. Leading apostrophes are counted so that a name which really
 * starts with "'=" survives the round trip too.
 */
const ESCAPED_FORMULA = /^'+[=+\-@]/;
const FORMULA = /^'*[=+\-@]/;

export function escapeCsvText(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

export function unescapeCsvText(text: string): string {
  return ESCAPED_FORMULA.test(text) ? text.slice(1) : text;
}
