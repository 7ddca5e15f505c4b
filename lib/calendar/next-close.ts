import { daysBetween, type IsoDate } from './iso-date';
import type { Calendar, Period } from './model';

/** The next period the controller will close, and when. */
export interface ScheduledClose {
  period: Period;
  closesOn: IsoDate;
  /** Days from today (0 = today). */
  daysLeft: number;
}

/**
 * The company's next scheduled close on or after `today` (PRODUCT.md §5, the popup's calendar
 * summary): the earliest `closesOn` among periods still open. Closed and locked periods are
 * done; a close day already past is overdue, not next. `undefined` when no open period has a
 * close day ahead, which the popup says in words.
 */
export function nextScheduledClose(
  calendar: Calendar | null,
  today: IsoDate,
): ScheduledClose | undefined {
  let next: ScheduledClose | undefined;
  for (const period of calendar?.periods ?? []) {
    const closesOn = period.closesOn;
    if (period.status !== 'open' || closesOn === undefined || closesOn < today) continue;
    if (next === undefined || closesOn < next.closesOn) {
      next = { period, closesOn, daysLeft: daysBetween(today, closesOn) };
    }
  }
  return next;
}
