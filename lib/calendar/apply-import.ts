import type { CalendarStore } from '../settings/stores';
import { type ImportProblem, importCalendarText } from './import';
import type { Calendar } from './model';

/** What applying a calendar file did: the calendar now in use, or why nothing changed. */
export type AppliedImport =
  | { ok: true; calendar: Calendar; format: 'csv' | 'json' }
  | { ok: false; problems: ImportProblem[] };

/**
 * Reads a calendar file and, only if the whole file is good, makes it the calendar in use
 * (the settings page's "Apply" after the preview). A refused file writes nothing: the
 * calendar in use stays exactly as it was (PRODUCT.md §3). When storage refuses the write
 * (quota, a newer version of the extension owns it, the extension was reloaded), that is one
 * more problem, in the store's own words, and storage still holds what it held.
 *
 * Takes the store rather than storage so every open context sees the new calendar the way it
 * sees any other edit (stores.ts), and so the write is queued behind earlier edits.
 */
export async function applyImport(
  store: Pick<CalendarStore, 'getState'>,
  text: string,
  fileName?: string,
): Promise<AppliedImport> {
  const read = importCalendarText(text, fileName);
  if (!read.ok) return { ok: false, problems: read.errors };
  try {
    const saved = await store.getState().setCalendar(read.calendar);
    return { ok: true, calendar: saved ?? read.calendar, format: read.format };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ message }] };
  }
}
