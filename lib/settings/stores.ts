import { createStore, type StoreApi } from 'zustand/vanilla';
import type { IsoDate } from '../calendar/iso-date';
import type { Calendar, Module, Period } from '../calendar/model';
import { type AuditLog, type AuditRecord, appendToAuditLog } from './audit-schema';
import { withClosedThrough, withoutPeriod, withPeriod, withPeriods } from './calendar-edits';
import { type FollowOptions, followStored } from './follow-stored';
import { storedAuditLog, storedCalendar, storedSettings } from './items';
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

function sliceOf<T, V>(read: StoredRead<T>, value: (v: T) => V, unusable: V) {
  return read.status === 'ok'
    ? { ready: true, status: read.status, problem: null, value: value(read.value) }
    : { ready: true, status: read.status, problem: read.reason, value: unusable };
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
  const store = createStore<CalendarState>()(() => ({
    ready: false,
    status: 'loading',
    problem: null,
    calendar: null,
    setCalendar: (calendar) => follower.mutate(() => calendar),
    setClosedThrough: (module, date) =>
      follower.mutate((current) => withClosedThrough(current, module, date)),
    upsertPeriod: (index, period) =>
      follower.mutate((current) => withPeriod(current, index, period)),
    deletePeriod: (index) => follower.mutate((current) => withoutPeriod(current, index)),
    setPeriods: (periods) => follower.mutate((current) => withPeriods(current, periods)),
  }));
  const follower = followStored(
    storedCalendar,
    (read) => {
      const { value, ...slice } = sliceOf(read, (calendar) => calendar, null);
      store.setState({ ...slice, calendar: value });
    },
    options,
  );
  return Object.assign(store, {
    whenReady: follower.whenReady,
    refresh: follower.refresh,
    dispose: follower.dispose,
  });
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
  const store = createStore<SettingsState>()(() => ({
    ready: false,
    status: 'loading',
    problem: null,
    settings: defaultSettings(),
    update: (change) => follower.mutate((current) => ({ ...current, ...change })),
  }));
  const follower = followStored(
    storedSettings,
    (read) => {
      const { value, ...slice } = sliceOf(read, (settings) => settings, defaultSettings());
      store.setState({ ...slice, settings: value });
    },
    options,
  );
  return Object.assign(store, {
    whenReady: follower.whenReady,
    refresh: follower.refresh,
    dispose: follower.dispose,
  });
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
  const store = createStore<AuditState>()(() => ({
    ready: false,
    status: 'loading',
    problem: null,
    records: [],
    append: (input) => {
      const record: AuditRecord = {
        ...input,
        id: input.id ?? crypto.randomUUID(),
        at: input.at ?? new Date().toISOString(),
      };
      return follower.mutate((log) => appendToAuditLog(log, record));
    },
    clear: () => follower.mutate(() => []),
  }));
  const follower = followStored(
    storedAuditLog,
    (read) => {
      const { value, ...slice } = sliceOf(read, (records) => records, [] as AuditLog);
      store.setState({ ...slice, records: value });
    },
    options,
  );
  return Object.assign(store, {
    whenReady: follower.whenReady,
    refresh: follower.refresh,
    dispose: follower.dispose,
  });
}
