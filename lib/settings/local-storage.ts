import { browser } from 'wxt/browser';
import type { StorageItemKey } from 'wxt/utils/storage';

/**
 * The few storage operations Period Guard needs, straight on `browser.storage.local` with
 * WXT's `local:<name>` keys and shapes (absent reads as `null`; `<key>$` holds metadata):
 * WXT's full storage module is too heavy for a content script on every BuildOps page.
 */

/** Everything Period Guard stores lives in the extension's local area. */
function areaKey(key: StorageItemKey): string {
  if (!key.startsWith('local:')) throw new Error(`Not a local storage key: ${key}`);
  return key.slice('local:'.length);
}

const local = () => browser.storage.local;

/** A stored value and the key it was read under. */
export interface StoredEntry {
  key: StorageItemKey;
  value: unknown;
}

/** The names asked for since the last read went out, and the answer they will share. */
let nextRead: { names: Set<string>; answer: Promise<Record<string, unknown>> } | undefined;

/**
 * Reads `names`, together with every other name asked for in the same turn of the event
 * loop: one round trip to the browser for them all. At start-up each store of the content
 * script asks for its own value, and every answer that comes back is a task on the host
 * page's main thread; one answer is one task. A name already on its way is read on its own,
 * so no two readers are ever handed the same object.
 */
function readTogether(names: readonly string[]): Promise<Record<string, unknown>> {
  if (nextRead && names.some((name) => nextRead?.names.has(name))) return local().get([...names]);
  if (!nextRead) {
    const batch = new Set<string>();
    const answer = Promise.resolve().then(() => {
      nextRead = undefined;
      return local().get([...batch]);
    });
    nextRead = { names: batch, answer };
  }
  for (const name of names) nextRead.names.add(name);
  return nextRead.answer;
}

async function getItem<T>(key: StorageItemKey): Promise<T | null> {
  const name = areaKey(key);
  return ((await readTogether([name]))[name] ?? null) as T | null;
}

export const storage = {
  getItem,

  /**
   * Several values in one round trip (shared with other reads of the same turn), in the
   * order asked, `null` for the absent ones.
   */
  async getItems(keys: readonly StorageItemKey[]): Promise<StoredEntry[]> {
    const names = keys.map(areaKey);
    const found = await readTogether(names);
    return keys.map((key, i) => ({ key, value: found[names[i] as string] ?? null }));
  },

  /** The metadata object stored next to `key` (`{}` when there is none). */
  async getMeta(key: StorageItemKey): Promise<Record<string, unknown>> {
    const meta = await getItem<unknown>(`${key}$` as StorageItemKey);
    return meta !== null && typeof meta === 'object' && !Array.isArray(meta)
      ? (meta as Record<string, unknown>)
      : {};
  },

  /** Stores `value`; `null` or `undefined` removes the key (browsers differ on storing null). */
  async setItem(key: StorageItemKey, value: unknown): Promise<void> {
    if (value == null) await local().remove(areaKey(key));
    else await local().set({ [areaKey(key)]: value });
  },

  /** Stores several values in one call: no reader sees one without the others. */
  async setItems(entries: readonly StoredEntry[]): Promise<void> {
    await local().set(Object.fromEntries(entries.map(({ key, value }) => [areaKey(key), value])));
  },

  async removeItem(key: StorageItemKey): Promise<void> {
    await local().remove(areaKey(key));
  },

  /**
   * Calls `onChange` whenever another write changes the value at `key` (a write of an equal
   * value is no change). Returns a function that stops watching.
   */
  watch(key: StorageItemKey, onChange: (value: unknown, previous: unknown) => void): () => void {
    const name = areaKey(key);
    const listener = (
      changes: Record<string, { newValue?: unknown; oldValue?: unknown }>,
      area: string,
    ) => {
      const change = area === 'local' ? changes[name] : undefined;
      if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
      onChange(change.newValue ?? null, change.oldValue ?? null);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
