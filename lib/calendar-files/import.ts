import { type CsvReadOptions, parseCalendarCsv } from './csv';
import type { ImportResult } from './import-problem';
import { importableText } from './import-text';
import { parseCalendarJson } from './json';

export type { ImportProblem, ImportResult } from './import-problem';
export { describeProblem, MAX_PROBLEMS, summarize } from './import-problem';
export { MAX_IMPORT_BYTES } from './import-text';

/**
 * Reads a calendar file chosen by the user (or fetched from the team's URL) in either
 * format (docs/calendar-files.md). JSON when the name ends in `.json` or the text starts with `{`,
 * CSV otherwise, so a JSON file saved as "calendar.txt" still works. Oversized or empty text
 * is refused before any parsing, with one clear message.
 */
export function importCalendarText(
  text: string,
  fileName?: string,
  options: CsvReadOptions = {},
): ImportResult {
  const checked = importableText(text);
  if ('refused' in checked) return checked.refused;
  const { body } = checked;
  return looksLikeJson(body, fileName) ? parseCalendarJson(body) : parseCalendarCsv(body, options);
}

function looksLikeJson(text: string, fileName: string | undefined): boolean {
  if (fileName?.trim().toLowerCase().endsWith('.json')) return true;
  return text.trimStart().startsWith('{');
}
