import { createStore, type StoreApi } from 'zustand/vanilla';
import type { IsoDate } from '../calendar/iso-date';
import type { Calendar, Module, Period } from '../calendar/model';
import { type AuditLog, type AuditRecord, appendToAuditLog } from './audit-schema';
import { withClosedThrough, withoutPeriod, withPeriod, withPeriods } from './calendar-edits';
import { type FollowOptions, followStored, type StoredFollower } from './follow-stored';
import { type StoredThing, storedAuditLog, storedCalendar, storedSettings } from './items';
import { defaultSettings, type Settings } from './settings-schema';
import type { StoredRead, StoredReadStatus } from './validated';

/*
 * Per-context zustand stores over storage (follow-stored.ts does the following). Build one
 * per context; in tests, build them inside each test: fakeBrowser.reset() drops watchers.
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

/** What a store's state says about one read: the slice, and the value it may show. */
function sliceOf<T>(read: StoredRead<T>, unusable: () => T): StoredSlice & { value: T } {
  return read.status === 'ok'
    ? { ready: true, status: read.status, problem: null, value: read.value }
    : { ready: true, status: read.status, problem: read.reason, value: unusable() };
}

/**
 * A store following `thing`: `actions` write through the follower's queue, and each read is
 * published as the slice plus `stateOf` its value (`unusable()` when the read is not `ok`).
 */
function createSyncedStore<T, S extends StoredSlice>(
  thing: StoredThing<T>,
  actions: (mutate: StoredFollower<T>['mutate']) => Omit<S, keyof StoredSlice>,
  stateOf: (value: T) => Partial<S>,
  unusable: () => T,
  options?: FollowOptions,
): SyncedStore<S> {
  const store = createStore<S>()(
    () =>
      ({
        ready: false,
        status: 'loading',
        problem: null,
        ...actions((change) => follower.mutate(change)),
      }) as unknown as S,
  );
  const follower = followStored(
    thing,
    (read) => {
      const { value, ...slice } = sliceOf(read, unusable);
      store.setState({ ...slice, ...stateOf(value) } as Partial<S>);
    },
    options,
  );
  return Object.assign(store, {
    whenReady: follower.whenReady,
    refresh: follower.refresh,
    dispose: follower.dispose,
  });
}

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
    (mutate) => ({
      calendar: null,
      setCalendar: (calendar) => mutate(() => calendar),
      setClosedThrough: (module, date) =>
        mutate((current) => withClosedThrough(current, module, date)),
      upsertPeriod: (index, period) => mutate((current) => withPeriod(current, index, period)),
      deletePeriod: (index) => mutate((current) => withoutPeriod(current, index)),
      setPeriods: (periods) => mutate((current) => withPeriods(current, periods)),
    }),
    (calendar) => ({ calendar }),
    () => null,
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
    (mutate) => ({
      settings: defaultSettings(),
      update: (change) => mutate((current) => ({ ...current, ...change })),
    }),
    (settings) => ({ settings }),
    defaultSettings,
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
    (mutate) => ({
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
    (records) => ({ records }),
    () => [],
    options,
  );
}
