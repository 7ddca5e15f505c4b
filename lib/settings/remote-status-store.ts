import { createStore } from 'zustand/vanilla';
import { type FollowOptions, followStored } from './follow-stored';
import { storedRemoteStatus } from './items';
import type { RemoteStatus } from './remote-status-schema';
import type { StoredSlice, SyncedStore } from './stores';

export interface RemoteStatusState extends StoredSlice {
  /** How fetching the calendar URL is going; `null` with no URL source or when unreadable. */
  remoteStatus: RemoteStatus | null;
}
export type RemoteStatusStore = SyncedStore<RemoteStatusState>;

/**
 * The background's record of the calendar URL, followed in this context. Read-only here:
 * only the background's scheduler (lib/remote/scheduler.ts) writes it.
 */
export function createRemoteStatusStore(options?: FollowOptions): RemoteStatusStore {
  const store = createStore<RemoteStatusState>()(() => ({
    ready: false,
    status: 'loading',
    problem: null,
    remoteStatus: null,
  }));
  const follower = followStored(
    storedRemoteStatus,
    (read) => {
      if (read.status === 'ok') {
        store.setState({ ready: true, status: 'ok', problem: null, remoteStatus: read.value });
      } else {
        store.setState({
          ready: true,
          status: read.status,
          problem: read.reason,
          remoteStatus: null,
        });
      }
    },
    options,
  );
  return Object.assign(store, {
    whenReady: follower.whenReady,
    refresh: follower.refresh,
    dispose: follower.dispose,
  });
}
