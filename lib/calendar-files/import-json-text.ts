import type { ImportResult } from './import-problem';
import { importableText } from './import-text';
import { parseCalendarJson } from './json';

/**
 * `importCalendarText` (import.ts) for text that can only be JSON (an enterprise policy's inline
 * calendar): the same checks and the same JSON reader, without the CSV reader, which the
 * content script, where policies are also read, then never downloads or parses.
 */
export function importCalendarJsonText(text: string): ImportResult {
  const checked = importableText(text);
  return 'refused' in checked ? checked.refused : parseCalendarJson(checked.body);
}
