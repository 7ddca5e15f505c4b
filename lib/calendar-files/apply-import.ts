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
 * Reads a calendar file and, only if the whole file is good, makes it the calendar in use:
 * the settings page's path, in one call (the page itself previews between the two steps).
 * A refused file writes nothing: the calendar in use stays exactly as it was. When storage refuses the write (quota, a newer version of the extension owns it, the
 * extension was reloaded), that is one more problem, in the store's own words, and storage
 * still holds what it held.
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
 * Writes an accepted import the way the settings page's Apply does: merged with the calendar
 * in use at the moment of writing (import-merge.ts: a CSV keeps the closed-through days
 * already set), in case another tab changed it since the preview. Through the store, so the
 * write is queued behind earlier edits and every open context follows it. Rejects with the
 * store's StoredWriteError when storage refuses; nothing is written then.
 */
export async function saveImportedCalendar(
  store: CalendarWriter,
  imported: Calendar,
  format: 'csv' | 'json',
): Promise<Calendar> {
  const next = calendarAfterImport(store.getState().calendar, imported, format);
  return (await store.getState().setCalendar(next)) ?? next;
}
