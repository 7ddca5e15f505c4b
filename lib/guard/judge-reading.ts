import type { IsoDate } from '../calendar/iso-date';
import type { Calendar } from '../calendar/model';
import { type InvoiceSnapshot, isSynced } from '../calendar/snapshot';
import { verdictFor } from '../calendar/verdict';
import type { Verdict } from '../calendar/verdict-types';
import type { InvoiceReading } from '../page/read-invoice';
import type { SyncedDates } from '../settings/synced-dates-schema';

/** Everything besides the page that a verdict depends on, as the content script holds it. */
export interface GuardInputs {
  calendar: Calendar | null;
  /**
   * The calendar store's status. Anything but `ok` means the stored calendar could not be
   * used (corrupt, from a newer version, storage unavailable): the guard cannot vouch.
   */
  calendarStatus: string;
  calendarProblem?: string | null;
  closingSoonDays: number;
  syncedDates: SyncedDates;
  stale: boolean;
  today: IsoDate;
}

/** A verdict plus, when the calendar itself is unusable, the sentence that says why. */
export type GuardVerdict = Verdict & { calendarProblem?: string };

/**
 * The snapshot the verdict should see: a synced invoice carries the date it had when first
 * seen synced, because Intacct judges re-syncs by the original posting date.
 */
export function withOriginalDate(snapshot: InvoiceSnapshot, synced: SyncedDates): InvoiceSnapshot {
  if (!isSynced(snapshot) || !snapshot.invoiceNumber) return snapshot;
  const original = synced[snapshot.invoiceNumber];
  return original ? { ...snapshot, originalDate: original } : snapshot;
}

/**
 * The verdict for what the page shows. A calendar that exists but cannot be read is never
 * treated as "no calendar" (which only warns): it is `stale-calendar`, which blocks.
 */
export function judgeReading(reading: InvoiceReading | null, inputs: GuardInputs): GuardVerdict {
  if (inputs.calendarStatus !== 'ok') {
    return {
      kind: 'stale-calendar',
      calendarProblem:
        inputs.calendarProblem ?? 'The period calendar could not be read from storage.',
    };
  }
  const snapshot = reading ? withOriginalDate(reading.snapshot, inputs.syncedDates) : null;
  return verdictFor(snapshot, inputs.calendar, {
    today: inputs.today,
    closingSoonDays: inputs.closingSoonDays,
    stale: inputs.stale,
  });
}

/**
 * The date to remember for a synced invoice the first time we see it synced, or `null` when
 * nothing is to be remembered (not synced, no number, already known, no readable date).
 */
export function originalDateToRemember(
  snapshot: InvoiceSnapshot,
  synced: SyncedDates,
): IsoDate | null {
  if (!isSynced(snapshot) || !snapshot.invoiceNumber) return null;
  if (synced[snapshot.invoiceNumber]) return null;
  return snapshot.postingDate ?? snapshot.invoiceDate ?? null;
}
