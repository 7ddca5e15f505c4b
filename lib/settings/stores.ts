import type { IsoDate } from '../calendar/iso-date';
import type { Calendar, Module, Period } from '../calendar/model';
import { type AuditLog, type AuditRecord, appendToAuditLog } from './audit-schema';
import { withClosedThrough, withoutPeriod, withPeriod, withPeriods } from './calendar-edits';
import type { FollowOptions } from './follow-stored';
import { storedAuditLog, storedCalendar, storedSettings } from './items';
import { defaultSettings, type Settings } from './settings-schema';
import { createSyncedStore, type StoredSlice, type SyncedStore } from './synced-store';

/*
 * The stores of the things the user edits, each a synced store (synced-store.ts) with its
 * actions.
 */

// ---- calendar ---------------------------------------------------------------------------

export interface CalendarState extends StoredSlice {
  /** The calendar in use; `null` when none is saved, or when `status` is not `ok`. */
  calendar: Calendar | null;
  /** Replaces the whole calendar (an import, or `null` to remove it); validated first. */
  setCalendar(calendar: Calendar | null): Promise<Calendar | null>;
  /** Sets or (with `undefined`) clears one module's last closed day. */
  setClosedThrough(module: Module, date: IsoDate | undefined): Promise<Calendar | null>;
  /** Edits the period at `index`, or adds one when `index` is `null`. */
  upsertPeriod(index: number | null, period: Period): Promise<Calendar | null>;
  deletePeriod(index: number): Promise<Calendar | null>;
  /**
   * Replaces the company's periods (the settings table's sorted list), applied to the calendar
   * as stored now, so closed-through days another tab just saved are kept.
   */
  setPeriods(periods: readonly Period[]): Promise<Calendar | null>;
}
export type CalendarStore = SyncedStore<CalendarState>;

/** The calendar as this context sees it, kept in step with every other context. */
export function createCalendarStore(options?: FollowOptions): CalendarStore {
  return createSyncedStore<Calendar | null, CalendarState>(
    storedCalendar,
    {
      initial: (mutate) => ({
        calendar: null,
        setCalendar: (calendar) => mutate(() => calendar),
        setClosedThrough: (module, date) =>
          mutate((current) => withClosedThrough(current, module, date)),
        upsertPeriod: (index, period) => mutate((current) => withPeriod(current, index, period)),
        deletePeriod: (index) => mutate((current) => withoutPeriod(current, index)),
        setPeriods: (periods) => mutate((current) => withPeriods(current, periods)),
      }),
      stateOf: (calendar) => ({ calendar }),
      unusable: () => null,
    },
    options,
  );
}

// ---- settings ---------------------------------------------------------------------------

/** Fields the user edits; `version` belongs to the storage layer. */
export type SettingsChange = Partial<Omit<Settings, 'version'>>;

export interface SettingsState extends StoredSlice {
  /**
   * The settings in use. When `status` is not `ok` these are the defaults, so the page can
   * still be read, and `problem` says why; never assume they are what the user saved.
   */
  settings: Settings;
  /** Merges `change` into the stored settings (shallow: `source` is replaced whole). */
  update(change: SettingsChange): Promise<Settings>;
}
export type SettingsStore = SyncedStore<SettingsState>;

export function createSettingsStore(options?: FollowOptions): SettingsStore {
  return createSyncedStore<Settings, SettingsState>(
    storedSettings,
    {
      initial: (mutate) => ({
        settings: defaultSettings(),
        update: (change) => mutate((current) => ({ ...current, ...change })),
      }),
      stateOf: (settings) => ({ settings }),
      unusable: defaultSettings,
    },
    options,
  );
}

// ---- audit log --------------------------------------------------------------------------

/** A record to log; `id` and `at` are filled in when missing. */
export type AuditRecordInput = Omit<AuditRecord, 'id' | 'at'> &
  Partial<Pick<AuditRecord, 'id' | 'at'>>;

export interface AuditState extends StoredSlice {
  /** Override records, oldest first (reverse for display); empty when `status` is not `ok`. */
  records: AuditLog;
  /** Logs one override; the oldest records beyond the cap are dropped. */
  append(record: AuditRecordInput): Promise<AuditLog>;
  /** Empties the log (the settings page's "Clear log"). */
  clear(): Promise<AuditLog>;
}
export type AuditStore = SyncedStore<AuditState>;

export function createAuditStore(options?: FollowOptions): AuditStore {
  return createSyncedStore<AuditLog, AuditState>(
    storedAuditLog,
    {
      initial: (mutate) => ({
        records: [],
        append: (input) => {
          const record: AuditRecord = {
            ...input,
            id: input.id ?? crypto.randomUUID(),
            at: input.at ?? new Date().toISOString(),
          };
          return mutate((log) => appendToAuditLog(log, record));
        },
        clear: () => mutate(() => []),
      }),
      stateOf: (records) => ({ records }),
      unusable: () => [],
    },
    options,
  );
}
