import { MONTH_NAMES } from '../dates/month-names';
import { daysBetween, daysInMonth, type IsoDate, laterOf, toIsoDate } from './iso-date';
import type { Calendar, Period } from './model';
import { isClosingSoon, type ScheduledClose } from './next-close';

/** What a month looks like on the year strip, most restrictive first in {@link RANK}. */
export type MonthStatusKind = 'locked' | 'closed' | 'closing-soon' | 'open' | 'unknown';

/** One month of a fiscal year as the settings page's year strip shows it. */
export interface MonthStatus {
  /** `yyyy-MM`. */
  month: string;
  /** "September 2026". */
  label: string;
  /** The most restrictive status of any day in the month (`unknown` only when every day is). */
  status: MonthStatusKind;
  /** True when some days of the month have another status (closed through mid-month, say). */
  partial: boolean;
  /** True when today falls in this month. */
  current: boolean;
  /** Names of the calendar's periods that overlap the month, in calendar order. */
  periods: string[];
  /** For a closing-soon month, the soonest close that makes it so (overdue ones included). */
  close?: ScheduledClose;
}

const RANK: Record<MonthStatusKind, number> = {
  unknown: 0,
  open: 1,
  'closing-soon': 2,
  closed: 3,
  locked: 4,
};

/**
 * The status of one day for an AR invoice from the company's books, as the verdict judges it:
 * locked, then closed (period or closed-through), then open or closing soon. A day no period
 * covers is `unknown` when the calendar has periods.
 */
export function dayStatus(
  day: IsoDate,
  calendar: Calendar,
  today: IsoDate,
  closingSoonDays: number,
): MonthStatusKind {
  const covering = calendar.periods.filter((p) => p.start <= day && day <= p.end);
  if (covering.some((p) => p.status === 'locked')) return 'locked';
  const closedThrough = laterOf(calendar.closedThrough.AR, calendar.closedThrough.GL);
  if (covering.some((p) => p.status === 'closed')) return 'closed';
  if (closedThrough !== undefined && day <= closedThrough) return 'closed';
  if (covering.length > 0) {
    const soon = covering.some(
      (p) =>
        p.closesOn !== undefined && isClosingSoon(daysBetween(today, p.closesOn), closingSoonDays),
    );
    return soon ? 'closing-soon' : 'open';
  }
  if (calendar.periods.length > 0) return 'unknown';
  return closedThrough !== undefined ? 'open' : 'unknown';
}

/**
 * The fiscal year (named by the calendar year it starts in) that holds `today`, for a fiscal
 * year starting in month `fiscalYearStartMonth` (1–12).
 */
export function fiscalYearOf(today: IsoDate, fiscalYearStartMonth: number): number {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month >= fiscalYearStartMonth ? year : year - 1;
}

/**
 * The twelve months of the fiscal year that starts in month `fiscalYearStartMonth` of `year`,
 * each with the status the year strip shows. Works on `yyyy-MM-dd` text only, so the strip
 * agrees with the verdict in every time zone.
 */
export function monthStatuses(
  calendar: Calendar,
  fiscalYearStartMonth: number,
  year: number,
  today: IsoDate,
  closingSoonDays: number,
): MonthStatus[] {
  const months: MonthStatus[] = [];
  for (let i = 0; i < 12; i++) {
    const index = fiscalYearStartMonth - 1 + i;
    const y = year + Math.floor(index / 12);
    const m = (index % 12) + 1;
    const first = toIsoDate(y, m, 1) as IsoDate;
    const last = toIsoDate(y, m, daysInMonth(y, m)) as IsoDate;

    const statuses = new Set<MonthStatusKind>();
    for (let d = 1; d <= daysInMonth(y, m); d++) {
      statuses.add(dayStatus(toIsoDate(y, m, d) as IsoDate, calendar, today, closingSoonDays));
    }
    const kinds = [...statuses];
    const status = kinds.reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
    const overlapping = calendar.periods.filter((p) => p.start <= last && p.end >= first);
    const close =
      status === 'closing-soon' ? soonestClose(overlapping, today, closingSoonDays) : undefined;
    months.push({
      month: first.slice(0, 7),
      label: `${MONTH_NAMES[m - 1]} ${y}`,
      status,
      partial: kinds.length > 1,
      current: first <= today && today <= last,
      periods: overlapping.map((p) => p.name),
      ...(close ? { close } : {}),
    });
  }
  return months;
}

/** The open period among `periods` whose close comes first and warrants a closing-soon warning. */
function soonestClose(
  periods: readonly Period[],
  today: IsoDate,
  closingSoonDays: number,
): ScheduledClose | undefined {
  let soonest: ScheduledClose | undefined;
  for (const period of periods) {
    const closesOn = period.closesOn;
    if (period.status !== 'open' || closesOn === undefined) continue;
    const daysLeft = daysBetween(today, closesOn);
    if (!isClosingSoon(daysLeft, closingSoonDays)) continue;
    if (soonest === undefined || closesOn < soonest.closesOn)
      soonest = { period, closesOn, daysLeft };
  }
  return soonest;
}
