import { createStore, type StoreApi } from 'zustand/vanilla';
import { type FollowOptions, followStored, type StoredFollower } from './follow-stored';
import type { StoredThing } from './items';
import type { StoredRead, StoredReadStatus } from './validated';

/*
 * The one way a context holds a stored thing as a zustand store (stores.ts and
 * remote-status-store.ts build theirs with it). Build one per context; in tests, build them
 * inside each test: fakeBrowser.reset() drops watchers.
 */

/** What every store says about the stored value behind it. */
export interface StoredSlice {
  /** False until the first read finished (whatever it found). */
  ready: boolean;
  /**
   * `loading` before the first read; then the last read's status (validated.ts). Anything but
   * `ok` means the value shown is not what is stored: the guard must say "cannot verify".
   */
  status: 'loading' | StoredReadStatus;
  /** A sentence for the user when `status` is `corrupt`, `newer-version` or `unavailable`. */
  problem: string | null;
}

/** The store object: zustand's API plus the follower's life cycle. */
export type SyncedStore<S> = StoreApi<S> & {
  /** Settles once `ready` is true. */
  whenReady: Promise<void>;
  /** Re-reads storage now (tests; the stores also do it on watch and visibility). */
  refresh(): Promise<void>;
  /** Stops following storage; call when the context's UI goes away. */
  dispose(): void;
};

/** How a store shows one stored thing. */
export interface SyncedStoreSpec<T, S extends StoredSlice> {
  /** The state before the first read: the value's fields, and the actions (see `mutate`). */
  initial: (mutate: StoredFollower<T>['mutate']) => Omit<S, keyof StoredSlice>;
  /** The state's fields for a stored value. */
  stateOf: (value: T) => Partial<S>;
  /** The value shown while a read is not `ok`: never what is stored, so `status` says so. */
  unusable: () => T;
}

/**
 * A store following `thing`: actions write through the follower's queue (`mutate`), and
 * each read is published as the slice plus `stateOf` its value.
 */
export function createSyncedStore<T, S extends StoredSlice>(
  thing: StoredThing<T>,
  spec: SyncedStoreSpec<T, S>,
  options?: FollowOptions,
): SyncedStore<S> {
  const store = createStore<S>()(
    () =>
      ({
        ready: false,
        status: 'loading',
        problem: null,
        ...spec.initial((change) => follower.mutate(change)),
      }) as unknown as S,
  );
  const follower = followStored(
    thing,
    (read) => {
      const value = read.status === 'ok' ? read.value : spec.unusable();
      store.setState({ ...sliceOf(read), ...spec.stateOf(value) } as Partial<S>);
    },
    options,
  );
  return Object.assign(store, {
    whenReady: follower.whenReady,
    refresh: follower.refresh,
    dispose: follower.dispose,
  });
}

function sliceOf(read: StoredRead<unknown>): StoredSlice {
  return read.status === 'ok'
    ? { ready: true, status: 'ok', problem: null }
    : { ready: true, status: read.status, problem: read.reason };
}
