import { booksFor, effectiveClosedThrough } from './books';
import { daysBetween, type IsoDate } from './iso-date';
import type { Calendar, Period } from './model';

/** The next period the controller will close, and when. */
export interface ScheduledClose {
  period: Period;
  closesOn: IsoDate;
  /** Days from today (0 = today, negative when the close day has passed: overdue). */
  daysLeft: number;
}

/**
 * True when an open period whose scheduled close is `daysLeft` days away deserves the
 * closing-soon warning. A close day already passed counts too: the period is still open, but the
 * close can land any moment. The verdict and the year strip both ask this, so they agree.
 */
export function isClosingSoon(daysLeft: number, closingSoonDays: number): boolean {
  return daysLeft <= closingSoonDays;
}

/**
 * The company's next scheduled close, for the popup: the earliest `closesOn` of a period still
 * open, an overdue one first (the banner warns about it too). `undefined` when none has one.
 */
export function nextScheduledClose(
  calendar: Calendar | null,
  today: IsoDate,
): ScheduledClose | undefined {
  if (calendar === null) return undefined;
  const closedThrough = effectiveClosedThrough(booksFor(calendar).closedThrough);
  let next: ScheduledClose | undefined;
  for (const period of calendar.periods) {
    const closesOn = period.closesOn;
    if (period.status !== 'open' || closesOn === undefined) continue;
    if (closedThrough !== undefined && period.end <= closedThrough) continue;
    if (next === undefined || closesOn < next.closesOn) {
      next = { period, closesOn, daysLeft: daysBetween(today, closesOn) };
    }
  }
  return next;
}
