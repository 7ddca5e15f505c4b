import '../zod-config';
import type { StorageItemKey } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { type Calendar, calendarSchema } from '../calendar/model';
import { lazySchema } from '../lazy-schema';
import { type AuditLog, auditLogSchema } from './audit-schema';
import { type HeldCalendar, heldCalendarSchema } from './held-calendar-schema';
import { type RemoteStatus, remoteStatusSchema } from './remote-status-schema';
import { migrateSettingsV1toV2 } from './settings-migrations';
import {
  defaultSettings,
  SETTINGS_VERSION,
  type Settings,
  settingsSchema,
} from './settings-schema';
import { type SyncedDates, syncedDatesSchema } from './synced-dates-schema';

/*
 * One entry per stored thing: key, version, migration steps, fallback and schema; validated.ts
 * reads, migrates and writes. Not WXT's `storage.defineItem`, which reads storage as soon as
 * its module loads, in every context: here a thing costs nothing until read, and a read is one
 * round trip. Fallbacks live in non-exported consts: WXT's auto-import scanner once reported
 * an inline fallback literal's keys as exports.
 */

const CALENDAR_FALLBACK: Calendar | null = null;
const SETTINGS_FALLBACK: Settings = defaultSettings();
const AUDIT_LOG_FALLBACK: AuditLog = [];
const SYNCED_DATES_FALLBACK: SyncedDates = {};
const REMOTE_STATUS_FALLBACK: RemoteStatus | null = null;
const HELD_CALENDAR_FALLBACK: HeldCalendar | null = null;
const LAST_POLICY_FALLBACK: Record<string, unknown> | null = null;

/** Version of the stored calendar; the calendar's own `version` field is the file format's. */
const CALENDAR_ITEM_VERSION = 1;
const AUDIT_LOG_ITEM_VERSION = 1;
const SYNCED_DATES_ITEM_VERSION = 1;
const REMOTE_STATUS_ITEM_VERSION = 1;
const HELD_CALENDAR_ITEM_VERSION = 1;
const LAST_POLICY_ITEM_VERSION = 1;

/**
 * Steps from one stored version to the next: `n` turns a version `n - 1` value into a
 * version `n` one, or throws when it cannot.
 */
export type StoredMigrations = Readonly<Record<number, (old: unknown) => unknown>>;

/** What validated.ts needs to read, upgrade, check and describe one stored thing. */
export interface StoredThing<T> {
  key: StorageItemKey;
  version: number;
  migrations: StoredMigrations;
  fallback: T;
  schema: z.ZodMiniType<T>;
  noun: string;
  /** What the user can do when the stored value is unreadable (ends a sentence). */
  repair: string;
}

/**
 * Declares a stored thing under `key` (`local:<name>`; the README lists every one, checked by
 * manifest-policy.test.ts).
 */
function storedThing<T>(key: StorageItemKey, thing: Omit<StoredThing<T>, 'key'>): StoredThing<T> {
  return { key, ...thing };
}

/** The calendar in use; `null` until the user (or a source) provides one. */
export const storedCalendar = storedThing<Calendar | null>('local:calendar', {
  version: CALENDAR_ITEM_VERSION,
  // Ready for the first change of shape: add `2: (v1) => v2` and bump the version.
  migrations: {},
  fallback: CALENDAR_FALLBACK,
  schema: lazySchema(() => z.nullable(calendarSchema)),
  noun: 'calendar',
  repair: 'import the calendar or enter it again',
});

/** The user's settings. */
export const storedSettings = storedThing<Settings>('local:settings', {
  version: SETTINGS_VERSION,
  migrations: {
    // The last step checks its result, so a failure quarantines the original, not a half-made
    // conversion (the check moves to the newest step when one is added).
    2: (old: unknown) => settingsSchema.parse(migrateSettingsV1toV2(old)),
  },
  fallback: SETTINGS_FALLBACK,
  schema: settingsSchema,
  noun: 'settings',
  repair: 'check the settings page and save again',
});

/** Override records, oldest first (audit-schema.ts). */
export const storedAuditLog = storedThing<AuditLog>('local:auditLog', {
  version: AUDIT_LOG_ITEM_VERSION,
  migrations: {},
  fallback: AUDIT_LOG_FALLBACK,
  schema: auditLogSchema,
  noun: 'audit log',
  repair: 'new overrides start a fresh log',
});

/** Invoice number → the date it carried when first seen synced (synced-dates-schema.ts). */
export const storedSyncedDates = storedThing<SyncedDates>('local:syncedDates', {
  version: SYNCED_DATES_ITEM_VERSION,
  migrations: {},
  fallback: SYNCED_DATES_FALLBACK,
  schema: syncedDatesSchema,
  noun: 'list of synced invoice dates',
  repair: 'it fills again as synced invoices are opened',
});

/** How fetching the calendar URL is going (remote-status-schema.ts); `null` without a URL. */
export const storedRemoteStatus = storedThing<RemoteStatus | null>('local:remoteStatus', {
  version: REMOTE_STATUS_ITEM_VERSION,
  migrations: {},
  fallback: REMOTE_STATUS_FALLBACK,
  schema: lazySchema(() => z.nullable(remoteStatusSchema)),
  noun: 'calendar URL status',
  repair: 'it is written again at the next check',
});

/** A team calendar held back as suspicious (held-calendar-schema.ts); `null` when none is. */
export const storedHeldCalendar = storedThing<HeldCalendar | null>('local:heldCalendar', {
  version: HELD_CALENDAR_ITEM_VERSION,
  migrations: {},
  fallback: HELD_CALENDAR_FALLBACK,
  schema: lazySchema(() => z.nullable(heldCalendarSchema)),
  noun: 'held team calendar',
  repair: 'it is fetched again at the next check',
});

/**
 * The organization's policy as the background last read it from the browser, unvalidated (each
 * reader validates it as it does a fresh read); `null` until the first read answered.
 */
export const storedLastPolicy = storedThing<Record<string, unknown> | null>('local:lastPolicy', {
  version: LAST_POLICY_ITEM_VERSION,
  migrations: {},
  fallback: LAST_POLICY_FALLBACK,
  schema: lazySchema(() => z.nullable(z.record(z.string(), z.unknown()))),
  noun: 'copy of your organization’s policy',
  repair: 'it is written again when the browser next starts',
});

/** Every stored thing, for what walks them all (the background's stamp keeper). */
export const allStoredThings: readonly StoredThing<unknown>[] = [
  storedCalendar,
  storedSettings,
  storedAuditLog,
  storedSyncedDates,
  storedRemoteStatus,
  storedHeldCalendar,
  storedLastPolicy,
] as readonly StoredThing<unknown>[];
