import type { Calendar } from '../calendar/model';
import type { CalendarStore } from '../settings/stores';
import type { CsvReadOptions } from './csv';
import { type ImportProblem, importCalendarText } from './import';
import { calendarAfterImport } from './import-merge';

/** What applying a calendar file did: the calendar now in use, or why nothing changed. */
export type AppliedImport =
  | { ok: true; calendar: Calendar; format: 'csv' | 'json' }
  | { ok: false; problems: ImportProblem[] };

/** The slice of the calendar store an import needs (a test can pass a whole store). */
type CalendarWriter = Pick<CalendarStore, 'getState'>;

/**
 * Reads a calendar file and makes it the calendar in use only if the whole file is good. A
 * refused file changes nothing; a refused write is one more problem, and changes nothing either.
 */
export async function applyImport(
  store: CalendarWriter,
  text: string,
  fileName?: string,
  options: CsvReadOptions = {},
): Promise<AppliedImport> {
  const read = importCalendarText(text, fileName, options);
  if (!read.ok) return { ok: false, problems: read.errors };
  try {
    const calendar = await saveImportedCalendar(store, read.calendar, read.format);
    return { ok: true, calendar, format: read.format };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ message }] };
  }
}

/**
 * Writes an accepted import as the settings page's Apply does: merged with the calendar in use
 * now (another tab may have changed it), through the store so it queues behind earlier edits.
 * Rejects with a StoredWriteError when storage refuses; nothing is written then.
 */
export async function saveImportedCalendar(
  store: CalendarWriter,
  imported: Calendar,
  format: 'csv' | 'json',
): Promise<Calendar> {
  const next = calendarAfterImport(store.getState().calendar, imported, format);
  return (await store.getState().setCalendar(next)) ?? next;
}
