import type { IsoDate } from '../calendar/iso-date';
import { type Calendar, emptyCalendar, type Module, type Period } from '../calendar/model';

/*
 * The settings page's edits to the company calendar, as pure functions: each returns a new
 * calendar and leaves its input alone, so a store can validate the result before anything
 * is written. Editing with no calendar yet starts from an empty one.
 */

/** Sets (or with `undefined`, clears) the last closed day of one module. */
export function withClosedThrough(
  calendar: Calendar | null,
  module: Module,
  date: IsoDate | undefined,
): Calendar {
  const base = calendar ?? emptyCalendar();
  const closedThrough = { ...base.closedThrough };
  if (date === undefined) delete closedThrough[module];
  else closedThrough[module] = date;
  return { ...base, closedThrough };
}

function checkIndex(calendar: Calendar, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= calendar.periods.length) {
    throw new RangeError(
      `There is no period number ${index + 1}; the calendar has ${calendar.periods.length}. Reload the page and try again.`,
    );
  }
}

/** Replaces the period at `index`, or adds `period` at the end when `index` is `null`. */
export function withPeriod(
  calendar: Calendar | null,
  index: number | null,
  period: Period,
): Calendar {
  const base = calendar ?? emptyCalendar();
  if (index === null) return { ...base, periods: [...base.periods, period] };
  checkIndex(base, index);
  return { ...base, periods: base.periods.map((old, i) => (i === index ? period : old)) };
}

/** Removes the period at `index`. */
export function withoutPeriod(calendar: Calendar | null, index: number): Calendar {
  const base = calendar ?? emptyCalendar();
  checkIndex(base, index);
  return { ...base, periods: base.periods.filter((_, i) => i !== index) };
}

/**
 * Replaces the company's periods whole (the settings table hands over its sorted list after
 * each edit), keeping closed-through days and entities as stored.
 */
export function withPeriods(calendar: Calendar | null, periods: readonly Period[]): Calendar {
  const base = calendar ?? emptyCalendar();
  return { ...base, periods: [...periods] };
}
