import { isoDayNumber } from './day-number';
import type { IsoDate } from './iso-date';
import { type JudgingBooks, judgingBooksFor } from './judging-books';
import type { Calendar } from './model';
import { stretchAtOrAfter } from './period-timeline';

/**
 * The first day on or after `date` an AR invoice could carry (the "move the invoice date" way
 * out): after the effective closed-through day and in an open period when the books have any.
 * Undefined when the calendar cannot say or no open period follows.
 */
export function firstOpenDay(
  date: IsoDate,
  calendar: Calendar | null,
  entity?: string,
): IsoDate | undefined {
  const day = isoDayNumber(date);
  if (calendar === null || Number.isNaN(day)) return undefined;
  return firstOpenDayOf(judgingBooksFor(calendar, entity), date, day);
}

/**
 * {@link firstOpenDay} for books prepared for judging (the verdict has them at hand): a
 * search on day numbers, with the day after the close worked out once per books. `day` is
 * `date`'s `isoDayNumber`.
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
  const open = timeline.nextOpen[stretchAtOrAfter(timeline, fromDay)] ?? -1;
  if (open < 0) return undefined;
  const startDay = timeline.startDays[open] as number;
  return startDay > fromDay ? timeline.starts[open] : from;
}
