import type { StoredThing } from './items';
import { storage } from './local-storage';
import { createSerialQueue } from './serial-queue';
import { readStored, type StoredRead, StoredWriteError, writeStored } from './validated';

/** Where a follower listens besides storage. */
export interface FollowOptions {
  /**
   * The page whose `visibilitychange` triggers a re-read (a tab coming back may have missed
   * changes while its page was frozen). Defaults to `globalThis.document`; `null` where there
   * is none, as in the background service worker.
   */
  document?: Document | null;
}

/** One context's live view of one stored thing. */
export interface StoredFollower<T> {
  /** Settles after the first read has been published, whatever it found. */
  whenReady: Promise<void>;
  /** Reads storage again and publishes what it finds. */
  refresh(): Promise<void>;
  /**
   * Reads the current stored value, applies `change`, validates and writes the result, then
   * publishes it; resolves with what was stored. Queued behind every earlier read and write
   * of this follower, so quick successive edits land in order, each on top of the last.
   * A corrupt stored value is replaced (its copy stays in quarantine); a newer build's value
   * or an unreadable storage rejects with a {@link StoredWriteError} and writes nothing.
   */
  mutate(change: (current: T) => T): Promise<T>;
  /** Stops listening. Pending work finishes but publishes nothing. */
  dispose(): void;
}

/**
 * Storage is the single source of truth shared by the background, popup, settings page and
 * every tab's content script. Each context follows it: one read at start, then a re-read on
 * every `watch` change (another context wrote) and whenever the page becomes visible again.
 * Reads and writes share one queue so a slow read can never publish over a newer write.
 */
export function followStored<T>(
  thing: StoredThing<T>,
  publish: (read: StoredRead<T>) => void,
  options: FollowOptions = {},
): StoredFollower<T> {
  const enqueue = createSerialQueue();
  let disposed = false;
  const tell = (read: StoredRead<T>) => {
    if (!disposed) publish(read);
  };

  const refresh = () =>
    enqueue(async () => {
      if (disposed) return;
      tell(await readStored(thing));
    });

  const mutate = (change: (current: T) => T) =>
    enqueue(async () => {
      const read = await readStored(thing);
      if (read.status === 'newer-version' || read.status === 'unavailable') {
        tell(read);
        throw new StoredWriteError(
          read.status === 'newer-version' ? 'newer-version' : 'write-failed',
          read.reason,
        );
      }
      const current = read.status === 'ok' ? read.value : structuredClone(thing.fallback);
      const saved = await writeStored(thing, change(current));
      tell({ status: 'ok', value: saved });
      return saved;
    });

  const unwatch = storage.watch(thing.key, () => {
    void refresh();
  });
  const doc = options.document === undefined ? globalThis.document : options.document;
  const onVisibilityChange = () => {
    if (doc?.visibilityState === 'visible') void refresh();
  };
  doc?.addEventListener('visibilitychange', onVisibilityChange);

  return {
    whenReady: refresh(),
    refresh,
    mutate,
    dispose() {
      disposed = true;
      unwatch();
      doc?.removeEventListener('visibilitychange', onVisibilityChange);
    },
  };
}
