import { isEmptyBooks } from './books';
import { isoDayNumber } from './day-number';
import { firstOpenDayOf } from './first-open-day';
import type { IsoDate } from './iso-date';
import { judgedDate } from './judged-date';
import { judgingBooksFor } from './judging-books';
import { type Calendar, isEmptyCalendar } from './model';
import { isClosingSoon } from './next-close';
import { periodAt } from './period-timeline';
import { type InvoiceSnapshot, isSynced } from './snapshot';
import type { Verdict, VerdictOptions } from './verdict-types';

export { firstOpenDay } from './first-open-day';

/**
 * The verdict on one invoice: may it be exported to Intacct as it is? A pure
 * function of the snapshot, the calendar and the options, so the banner, the export guard,
 * the badge and the popup all agree. `snapshot === null` means the page shows no invoice.
 */
export function verdictFor(
  snapshot: InvoiceSnapshot | null,
  calendar: Calendar | null,
  options: VerdictOptions,
): Verdict {
  const judged = snapshot === null ? null : judgedDate(snapshot);
  const day = judged === null ? Number.NaN : isoDayNumber(judged.date);
  const readable = judged !== null && !Number.isNaN(day);
  const synced = snapshot !== null && isSynced(snapshot);
  const verdict = judge(
    readable ? judged.date : undefined,
    day,
    calendar,
    options,
    synced,
    snapshot?.entity,
  );
  if (readable && verdict.date !== undefined) verdict.dateSource = judged.dateSource;
  // The invoice date read, the posting date shown did not: say which date is the problem.
  if (verdict.kind === 'unreadable-date' && snapshot?.invoiceDate) verdict.dateSource = 'posting';
  return verdict;
}

/**
 * The verdict for a bare date, as if an unsynced invoice carried it (the popup's date
 * checker). A text that is not a real `yyyy-MM-dd` date is 'unreadable-date'.
 */
export function checkDate(
  date: IsoDate,
  calendar: Calendar | null,
  options: VerdictOptions & { entity?: string },
): Verdict {
  const day = isoDayNumber(date);
  const readable = !Number.isNaN(day);
  return judge(readable ? date : undefined, day, calendar, options, false, options.entity);
}

/** True when the calendar has nothing at all; cheap when the company books are set up. */
function hasNothing(calendar: Calendar): boolean {
  return isEmptyBooks(calendar) && isEmptyCalendar(calendar);
}

/**
 * The rules, in this order: what cannot be verified first, then what the
 * books forbid (locked before closed, since a locked period cannot even be reopened), then
 * how soon an open period closes. `day` is `date`'s day number (`isoDayNumber`).
 */
function judge(
  date: IsoDate | undefined,
  day: number,
  calendar: Calendar | null,
  options: VerdictOptions,
  synced: boolean,
  entity: string | undefined,
): Verdict {
  if (calendar === null || hasNothing(calendar)) return { kind: 'no-calendar', date };
  if (options.stale) return { kind: 'stale-calendar', date };
  if (date === undefined) return { kind: 'unreadable-date' };

  const judging = judgingBooksFor(calendar, entity);
  const { books, closedThrough, timeline } = judging;
  const verdict: Verdict = { kind: 'open', date, closedThrough, entity: books.entity };
  // Books with nothing in them (an entity-only calendar, an invoice of another entity)
  // cannot vouch for any date: saying "open" would be falsely green.
  if (judging.empty) return { ...verdict, kind: 'outside-calendar' };

  const period = timeline === null ? undefined : periodAt(timeline, day);
  verdict.period = period;
  const closedByDay = closedThrough !== undefined && date <= closedThrough;
  if (period === undefined && timeline !== null && !closedByDay) {
    verdict.kind = 'outside-calendar';
  } else if (synced && (closedByDay || (period !== undefined && period.status !== 'open'))) {
    verdict.kind = 'synced-closed';
  } else if (period?.status === 'locked') {
    verdict.kind = 'locked';
  } else if (closedByDay || period?.status === 'closed') {
    verdict.kind = 'closed';
  } else {
    return openVerdict(verdict, period?.closesOn, options);
  }
  verdict.firstOpenDay = firstOpenDayOf(judging, date, day);
  return verdict;
}
/** An open date: the day itself is the first open day; warn when its period closes soon. */
function openVerdict(
  verdict: Verdict,
  closesOn: IsoDate | undefined,
  options: VerdictOptions,
): Verdict {
  verdict.firstOpenDay = verdict.date;
  if (closesOn === undefined) return verdict;
  const daysUntilClose = isoDayNumber(closesOn) - isoDayNumber(options.today);
  if (Number.isNaN(daysUntilClose)) return verdict;
  verdict.closesOn = closesOn;
  verdict.daysUntilClose = daysUntilClose;
  if (isClosingSoon(daysUntilClose, options.closingSoonDays)) verdict.kind = 'closing-soon';
  return verdict;
}
