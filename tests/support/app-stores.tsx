import { act, render } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp, type PopupAppProps } from '../../components/popup/PopupApp';
import { SettingsApp } from '../../components/settings/SettingsApp';
import type { Calendar } from '../../lib/calendar/model';
import type { AuditLog } from '../../lib/settings/audit-schema';
import type { AppStores } from '../../lib/settings/hooks';
import { storedAuditLog, storedCalendar, storedSettings } from '../../lib/settings/items';
import {
  createManagedPolicyStore,
  type ManagedArea,
  type ManagedStoreOptions,
} from '../../lib/settings/managed';
import { createRemoteStatusStore } from '../../lib/settings/remote-status-store';
import { defaultSettings, type Settings } from '../../lib/settings/settings-schema';
import {
  createAuditStore,
  createCalendarStore,
  createSettingsStore,
} from '../../lib/settings/stores';
import { readStored, writeStored } from '../../lib/settings/validated';

/*
 * Extension pages under test: each rendered page gets its own stores over the one fakeBrowser
 * storage, as two real pages would. Stores are made inside each test (fakeBrowser.reset()
 * drops their watchers) and disposed after it.
 */

const made: AppStores[] = [];

/**
 * One page's stores. The policy is read from `fakeBrowser.storage.managed` once, without the
 * polling a real page does (`managed` changes that).
 */
export function makeStores(managed: ManagedStoreOptions = {}): AppStores {
  const stores: AppStores = {
    calendar: createCalendarStore(),
    settings: createSettingsStore(),
    audit: createAuditStore(),
    remoteStatus: createRemoteStatusStore(),
    managed: createManagedPolicyStore({
      area: () => fakeBrowser.storage.managed as unknown as ManagedArea,
      pollForMs: 0,
      onChanged: undefined,
      ...managed,
    }),
  };
  made.push(stores);
  return stores;
}

/** Every store's first read, settled. */
export function storesReady(stores: AppStores): Promise<unknown> {
  return Promise.all(
    Object.values(stores).map((store: AppStores[keyof AppStores]) => store.whenReady),
  );
}

export function disposeStores(): void {
  for (const stores of made.splice(0)) {
    for (const store of Object.values(stores)) store.dispose();
  }
}

/** Resets storage before and disposes stores after every test of the file that imports this. */
export function withFreshStorage(): void {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    disposeStores();
  });
}

export async function seed(values: {
  calendar?: Calendar | null;
  settings?: Partial<Settings>;
  auditLog?: AuditLog;
}): Promise<void> {
  if (values.calendar !== undefined) await writeStored(storedCalendar, values.calendar);
  if (values.settings) {
    await writeStored(storedSettings, { ...defaultSettings(), ...values.settings });
  }
  if (values.auditLog) await writeStored(storedAuditLog, values.auditLog);
}

/** What storage holds now, read as every context reads it. */
export async function storedCalendarNow(): Promise<Calendar | null> {
  const read = await readStored(storedCalendar);
  if (read.status !== 'ok') throw new Error(`calendar is ${read.status}`);
  return read.value;
}

export async function storedSettingsNow(): Promise<Settings> {
  const read = await readStored(storedSettings);
  if (read.status !== 'ok') throw new Error(`settings are ${read.status}`);
  return read.value;
}

export async function storedAuditLogNow(): Promise<AuditLog> {
  const read = await readStored(storedAuditLog);
  if (read.status !== 'ok') throw new Error(`audit log is ${read.status}`);
  return read.value;
}

/** Renders a settings page with its own stores and waits until they have read storage. */
export async function renderSettings(today = '2026-05-04') {
  const stores = makeStores();
  const view = render(<SettingsApp stores={stores} today={today} />);
  await act(() => storesReady(stores));
  return { ...view, stores };
}

/** Renders the popup with its own stores and waits until they have read storage. */
export async function renderPopup(props: Omit<PopupAppProps, 'stores'> = {}) {
  const stores = makeStores();
  const view = render(<PopupApp stores={stores} today="2026-05-04" {...props} />);
  await act(() => storesReady(stores));
  return { ...view, stores };
}
