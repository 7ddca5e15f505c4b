import { type Books, booksFor, effectiveClosedThrough, isEmptyBooks } from './books';
import { isoDayNumber } from './day-number';
import { addDays, type IsoDate, laterOf } from './iso-date';
import type { JudgingBooks } from './judging-books';
import type { Calendar } from './model';
import {
  type PeriodTimeline,
  stretchAtOrAfter,
  stretchAtOrAfterDay,
  timelineFor,
} from './period-timeline';

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
  const timeline = books.periods.length === 0 ? null : timelineFor(books.periods);
  return firstOpenFrom(effectiveClosedThrough(books.closedThrough), timeline, date);
}

/**
 * {@link firstOpenDay} for books prepared for judging (the verdict's hot path): the same
 * search on day numbers, with the day after the close worked out once per books.
 */
export function firstOpenDayOf(
  judging: JudgingBooks,
  date: IsoDate,
  day: number,
): IsoDate | undefined {
  if (judging.empty) return undefined;
  const { closedThrough, reopensOn, timeline } = judging;
  let from = date;
  let fromDay = day;
  if (closedThrough !== undefined && closedThrough >= date) {
    if (reopensOn === 'never' || reopensOn === null) return undefined;
    from = reopensOn.date;
    fromDay = reopensOn.day;
  }
  if (timeline === null) return from;
  const open = timeline.nextOpen[stretchAtOrAfterDay(timeline, fromDay)] ?? -1;
  if (open < 0) return undefined;
  const startDay = timeline.startDays[open] as number;
  return startDay > fromDay ? timeline.starts[open] : from;
}

function firstOpenFrom(
  closedThrough: IsoDate | undefined,
  timeline: PeriodTimeline | null,
  date: IsoDate,
): IsoDate | undefined {
  let from = date;
  if (closedThrough !== undefined && closedThrough >= date) {
    if (closedThrough >= LAST_DAY) return undefined;
    from = dayAfter(closedThrough);
  }
  if (timeline === null) return from;
  const open = timeline.nextOpen[stretchAtOrAfter(timeline, from)] ?? -1;
  const start = timeline.starts[open];
  if (open < 0 || start === undefined) return undefined;
  return laterOf(start, from) ?? from;
}
