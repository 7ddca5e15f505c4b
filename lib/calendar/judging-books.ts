import { type Books, booksFor, effectiveClosedThrough, isEmptyBooks } from './books';
import { isoDayNumber } from './day-number';
import { addDays, type IsoDate } from './iso-date';
import type { Calendar, EntityBooks } from './model';
import { type PeriodTimeline, timelineFor } from './period-timeline';

/**
 * The books for one entity with everything a verdict derives from them worked out once, as
 * the guard judges the same books on every re-read.
 */
export interface JudgingBooks {
  books: Books;
  /** No closed-through day and no period: these books cannot vouch for any date. */
  empty: boolean;
  /** The effective last closed day for an AR invoice (later of AR and GL). */
  closedThrough: IsoDate | undefined;
  /** The AR timeline of the periods; null when the books have none. */
  timeline: PeriodTimeline | null;
  /**
   * The day after `closedThrough` as text and day number, where a closed invoice's search for
   * an open day starts; null when nothing is closed, or when the books are closed for good.
   */
  reopensOn: { date: IsoDate; day: number } | null | 'never';
}

interface Memo {
  /** What the entry was built from, to notice a calendar edited in place. */
  closedThrough: Calendar['closedThrough'];
  periods: Calendar['periods'];
  /** Length of the periods judged, to notice an array edited in place (as timelineFor does). */
  periodCount: number;
  override: EntityBooks | undefined;
  judging: JudgingBooks;
}

// Calendars are values (the stores replace them); the source check notices in-place edits.
const memos = new WeakMap<Calendar, Map<string | undefined, Memo>>();

/** The calendar's own books for `entity`, or undefined when the company books apply. */
function overrideFor(calendar: Calendar, entity: string | undefined): EntityBooks | undefined {
  const entities = calendar.entities;
  // hasOwn: the entity name comes from the host page; "constructor" must not find Object's.
  return entity !== undefined && entities !== undefined && Object.hasOwn(entities, entity)
    ? entities[entity]
    : undefined;
}

/** Nothing follows this day in `yyyy-MM-dd`: books closed through it have no open day. */
const LAST_DAY = '9999-12-31';

function reopensOn(closedThrough: IsoDate | undefined): JudgingBooks['reopensOn'] {
  if (closedThrough === undefined) return null;
  if (closedThrough >= LAST_DAY) return 'never';
  const date = addDays(closedThrough, 1);
  return { date, day: isoDayNumber(date) };
}

/** {@link JudgingBooks} for an invoice of `entity` (see `booksFor`), cached per calendar. */
export function judgingBooksFor(calendar: Calendar, entity: string | undefined): JudgingBooks {
  const override = overrideFor(calendar, entity);
  // Unknown entities share the company's entry, so page-supplied names cannot grow the cache.
  const key = override === undefined ? undefined : entity;
  let byEntity = memos.get(calendar);
  if (byEntity === undefined) {
    byEntity = new Map();
    memos.set(calendar, byEntity);
  }
  const memo = byEntity.get(key);
  if (
    memo !== undefined &&
    memo.override === override &&
    memo.closedThrough === calendar.closedThrough &&
    memo.periods === calendar.periods &&
    memo.periodCount === memo.judging.books.periods.length
  ) {
    return memo.judging;
  }
  const books = booksFor(calendar, key);
  const closedThrough = effectiveClosedThrough(books.closedThrough);
  const judging: JudgingBooks = {
    books,
    empty: isEmptyBooks(books),
    closedThrough,
    timeline: books.periods.length > 0 ? timelineFor(books.periods) : null,
    reopensOn: reopensOn(closedThrough),
  };
  byEntity.set(key, {
    closedThrough: calendar.closedThrough,
    periods: calendar.periods,
    periodCount: books.periods.length,
    override,
    judging,
  });
  return judging;
}
