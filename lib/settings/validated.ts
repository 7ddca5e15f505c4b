import '../zod-config';
import { MigrationError, type StorageItemKey, storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import type { StoredThing } from './items';
import { quarantine } from './quarantine';

/**
 * What a read of a stored thing found. Only `ok` carries a value; every other state means the
 * extension cannot vouch for what is stored, and the guard must say "cannot verify" rather
 * than fall back to defaults and look green.
 *
 * - `ok`: the stored value (or the fallback when nothing is stored) passed validation.
 * - `corrupt`: a value is stored but failed validation or migration. It was copied to
 *   `local:quarantine:<key>` (`quarantined: false` if even that failed) and left in place
 *   until something valid is written over it.
 * - `newer-version`: a newer build of the extension wrote it. It is left alone and writes are
 *   refused, so going back a version never destroys data.
 * - `unavailable`: storage itself failed (extension context gone after an update, …).
 */
export type StoredRead<T> =
  | { status: 'ok'; value: T }
  | { status: 'corrupt'; reason: string; quarantined: boolean }
  | { status: 'newer-version'; reason: string; storedVersion: number }
  | { status: 'unavailable'; reason: string };

export type StoredReadStatus = StoredRead<unknown>['status'];

/** Why a write did not happen. The message is a sentence for the user. */
export type StoredWriteFailure = 'invalid' | 'newer-version' | 'write-failed';

/** A refused or failed write. Storage still holds what it held before. */
export class StoredWriteError extends Error {
  override readonly name = 'StoredWriteError';
  constructor(
    readonly code: StoredWriteFailure,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const metaKeyOf = (key: StorageItemKey): StorageItemKey => `${key}$` as StorageItemKey;

function messageOf(error: unknown): string {
  if (error instanceof z.core.$ZodError) return describeIssues(error);
  if (error instanceof Error) {
    return error.cause === undefined
      ? error.message
      : `${error.message}: ${messageOf(error.cause)}`;
  }
  return String(error);
}

/** The first few problems as `path: message`, enough to find the bad field. */
export function describeIssues(error: z.core.$ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}

function versionOf(meta: unknown): number | undefined {
  const v = (meta as { v?: unknown } | null)?.v;
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

function newerVersionReason(
  thing: Pick<StoredThing<unknown>, 'noun' | 'version'>,
  storedVersion: number,
): string {
  return `A newer version of Period Guard saved the ${thing.noun} (storage version ${storedVersion}; this one understands ${thing.version}). Update the extension; nothing was changed.`;
}

async function readRaw(key: StorageItemKey): Promise<{ value: unknown; meta: unknown }> {
  const [value, meta] = await storage.getItems([key, metaKeyOf(key)]);
  return { value: value?.value ?? null, meta: meta?.value ?? null };
}

async function reportCorrupt<T>(
  thing: StoredThing<T>,
  value: unknown,
  version: number | null,
  why: string,
): Promise<StoredRead<T>> {
  const quarantined = await quarantine(thing.key, {
    at: new Date().toISOString(),
    reason: why,
    version,
    value,
  });
  const kept = quarantined ? 'A copy was kept aside' : 'It is left as it was';
  const reason = `The saved ${thing.noun} could not be read (${why}). ${kept}; ${thing.repair}.`;
  return { status: 'corrupt', reason, quarantined };
}

/**
 * Reads a stored thing, migrated to this build's version and validated. Never throws and
 * never deletes or rewrites a bad value (except through the item's own migration).
 */
export async function readStored<T>(thing: StoredThing<T>): Promise<StoredRead<T>> {
  try {
    // Waits for the migration the item started when it was defined.
    await thing.item.getMeta();
    let { value, meta } = await readRaw(thing.key);
    let version = versionOf(meta) ?? (value === null ? undefined : 1);

    if (version !== undefined && version > thing.version) {
      return {
        status: 'newer-version',
        reason: newerVersionReason(thing, version),
        storedVersion: version,
      };
    }
    if (value === null) return validate(thing, thing.item.fallback, null);

    if (version !== undefined && version < thing.version) {
      // Stored after this context's start-up migration ran (another, older context wrote it,
      // or a test seeded it): migrate now rather than misread an old shape.
      try {
        await thing.item.migrate();
      } catch (error) {
        return reportCorrupt(
          thing,
          value,
          version,
          `it could not be upgraded from version ${version}: ${messageOf(error instanceof MigrationError ? error.cause : error)}`,
        );
      }
      ({ value, meta } = await readRaw(thing.key));
      version = versionOf(meta) ?? version;
    }
    return validate(thing, value, version ?? null);
  } catch (error) {
    return {
      status: 'unavailable',
      reason: `The ${thing.noun} could not be read from browser storage (${messageOf(error)}). Reload the page; if that does not help, reload the extension.`,
    };
  }
}

async function validate<T>(
  thing: StoredThing<T>,
  value: unknown,
  version: number | null,
): Promise<StoredRead<T>> {
  const parsed = thing.schema.safeParse(value);
  if (parsed.success) return { status: 'ok', value: parsed.data };
  return reportCorrupt(thing, value, version, describeIssues(parsed.error));
}

/**
 * Validates `value` and stores it with this build's version, value and version in one
 * storage call so no reader sees one without the other. Resolves with the value as stored.
 * Rejects with a {@link StoredWriteError} — and storage keeps its previous value — when the
 * value is invalid, when a newer build owns what is stored, or when the browser refuses the
 * write (quota).
 */
export async function writeStored<T>(thing: StoredThing<T>, value: T): Promise<T> {
  const parsed = thing.schema.safeParse(value);
  if (!parsed.success) {
    throw new StoredWriteError(
      'invalid',
      `Did not save the ${thing.noun}: ${describeIssues(parsed.error)}.`,
      { cause: parsed.error },
    );
  }
  let meta: Record<string, unknown>;
  try {
    // Waits for the start-up migration, which would otherwise overwrite this write.
    meta = { ...(await thing.item.getMeta()) };
  } catch (error) {
    throw new StoredWriteError(
      'write-failed',
      `Could not save the ${thing.noun}: browser storage could not be read (${messageOf(error)}).`,
      { cause: error },
    );
  }
  const storedVersion = versionOf(meta);
  if (storedVersion !== undefined && storedVersion > thing.version) {
    throw new StoredWriteError('newer-version', newerVersionReason(thing, storedVersion));
  }
  try {
    const versioned = { key: metaKeyOf(thing.key), value: { ...meta, v: thing.version } };
    if (parsed.data === null) {
      // Browsers differ on storing `null`; absent is what "nothing saved" means everywhere.
      await storage.setItems([versioned]);
      await storage.removeItem(thing.key);
    } else {
      await storage.setItems([{ key: thing.key, value: parsed.data }, versioned]);
    }
  } catch (error) {
    throw new StoredWriteError(
      'write-failed',
      `Could not save the ${thing.noun}: the browser refused to store it (${messageOf(error)}). What was saved before is still in use; free some space or try again.`,
      { cause: error },
    );
  }
  return parsed.data;
}
