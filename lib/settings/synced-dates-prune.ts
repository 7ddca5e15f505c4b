import type { IsoDate } from '../calendar/iso-date';
import { monthsBefore } from '../calendar/months-before';
import type { SyncedDates } from './synced-dates-schema';

/**
 * How much of the synced-dates map is kept (pruned on every write): the last 24 months (an
 * older invoice meets a long-locked period, which its own date shows anyway), latest first,
 * up to a cap.
 */
export const SYNCED_DATES_KEEP_MONTHS = 24;
export const SYNCED_DATES_MAX_ENTRIES = 5_000;

/** `map` without the entries the rule above drops; the same object when nothing is dropped. */
export function pruneSyncedDates(map: SyncedDates, today: IsoDate): SyncedDates {
  const cutoff = monthsBefore(today, SYNCED_DATES_KEEP_MONTHS);
  let entries = Object.entries(map);
  const recent = entries.filter(([, date]) => date >= cutoff);
  if (recent.length === entries.length && entries.length <= SYNCED_DATES_MAX_ENTRIES) return map;
  entries = recent;
  if (entries.length > SYNCED_DATES_MAX_ENTRIES) {
    // Latest dates first; the invoice number settles ties, so every writer keeps the same ones.
    entries.sort(([a, x], [b, y]) => (x === y ? (a < b ? -1 : a > b ? 1 : 0) : x > y ? -1 : 1));
    entries = entries.slice(0, SYNCED_DATES_MAX_ENTRIES);
  }
  return Object.fromEntries(entries);
}

/** `map` with `date` for `invoiceNumber`, unless it has one: the first date seen synced wins. */
export function withFirstSight(
  map: SyncedDates,
  invoiceNumber: string,
  date: IsoDate,
): SyncedDates {
  return Object.hasOwn(map, invoiceNumber) ? map : { ...map, [invoiceNumber]: date };
}
