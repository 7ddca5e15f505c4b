import { type IsoDate, laterOf } from './iso-date';
import type { Calendar, ClosedThrough, Module, Period } from './model';

/**
 * The books one invoice is judged against, with its entity's override already applied
 *. Kept apart from the verdict so the popup and settings can show the same
 * closed-through days the guard uses.
 */
export interface Books {
  closedThrough: ClosedThrough;
  periods: readonly Period[];
  /** The entity whose override applied; absent when the company books were used. */
  entity?: string;
}

/**
 * The books for an invoice of `entity`. The company's closed-through day binds every entity
 * (Intacct closes all at once; an override only moves it later), but an entity's own periods
 * replace the company's, as fiscal years differ. An unknown entity gets the company books.
 */
export function booksFor(calendar: Calendar, entity?: string): Books {
  const entities = calendar.entities;
  // hasOwn: the entity name comes from the host page; "constructor" must not find Object's.
  const override =
    entity !== undefined && entities !== undefined && Object.hasOwn(entities, entity)
      ? entities[entity]
      : undefined;
  if (override === undefined) {
    return { closedThrough: calendar.closedThrough, periods: calendar.periods };
  }
  const closedThrough: ClosedThrough = {};
  const ar = laterOf(calendar.closedThrough.AR, override.closedThrough.AR);
  const gl = laterOf(calendar.closedThrough.GL, override.closedThrough.GL);
  if (ar !== undefined) closedThrough.AR = ar;
  if (gl !== undefined) closedThrough.GL = gl;
  return {
    closedThrough,
    periods: override.periods.length > 0 ? override.periods : calendar.periods,
    entity,
  };
}

/**
 * The last closed day for a transaction posting through `module`. Closing GL closes every
 * subledger, so an AR invoice is closed through the later of AR and GL.
 */
export function effectiveClosedThrough(
  closedThrough: ClosedThrough,
  module: Module = 'AR',
): IsoDate | undefined {
  return module === 'GL' ? closedThrough.GL : laterOf(closedThrough[module], closedThrough.GL);
}

/** True when the books say nothing: no closed-through day and no period. */
export function isEmptyBooks(books: Books): boolean {
  return (
    books.periods.length === 0 &&
    books.closedThrough.AR === undefined &&
    books.closedThrough.GL === undefined
  );
}
