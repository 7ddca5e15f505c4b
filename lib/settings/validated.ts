import '../zod-config';
import type { StorageItemKey } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { exactFingerprintOf, fingerprintOf, sortedKeysCopy } from './fingerprint';
import type { StoredThing } from './items';
import { storage } from './local-storage';
import { quarantine } from './quarantine';

/**
 * What a read of a stored thing found. Only `ok` carries a value; any other status means the
 * guard must say "cannot verify" rather than fall back to defaults and look green.
 * `corrupt` values are copied to `local:quarantine:<key>` and left in place; `newer-version`
 * values are left alone and writes refused, so going back a version never destroys data.
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

/**
 * The rules this build checks values with (build-config/check-revision.ts); `unbuilt` where the
 * code runs without the build's define (nothing trusts a stamp across revisions anyway).
 */
const CHECK_REVISION =
  typeof __PERIOD_GUARD_CHECK_REVISION__ === 'string' ? __PERIOD_GUARD_CHECK_REVISION__ : 'unbuilt';

/**
 * "This exact value passed this build's check", stored next to the version: a read that finds
 * its value's stamp skips the schema, the main cost of a content script's page load. The
 * fingerprint keeps key order (writes store keys sorted), so an equal value in another order
 * is merely checked in full; a changed value can never match.
 */
function checkedStamp(thing: Pick<StoredThing<unknown>, 'version'>, stored: unknown): string {
  return stampFrom(thing, exactFingerprintOf(stored));
}

function stampFrom(thing: Pick<StoredThing<unknown>, 'version'>, print: string): string {
  return `${CHECK_REVISION}.${thing.version}.${print}`;
}

function stampOf(meta: unknown): unknown {
  return (meta as { checked?: unknown } | null)?.checked;
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
 * Brings `value`, stored at `version`, up to this build's version one step at a time and
 * stores the result with its new version in one call. Throws (storage untouched) when a step
 * throws or is missing. Two contexts migrating at once write the same result.
 */
async function migrate<T>(thing: StoredThing<T>, value: unknown, meta: unknown, version: number) {
  let migrated = value;
  for (let next = version + 1; next <= thing.version; next++) {
    const step = thing.migrations[next];
    if (step === undefined) throw new Error(`no step from version ${next - 1} to ${next}`);
    migrated = step(migrated);
  }
  const stored = sortedKeysCopy(migrated);
  await storage.setItems([
    { key: thing.key, value: stored },
    { key: metaKeyOf(thing.key), value: { ...(meta as object | null), v: thing.version } },
  ]);
  return stored;
}

/**
 * Reads a stored thing, migrated to this build's version and validated: one storage round
 * trip when the value is current. Never throws and never deletes or rewrites a bad value
 * (except through its own migration).
 */
export async function readStored<T>(thing: StoredThing<T>): Promise<StoredRead<T>> {
  try {
    let { value, meta } = await readRaw(thing.key);
    const version = versionOf(meta) ?? (value === null ? undefined : 1);

    if (version !== undefined && version > thing.version) {
      return {
        status: 'newer-version',
        reason: newerVersionReason(thing, version),
        storedVersion: version,
      };
    }
    // The fallback is this build's own constant (items.test checks it against its schema).
    if (value === null) return { status: 'ok', value: structuredClone(thing.fallback) };

    if (version !== undefined && version < thing.version) {
      try {
        value = await migrate(thing, value, meta, version);
      } catch (error) {
        return reportCorrupt(
          thing,
          value,
          version,
          `it could not be upgraded from version ${version}: ${messageOf(error)}`,
        );
      }
      meta = { v: thing.version };
    }
    if (stampOf(meta) === checkedStamp(thing, value)) return { status: 'ok', value: value as T };
    return validate(thing, value, versionOf(meta) ?? version ?? null);
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
 * Validates `value` and stores it with this build's version in one storage call, so no reader
 * sees one without the other. Rejects with a {@link StoredWriteError}, storage unchanged, when
 * the value is invalid, a newer build owns it, or the browser refuses the write.
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
    meta = { ...(await storage.getMeta(thing.key)) };
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
    // Keys sorted, so every reader sees the order the stamp was made from.
    const stored = sortedKeysCopy(parsed.data);
    const versioned = {
      key: metaKeyOf(thing.key),
      value: { ...meta, v: thing.version, checked: checkedStamp(thing, stored) },
    };
    if (stored === null) {
      // Browsers differ on storing `null`; absent is what "nothing saved" means everywhere.
      await storage.setItems([versioned]);
      await storage.removeItem(thing.key);
    } else {
      await storage.setItems([{ key: thing.key, value: stored }, versioned]);
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

/**
 * Reads `thing` as {@link readStored} does and stamps a valid value that lacks this build's
 * stamp. The background calls it at start and on every change, so values written without
 * {@link writeStored} (by hand, another build) are checked once, not on every page load.
 */
export async function stampStored<T>(thing: StoredThing<T>): Promise<StoredRead<T>> {
  const read = await readStored(thing);
  if (read.status !== 'ok') return read;
  try {
    const { value, meta } = await readRaw(thing.key);
    if (value === null) return read;
    // Changed meanwhile, or altered by the schema: leave it to be checked in full.
    if (fingerprintOf(value) !== fingerprintOf(read.value)) return read;
    const stamp = checkedStamp(thing, value);
    if (stampOf(meta) === stamp) return read;
    await storage.setItems([
      {
        key: metaKeyOf(thing.key),
        value: { ...(meta as object | null), v: thing.version, checked: stamp },
      },
    ]);
  } catch {
    // Unstamped is only slower: its readers check it in full.
  }
  return read;
}
