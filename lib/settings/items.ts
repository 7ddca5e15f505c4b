import '../zod-config';
import { type StorageItemKey, storage, type WxtStorageItem } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { type Calendar, calendarSchema } from '../calendar/model';
import { type AuditLog, auditLogSchema } from './audit-schema';
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
 * One storage item per stored thing (WXT's pattern): each has a fallback, a version and a
 * migration table. The fallbacks live in non-exported consts: WXT's auto-import scanner once
 * reported the keys of an inline fallback literal as exports (notes/toolchain.md).
 *
 * Read and write through validated.ts, not through these items directly: the items know how
 * to migrate, validated.ts knows whether the result can be trusted.
 */

const CALENDAR_FALLBACK: Calendar | null = null;
const SETTINGS_FALLBACK: Settings = defaultSettings();
const AUDIT_LOG_FALLBACK: AuditLog = [];
const SYNCED_DATES_FALLBACK: SyncedDates = {};
const REMOTE_STATUS_FALLBACK: RemoteStatus | null = null;

/** Version of the stored calendar; the calendar's own `version` field is the file format's. */
const CALENDAR_ITEM_VERSION = 1;
const AUDIT_LOG_ITEM_VERSION = 1;
const SYNCED_DATES_ITEM_VERSION = 1;
const REMOTE_STATUS_ITEM_VERSION = 1;

/** The calendar in use; `null` until the user (or a source) provides one. */
export const calendarItem = storage.defineItem<Calendar | null>('local:calendar', {
  fallback: CALENDAR_FALLBACK,
  version: CALENDAR_ITEM_VERSION,
  // Ready for the first change of shape: add `2: (v1) => v2` and bump the version.
  migrations: {},
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: SETTINGS_FALLBACK,
  version: SETTINGS_VERSION,
  migrations: {
    // The last step checks its result against the current schema: if it throws, WXT keeps
    // the old value as it was, and validated.ts quarantines that original, not a half-made
    // conversion. (When a version 3 comes, this check moves to the 3 step.)
    2: (old: unknown) => settingsSchema.parse(migrateSettingsV1toV2(old)),
  },
});

/** Override records, oldest first (audit-schema.ts). */
export const auditLogItem = storage.defineItem<AuditLog>('local:auditLog', {
  fallback: AUDIT_LOG_FALLBACK,
  version: AUDIT_LOG_ITEM_VERSION,
  migrations: {},
});

/** Invoice number → the date it carried when first seen synced (synced-dates-schema.ts). */
export const syncedDatesItem = storage.defineItem<SyncedDates>('local:syncedDates', {
  fallback: SYNCED_DATES_FALLBACK,
  version: SYNCED_DATES_ITEM_VERSION,
  migrations: {},
});

/** How fetching the calendar URL is going (remote-status-schema.ts); `null` without a URL. */
export const remoteStatusItem = storage.defineItem<RemoteStatus | null>('local:remoteStatus', {
  fallback: REMOTE_STATUS_FALLBACK,
  version: REMOTE_STATUS_ITEM_VERSION,
  migrations: {},
});

/**
 * What validated.ts needs to know about one stored thing: the item, the version this build
 * writes, the schema a value must pass, and the noun to use in messages to the user.
 */
export interface StoredThing<T> {
  item: WxtStorageItem<T, Record<string, unknown>>;
  key: StorageItemKey;
  version: number;
  schema: z.ZodMiniType<T>;
  noun: string;
  /** What the user can do when the stored value is unreadable (ends a sentence). */
  repair: string;
}

export const storedCalendar: StoredThing<Calendar | null> = {
  item: calendarItem,
  key: calendarItem.key,
  version: CALENDAR_ITEM_VERSION,
  schema: z.nullable(calendarSchema),
  noun: 'calendar',
  repair: 'import the calendar or enter it again',
};

export const storedSettings: StoredThing<Settings> = {
  item: settingsItem,
  key: settingsItem.key,
  version: SETTINGS_VERSION,
  schema: settingsSchema,
  noun: 'settings',
  repair: 'check the settings page and save again',
};

export const storedAuditLog: StoredThing<AuditLog> = {
  item: auditLogItem,
  key: auditLogItem.key,
  version: AUDIT_LOG_ITEM_VERSION,
  schema: auditLogSchema,
  noun: 'audit log',
  repair: 'new overrides start a fresh log',
};

export const storedSyncedDates: StoredThing<SyncedDates> = {
  item: syncedDatesItem,
  key: syncedDatesItem.key,
  version: SYNCED_DATES_ITEM_VERSION,
  schema: syncedDatesSchema,
  noun: 'list of synced invoice dates',
  repair: 'it fills again as synced invoices are opened',
};

export const storedRemoteStatus: StoredThing<RemoteStatus | null> = {
  item: remoteStatusItem,
  key: remoteStatusItem.key,
  version: REMOTE_STATUS_ITEM_VERSION,
  schema: z.nullable(remoteStatusSchema),
  noun: 'calendar URL status',
  repair: 'it is written again at the next check',
};
