import type { Calendar, ClosedThrough, EntityBooks, Period } from '../calendar/model';

/**
 * The calendar as the JSON file format: 2-space indentation, a final newline, keys in one
 * fixed order and entities sorted by name, so the same calendar always gives the same bytes
 * (diffs in version control and checksums stay meaningful).
 */
export function calendarToJson(calendar: Calendar): string {
  const ordered: Record<string, unknown> = {
    version: calendar.version,
    closedThrough: orderedClosedThrough(calendar.closedThrough),
    periods: calendar.periods.map(orderedPeriod),
  };
  if (calendar.entities !== undefined) {
    const entities = calendar.entities;
    ordered.entities = Object.fromEntries(
      Object.keys(entities)
        .sort()
        .map((name) => [name, orderedBooks(entities[name] as EntityBooks)]),
    );
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function orderedBooks(books: EntityBooks): EntityBooks {
  return {
    closedThrough: orderedClosedThrough(books.closedThrough),
    periods: books.periods.map(orderedPeriod),
  };
}

function orderedClosedThrough(closedThrough: ClosedThrough): ClosedThrough {
  const ordered: ClosedThrough = {};
  if (closedThrough.AR !== undefined) ordered.AR = closedThrough.AR;
  if (closedThrough.GL !== undefined) ordered.GL = closedThrough.GL;
  return ordered;
}

function orderedPeriod(period: Period): Period {
  const ordered: Period = {
    name: period.name,
    start: period.start,
    end: period.end,
    status: period.status,
  };
  if (period.closesOn !== undefined) ordered.closesOn = period.closesOn;
  if (period.module !== undefined) ordered.module = period.module;
  return ordered;
}
