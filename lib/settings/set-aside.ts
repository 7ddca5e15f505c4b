import type { StoredThing } from './items';
import { storage } from './local-storage';
import { type QuarantineEntry, readQuarantine } from './quarantine';
import { readStored } from './validated';

/** A file the settings page offers for download, holding what was set aside for one thing. */
export interface SetAsideFile {
  fileName: string;
  /** JSON: `{ "setAside": noun, "exportedAt": instant, "entries": [...] }`. */
  text: string;
  /** How many values the file holds. */
  count: number;
}

/**
 * Everything set aside for a stored thing, as a file to download: the corrupt copies in
 * quarantine and a newer version's value (left in place, writes refused), exactly as stored so
 * they can be brought back. `null` when nothing is set aside (the page shows no button).
 */
export async function exportSetAside(
  thing: StoredThing<unknown>,
  now: Date = new Date(),
): Promise<SetAsideFile | null> {
  const entries: QuarantineEntry[] = [...(await readQuarantine(thing.key))];
  const read = await readStored(thing);
  if (read.status === 'newer-version') {
    entries.push({
      at: now.toISOString(),
      reason: read.reason,
      version: read.storedVersion,
      // Raw, as stored: the item would offer its fallback or try to migrate.
      value: await storage.getItem(thing.key),
    });
  }
  if (entries.length === 0) return null;
  const exportedAt = now.toISOString();
  const name = thing.key.slice(thing.key.indexOf(':') + 1);
  return {
    fileName: `period-guard-${name}-set-aside-${exportedAt.slice(0, 10)}.json`,
    text: `${JSON.stringify({ setAside: thing.noun, exportedAt, entries }, null, 2)}\n`,
    count: entries.length,
  };
}
