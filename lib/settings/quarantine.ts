import type { StorageItemKey } from 'wxt/utils/storage';
import { storage } from './local-storage';

/** Distinct bad values kept per key; older ones go first. */
export const QUARANTINE_LIMIT = 3;

/** A stored value that failed validation, kept so support (or a later fix) can recover it. */
export interface QuarantineEntry {
  /** When it was found, as an ISO instant. */
  at: string;
  /** Why it was refused, as shown to the user. */
  reason: string;
  /** The item version its metadata claimed, when it had one. */
  version: number | null;
  value: unknown;
}

/** `local:calendar` → `local:quarantine:calendar`. */
export function quarantineKey(key: StorageItemKey): StorageItemKey {
  const area = key.slice(0, key.indexOf(':'));
  const name = key.slice(key.indexOf(':') + 1);
  return `${area}:quarantine:${name}` as StorageItemKey;
}

/** What is kept for `key`, oldest first; empty when nothing was ever quarantined. */
export async function readQuarantine(key: StorageItemKey): Promise<QuarantineEntry[]> {
  const kept = await storage.getItem<QuarantineEntry[]>(quarantineKey(key));
  return Array.isArray(kept) ? kept : [];
}

/**
 * Copies a bad value aside before anything can overwrite it. The same value found again (the
 * stores re-read on every change and every time a tab becomes visible) is kept once.
 * Resolves `false` instead of throwing when storage refuses: the caller still reports the
 * value as corrupt, which matters more than the copy.
 */
export async function quarantine(key: StorageItemKey, entry: QuarantineEntry): Promise<boolean> {
  try {
    const kept = await readQuarantine(key);
    const text = JSON.stringify(entry.value);
    if (kept.some((old) => JSON.stringify(old.value) === text)) return true;
    const next = [...kept, entry].slice(-QUARANTINE_LIMIT);
    await storage.setItem(quarantineKey(key), next);
    return true;
  } catch {
    return false;
  }
}
