import { calendarSchema } from '../../../lib/calendar/model';
import {
  describeProblem,
  type ImportProblem,
  type ImportResult,
  importCalendarText,
  MAX_PROBLEMS,
} from '../../../lib/calendar-files/import';
import { calendarToJson } from '../../../lib/calendar-files/json';
import { preview } from './hostile-text';

/*
 * The invariants every import must keep, whatever the file:
 * - it returns: no exception escapes;
 * - it returns soon: a generous time bound per call (see timeLimitMs);
 * - a refusal names at least one problem, each with a readable message, and points at the
 *   place: a CSV problem about a row or the header has its line, a JSON problem its line
 *   (syntax) or its field (shape); only whole-file problems have neither;
 * - an accepted calendar passes calendarSchema and survives a JSON export and import.
 */

/** The time bound for one import of `text`. Generous: a slow machine under load must pass. */
export function timeLimitMs(text: string): number {
  // Up to 1 MB (every generated case but the near-cap ones): 250 ms, many times the usual
  // few milliseconds. Beyond that, reading the text alone costs time (papaparse runs at
  // about 30-50 ms per MB here), so allow 250 ms per MB.
  return Math.max(250, (250 * text.length) / 1_000_000);
}

/** Longest message or field a problem may carry: a person has to read it. */
export const MAX_MESSAGE_LENGTH = 500;
export const MAX_FIELD_LENGTH = 120;

/** Problems about the whole file, which need neither line nor field. */
const WHOLE_FILE = [
  /^the file is empty$/,
  /^the file is larger than /,
  /^and \d+ more problems?$/,
  /^the file has more than [\d,]+ /,
  /^the file must hold one calendar object/,
];

/** How importCalendarText picks the reader (import.ts). */
export function expectedFormat(text: string, fileName: string | undefined): 'csv' | 'json' {
  if (fileName?.trim().toLowerCase().endsWith('.json')) return 'json';
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return body.trimStart().startsWith('{') ? 'json' : 'csv';
}

/** Physical lines as an editor counts them: CRLF, LF and a lone CR each end one. */
export function lineCount(text: string): number {
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  return lines;
}

/** importCalendarText under the invariants above; throws (failing the property) if one breaks. */
export function importChecked(text: string, fileName?: string): ImportResult {
  const { value: result, ms } = timed(() => importCalendarText(text, fileName), text);
  const limit = timeLimitMs(text);
  if (ms > limit) {
    throw new Error(`import took ${Math.round(ms)} ms (limit ${limit}) on ${preview(text)}`);
  }
  checkResult(result, text, fileName);
  return result;
}

/**
 * Runs `call`, failing with the input when it throws, and measures it. A slow first run is
 * measured twice more and the fastest counts: a real hang is slow every time, while a
 * garbage collection or a busy machine (CI shares its two cores) slows one run only.
 */
export function timed<T>(call: () => T, input: string): { value: T; ms: number } {
  let value: T | undefined;
  let fastest = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && fastest > timeLimitMs(input); attempt++) {
    const started = performance.now();
    try {
      value = call();
    } catch (error) {
      throw new Error(`threw ${String(error)} on ${preview(input)}`);
    }
    fastest = Math.min(fastest, performance.now() - started);
  }
  return { value: value as T, ms: fastest };
}

export function checkResult(result: ImportResult, text: string, fileName?: string): void {
  const format = expectedFormat(text, fileName);
  if (result.ok) {
    expect(result.format).toBe(format);
    const parsed = calendarSchema.safeParse(result.calendar);
    if (!parsed.success) throw new Error(`accepted an invalid calendar: ${parsed.error.message}`);
    const again = importCalendarText(calendarToJson(result.calendar), 'again.json');
    expect(again).toEqual({ ok: true, calendar: result.calendar, format: 'json' });
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
  const lines = lineCount(text);
  for (const problem of result.errors) checkProblem(problem, format, lines, text);
}

function checkProblem(
  problem: ImportProblem,
  format: 'csv' | 'json',
  lines: number,
  text: string,
): void {
  const where = `${JSON.stringify(problem).slice(0, 300)} for ${preview(text)}`;
  if (typeof problem.message !== 'string' || problem.message.trim() === '') {
    throw new Error(`a problem without a message: ${where}`);
  }
  if (problem.message.length > MAX_MESSAGE_LENGTH) {
    throw new Error(`a message of ${problem.message.length} characters: ${where}`);
  }
  if (problem.line !== undefined) {
    if (!Number.isInteger(problem.line) || problem.line < 1 || problem.line > lines) {
      throw new Error(`line ${problem.line} is not in the file's ${lines} lines: ${where}`);
    }
  }
  if (problem.field !== undefined) {
    if (problem.field.trim() === '' || problem.field.length > MAX_FIELD_LENGTH) {
      throw new Error(`an empty or overlong field: ${where}`);
    }
  }
  const wholeFile = WHOLE_FILE.some((pattern) => pattern.test(problem.message));
  const placed =
    format === 'csv'
      ? problem.line !== undefined
      : problem.line !== undefined || problem.field !== undefined;
  if (!placed && !wholeFile) {
    throw new Error(`a ${format.toUpperCase()} problem that says neither line nor field: ${where}`);
  }
  expect(describeProblem(problem)).not.toBe('');
}
