import type { FollowOptions } from './follow-stored';
import { storedRemoteStatus } from './items';
import type { RemoteStatus } from './remote-status-schema';
import { createSyncedStore, type StoredSlice, type SyncedStore } from './synced-store';

export interface RemoteStatusState extends StoredSlice {
  /** How fetching the calendar URL is going; `null` with no URL source or when unreadable. */
  remoteStatus: RemoteStatus | null;
}
export type RemoteStatusStore = SyncedStore<RemoteStatusState>;

/**
 * The background's record of the calendar URL, followed in this context. Read-only here (no
 * actions): only the background's scheduler (lib/remote/scheduler.ts) writes it.
 */
export function createRemoteStatusStore(options?: FollowOptions): RemoteStatusStore {
  return createSyncedStore<RemoteStatus | null, RemoteStatusState>(
    storedRemoteStatus,
    {
      initial: () => ({ remoteStatus: null }),
      stateOf: (remoteStatus) => ({ remoteStatus }),
      unusable: () => null,
    },
    options,
  );
}
