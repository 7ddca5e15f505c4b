import type { Calendar, ClosedThrough, EntityBooks } from '../calendar/model';

/**
 * The calendar that applying an imported file leaves in use. A JSON file is the whole model
 * and replaces the calendar as it is. A CSV file holds periods only (its closed-through days
 * are always empty), so it replaces every period but keeps the closed-through days already
 * set, company and entities alike: importing the month list must not quietly reopen books.
 */
export function calendarAfterImport(
  current: Calendar | null,
  imported: Calendar,
  format: 'csv' | 'json',
): Calendar {
  if (format === 'json' || current === null) return imported;

  const entities: Record<string, EntityBooks> = {};
  for (const [name, books] of Object.entries(current.entities ?? {})) {
    if (hasDays(books.closedThrough)) {
      entities[name] = { closedThrough: { ...books.closedThrough }, periods: [] };
    }
  }
  for (const [name, books] of Object.entries(imported.entities ?? {})) {
    entities[name] = {
      closedThrough: { ...(entities[name]?.closedThrough ?? {}) },
      periods: books.periods,
    };
  }

  const next: Calendar = {
    ...imported,
    closedThrough: { ...current.closedThrough },
  };
  if (Object.keys(entities).length > 0) next.entities = entities;
  else delete next.entities;
  return next;
}

function hasDays(closedThrough: ClosedThrough): boolean {
  return closedThrough.AR !== undefined || closedThrough.GL !== undefined;
}
