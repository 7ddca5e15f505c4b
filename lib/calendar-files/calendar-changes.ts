import type { IsoDate } from '../calendar/iso-date';
import type { Calendar, Module, Period } from '../calendar/model';

/** One period as the import preview names it: which books it belongs to, and the period. */
export interface PlacedChange {
  /** The entity's name; absent for the company's own books. */
  entity?: string;
  period: Period;
}

/** A period present before and after whose dates, status or close day differ. */
export interface ChangedPeriod {
  entity?: string;
  before: Period;
  after: Period;
}

/** A closed-through day that moves: `before`/`after` absent means "not set". */
export interface ClosedThroughChange {
  entity?: string;
  module: Module;
  before?: IsoDate;
  after?: IsoDate;
}

/** What applying a new calendar would change, for the settings page's import preview. */
export interface CalendarChanges {
  added: PlacedChange[];
  removed: PlacedChange[];
  changed: ChangedPeriod[];
  /** Periods the same before and after. */
  unchanged: number;
  closedThrough: ClosedThroughChange[];
}

/**
 * The differences between the calendar in use and the one an import would leave
 * ("preview, then apply"). A period is the same period when its books (entity), module and
 * name match, so renaming shows as one removed and one added, and moving its dates or status
 * shows as changed. Lists keep the calendars' own order.
 */
export function calendarChanges(before: Calendar | null, after: Calendar): CalendarChanges {
  const old = placedPeriods(before);
  const next = placedPeriods(after);
  const oldByKey = new Map(old.map((p) => [keyOf(p), p]));
  const nextKeys = new Set(next.map(keyOf));

  const changes: CalendarChanges = {
    added: [],
    removed: old.filter((p) => !nextKeys.has(keyOf(p))),
    changed: [],
    unchanged: 0,
    closedThrough: closedThroughChanges(before, after),
  };
  for (const placed of next) {
    const previous = oldByKey.get(keyOf(placed));
    if (!previous) changes.added.push(placed);
    else if (samePeriod(previous.period, placed.period)) changes.unchanged += 1;
    else
      changes.changed.push({ ...entityOf(placed), before: previous.period, after: placed.period });
  }
  return changes;
}

/** True when applying would change nothing at all. */
export function hasNoChanges(changes: CalendarChanges): boolean {
  return (
    changes.added.length === 0 &&
    changes.removed.length === 0 &&
    changes.changed.length === 0 &&
    changes.closedThrough.length === 0
  );
}

function entityOf(placed: PlacedChange): { entity?: string } {
  return placed.entity === undefined ? {} : { entity: placed.entity };
}

function placedPeriods(calendar: Calendar | null): PlacedChange[] {
  if (calendar === null) return [];
  return [
    ...calendar.periods.map((period) => ({ period })),
    ...Object.entries(calendar.entities ?? {}).flatMap(([entity, books]) =>
      books.periods.map((period) => ({ entity, period })),
    ),
  ];
}

function keyOf({ entity, period }: PlacedChange): string {
  return JSON.stringify([entity ?? null, period.module ?? null, period.name.trim().toLowerCase()]);
}

function samePeriod(a: Period, b: Period): boolean {
  return (
    a.name === b.name &&
    a.start === b.start &&
    a.end === b.end &&
    a.status === b.status &&
    a.closesOn === b.closesOn &&
    a.module === b.module
  );
}

const MODULES: Module[] = ['AR', 'GL'];

function closedThroughChanges(before: Calendar | null, after: Calendar): ClosedThroughChange[] {
  const books = (calendar: Calendar | null) => [
    { entity: undefined as string | undefined, closedThrough: calendar?.closedThrough ?? {} },
    ...Object.entries(calendar?.entities ?? {}).map(([entity, b]) => ({
      entity: entity as string | undefined,
      closedThrough: b.closedThrough,
    })),
  ];
  const names = new Set([...books(before), ...books(after)].map((b) => b.entity));
  const find = (calendar: Calendar | null, entity: string | undefined) =>
    books(calendar).find((b) => b.entity === entity)?.closedThrough ?? {};

  const changes: ClosedThroughChange[] = [];
  for (const entity of names) {
    const was = find(before, entity);
    const will = find(after, entity);
    for (const module of MODULES) {
      if (was[module] === will[module]) continue;
      changes.push({
        ...(entity === undefined ? {} : { entity }),
        module,
        ...(was[module] === undefined ? {} : { before: was[module] }),
        ...(will[module] === undefined ? {} : { after: will[module] }),
      });
    }
  }
  return changes;
}
