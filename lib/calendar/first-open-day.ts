import { type Books, booksFor, effectiveClosedThrough, isEmptyBooks } from './books';
import { isoDayNumber } from './day-number';
import { addDays, type IsoDate, laterOf } from './iso-date';
import type { Calendar } from './model';
import { stretchAtOrAfter, timelineFor } from './period-timeline';

/** Nothing follows this day in `yyyy-MM-dd`: books closed through it have no open day. */
const LAST_DAY = '9999-12-31';

// A calendar has a handful of closed-through days; remembering the day after each spares a
// Date and a string per closed invoice. Cleared when it grows, so it cannot grow unbounded.
const dayAfterMemo = new Map<IsoDate, IsoDate>();
function dayAfter(date: IsoDate): IsoDate {
  let next = dayAfterMemo.get(date);
  if (next === undefined) {
    if (dayAfterMemo.size >= 1024) dayAfterMemo.clear();
    next = addDays(date, 1);
    dayAfterMemo.set(date, next);
  }
  return next;
}

/**
 * The first day on or after `date` that an AR invoice could carry: after the effective
 * closed-through day and, when the books have periods, inside an open period — the date the
 * controller's first way out ("move the invoice date") suggests. Jumps from stretch to stretch,
 * never day by day. Undefined when the calendar cannot say (missing, or nothing for these
 * books) or when no open period follows.
 */
export function firstOpenDay(
  date: IsoDate,
  calendar: Calendar | null,
  entity?: string,
): IsoDate | undefined {
  if (calendar === null || Number.isNaN(isoDayNumber(date))) return undefined;
  return firstOpenDayIn(booksFor(calendar, entity), date);
}

/** {@link firstOpenDay} for books already chosen (the verdict has them at hand). */
export function firstOpenDayIn(books: Books, date: IsoDate): IsoDate | undefined {
  if (isEmptyBooks(books)) return undefined;
  const closedThrough = effectiveClosedThrough(books.closedThrough);
  let from = date;
  if (closedThrough !== undefined && closedThrough >= date) {
    if (closedThrough >= LAST_DAY) return undefined;
    from = dayAfter(closedThrough);
  }
  if (books.periods.length === 0) return from;
  const timeline = timelineFor(books.periods);
  const open = timeline.nextOpen[stretchAtOrAfter(timeline, from)] ?? -1;
  const start = timeline.starts[open];
  if (open < 0 || start === undefined) return undefined;
  return laterOf(start, from) ?? from;
}
