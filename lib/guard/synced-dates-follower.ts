import type { IsoDate } from '../calendar/iso-date';
import { followStored } from '../settings/follow-stored';
import { storedSyncedDates } from '../settings/items';
import type { SyncedDates } from '../settings/synced-dates-schema';
import type { GuardDeps } from './guard-controller';

/**
 * The remembered original dates of synced invoices, as the guard needs them: the current
 * map, a way to add one, and change notifications (another tab may remember one first).
 */
export function followSyncedDates(): GuardDeps['syncedDates'] & { whenReady: Promise<void> } {
  let current: SyncedDates = {};
  const listeners = new Set<() => void>();
  const follower = followStored(storedSyncedDates, (read) => {
    if (read.status !== 'ok' || read.value === current) return;
    current = read.value;
    for (const listener of listeners) listener();
  });
  return {
    whenReady: follower.whenReady,
    current: () => current,
    remember(invoiceNumber: string, date: IsoDate) {
      // First sight wins: a later visit must never overwrite the original date.
      void follower
        .mutate((map) => (map[invoiceNumber] ? map : { ...map, [invoiceNumber]: date }))
        .catch(() => {});
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
