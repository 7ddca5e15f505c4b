import type { IsoDate } from '../calendar/iso-date';
import { followStored } from './follow-stored';
import { storedSyncedDates } from './items';
import { pruneSyncedDates, withFirstSight } from './synced-dates-prune';

/**
 * The one writer of the synced-dates map, in the background. Tabs ask it to remember a date
 * instead of writing the map themselves: two tabs that each read the map, added their
 * invoice and wrote it back lost one of the two. Here every change is applied to the map as
 * stored at that moment, one after another, and the map is pruned as it is written.
 */
export function createSyncedDatesWriter(today: () => IsoDate) {
  const follower = followStored(storedSyncedDates, () => undefined, { document: null });
  return {
    /** Resolves once `date` (or an earlier first sight) is stored for `invoiceNumber`. */
    async remember(invoiceNumber: string, date: IsoDate): Promise<void> {
      await follower.mutate((map) =>
        pruneSyncedDates(withFirstSight(map, invoiceNumber, date), today()),
      );
    },
    dispose: () => follower.dispose(),
  };
}
export type SyncedDatesWriter = ReturnType<typeof createSyncedDatesWriter>;
