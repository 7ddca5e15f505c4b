import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Calendar } from '../../../lib/calendar/model';
import { storedCalendar, storedSettings } from '../../../lib/settings/items';
import { exportSetAside } from '../../../lib/settings/set-aside';
import { defaultSettings } from '../../../lib/settings/settings-schema';
import { createCalendarStore, createSettingsStore } from '../../../lib/settings/stores';

/*
 * A stored value that is corrupt or from a future version is detected, set aside
 * (kept for export, never deleted) and reported; every store then says its status is not
 * `ok`, which the guard shows as "cannot verify".
 */

const NOW = new Date('2026-04-02T10:00:00.000Z');
const march: Calendar = {
  version: 1,
  closedThrough: {},
  periods: [{ name: 'Mar 2026', start: '2026-03-01', end: '2026-03-31', status: 'closed' }],
};
const corruptCalendar = { version: 1, periods: [{ name: 'Mar', start: '2026-02-30' }] };

const disposers: Array<() => void> = [];
beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
});
function calendarStore() {
  const store = createCalendarStore({ document: null });
  disposers.push(store.dispose);
  return store;
}
function settingsStore() {
  const store = createSettingsStore({ document: null });
  disposers.push(store.dispose);
  return store;
}

describe('a corrupt stored value', () => {
  it('calendar: the store is not ok, says why, shows no calendar, keeps the value', async () => {
    await fakeBrowser.storage.local.set({ calendar: corruptCalendar, calendar$: { v: 1 } });
    const store = calendarStore();
    await store.whenReady;
    expect(store.getState()).toMatchObject({ status: 'corrupt', calendar: null });
    expect(store.getState().problem).toMatch(
      /^The saved calendar could not be read \(.*\)\. A copy was kept aside; import the calendar or enter it again\.$/,
    );
    expect((await fakeBrowser.storage.local.get('calendar')).calendar).toEqual(corruptCalendar);
  });

  it('settings: the store is not ok and shows defaults, never what is stored', async () => {
    const corrupt = { ...defaultSettings(), mode: 'explode' };
    await fakeBrowser.storage.local.set({ settings: corrupt, settings$: { v: 2 } });
    const store = settingsStore();
    await store.whenReady;
    expect(store.getState()).toMatchObject({ status: 'corrupt', settings: defaultSettings() });
    expect(store.getState().problem).toMatch(/^The saved settings could not be read \(mode:/);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(corrupt);
  });

  it('can be downloaded exactly as it was stored', async () => {
    await fakeBrowser.storage.local.set({ calendar: corruptCalendar, calendar$: { v: 1 } });
    const store = calendarStore();
    await store.whenReady;
    const file = await exportSetAside(storedCalendar, NOW);
    expect(file).toMatchObject({
      fileName: 'period-guard-calendar-set-aside-2026-04-02.json',
      count: 1,
    });
    const saved = JSON.parse(file?.text ?? '');
    expect(saved).toMatchObject({ setAside: 'calendar', exportedAt: NOW.toISOString() });
    expect(saved.entries[0]).toMatchObject({ version: 1, value: corruptCalendar });
    expect(saved.entries[0].reason).toContain('periods.0.start');
  });

  it('stays downloadable after a good calendar replaced it', async () => {
    await fakeBrowser.storage.local.set({ calendar: corruptCalendar, calendar$: { v: 1 } });
    const store = calendarStore();
    await store.whenReady;
    await store.getState().setCalendar(march);
    expect(store.getState().status).toBe('ok');
    const file = await exportSetAside(storedCalendar, NOW);
    expect(JSON.parse(file?.text ?? '').entries.map((e: { value: unknown }) => e.value)).toEqual([
      corruptCalendar,
    ]);
  });
});

describe('a value from a future version', () => {
  const future = { version: 7, ledgers: ['new shape'] };

  it('calendar: the store is not ok, writes are refused, the value stays', async () => {
    await fakeBrowser.storage.local.set({ calendar: future, calendar$: { v: 7 } });
    const store = calendarStore();
    await store.whenReady;
    expect(store.getState()).toMatchObject({ status: 'newer-version', calendar: null });
    expect(store.getState().problem).toMatch(/Update the extension; nothing was changed\.$/);
    await expect(store.getState().setCalendar(march)).rejects.toMatchObject({
      code: 'newer-version',
    });
    expect(await fakeBrowser.storage.local.get(['calendar', 'calendar$'])).toEqual({
      calendar: future,
      calendar$: { v: 7 },
    });
  });

  it('is offered for download from where it stays', async () => {
    await fakeBrowser.storage.local.set({ settings: future, settings$: { v: 7 } });
    const file = await exportSetAside(storedSettings, NOW);
    expect(file?.count).toBe(1);
    expect(JSON.parse(file?.text ?? '').entries[0]).toMatchObject({ version: 7, value: future });
  });
});

describe('storage that cannot be read', () => {
  it('makes the store unavailable, not "no calendar"', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(
      new Error('Extension context invalidated.'),
    );
    const store = calendarStore();
    await store.whenReady;
    expect(store.getState().status).toBe('unavailable');
    expect(store.getState().problem).toMatch(/Reload the page/);
  });
});

describe('exportSetAside', () => {
  it('offers nothing when nothing was set aside', async () => {
    await fakeBrowser.storage.local.set({ calendar: march, calendar$: { v: 1 } });
    expect(await exportSetAside(storedCalendar, NOW)).toBeNull();
    expect(await exportSetAside(storedSettings, NOW)).toBeNull();
  });
});
