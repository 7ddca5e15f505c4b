import type { IsoDate } from '../calendar/iso-date';
import type { RememberSyncedDateMessage } from '../messages';
import { followStored } from '../settings/follow-stored';
import { storedSyncedDates } from '../settings/items';
import type { SyncedDates } from '../settings/synced-dates-schema';
import type { GuardDeps } from './guard-controller';

/**
 * The remembered original dates of synced invoices, as the guard needs them: the current
 * map, a way to add one, and change notifications (another tab may remember one first).
 * Read here, written only by the background (lib/settings/synced-dates-writer.ts), which
 * `send` asks: a tab writing the map itself could overwrite another tab's entry.
 */
export function followSyncedDates(
  send: (message: RememberSyncedDateMessage) => Promise<unknown>,
): GuardDeps['syncedDates'] & { whenReady: Promise<void>; dispose(): void } {
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
      // First sight wins (the background keeps an earlier date). Losing one is not worth an
      // error on the host page: the next visit asks again.
      void send({ type: 'remember-synced-date', invoiceNumber, date }).catch(() => {});
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => follower.dispose(),
  };
}
