import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Calendar, Period } from '../../../lib/calendar/model';
import { AUDIT_LOG_BUDGET_BYTES, jsonBytes } from '../../../lib/settings/audit-cap';
import type { AuditRecord } from '../../../lib/settings/audit-schema';
import {
  storedAuditLog,
  storedCalendar,
  storedRemoteStatus,
  storedSettings,
} from '../../../lib/settings/items';
import { storage } from '../../../lib/settings/local-storage';
import { readQuarantine } from '../../../lib/settings/quarantine';
import { createRemoteStatusStore } from '../../../lib/settings/remote-status-store';
import { defaultSettings } from '../../../lib/settings/settings-schema';
import {
  createAuditStore,
  createCalendarStore,
  createSettingsStore,
} from '../../../lib/settings/stores';
import { readStored, writeStored } from '../../../lib/settings/validated';

const march: Period = {
  name: 'March 2026',
  start: '2026-03-01',
  end: '2026-03-31',
  status: 'closed',
};
const april: Period = {
  name: 'April 2026',
  start: '2026-04-01',
  end: '2026-04-30',
  status: 'open',
};
const withMarch: Calendar = { version: 1, closedThrough: { GL: '2026-02-28' }, periods: [march] };

/** The stored calendar, read the way every context reads it. */
async function storedCalendarValue(): Promise<Calendar | null> {
  const read = await readStored(storedCalendar);
  if (read.status !== 'ok') throw new Error(`calendar is ${read.status}`);
  return read.value;
}

const disposers: Array<() => void> = [];
function track<T extends { dispose(): void }>(store: T): T {
  disposers.push(() => store.dispose());
  return store;
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
});

describe('hydration', () => {
  it('starts not ready, then holds what storage holds', async () => {
    await writeStored(storedCalendar, withMarch);
    const store = track(createCalendarStore());
    expect(store.getState()).toMatchObject({ ready: false, status: 'loading', calendar: null });
    await store.whenReady;
    expect(store.getState()).toMatchObject({
      ready: true,
      status: 'ok',
      problem: null,
      calendar: withMarch,
    });
  });

  it('with nothing stored: no calendar, default settings, empty log', async () => {
    const calendar = track(createCalendarStore());
    const settings = track(createSettingsStore());
    const audit = track(createAuditStore());
    await Promise.all([calendar.whenReady, settings.whenReady, audit.whenReady]);
    expect(calendar.getState()).toMatchObject({ status: 'ok', calendar: null });
    expect(settings.getState()).toMatchObject({ status: 'ok', settings: defaultSettings() });
    expect(audit.getState()).toMatchObject({ status: 'ok', records: [] });
  });

  it('a corrupt calendar shows as corrupt with a reason, not as "no calendar"', async () => {
    const broken = { version: 1, periods: 'lots' };
    await fakeBrowser.storage.local.set({ calendar: broken, calendar$: { v: 1 } });
    const store = track(createCalendarStore());
    await store.whenReady;
    expect(store.getState().status).toBe('corrupt');
    expect(store.getState().problem).toMatch(/The saved calendar could not be read \(periods/);
    expect(await readQuarantine('local:calendar')).toHaveLength(1);
  });

  it('settings from a newer version: status says so, defaults shown, writes refused', async () => {
    const future = { version: 3, fancy: true };
    await fakeBrowser.storage.local.set({ settings: future, settings$: { v: 3 } });
    const store = track(createSettingsStore());
    await store.whenReady;
    expect(store.getState()).toMatchObject({
      status: 'newer-version',
      settings: defaultSettings(),
    });
    await expect(store.getState().update({ closingSoonDays: 9 })).rejects.toMatchObject({
      code: 'newer-version',
    });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(future);
  });
});

describe('the calendar URL status (read-only, written by the background)', () => {
  const status = {
    sourceUrl: 'https://finance.example.com/periods.json',
    since: '2026-05-01T00:00:00.000Z',
    consecutiveFailures: 0,
  };

  it('follows what the background writes', async () => {
    const store = track(createRemoteStatusStore());
    await store.whenReady;
    expect(store.getState()).toMatchObject({ ready: true, status: 'ok', remoteStatus: null });
    await writeStored(storedRemoteStatus, status);
    await vi.waitFor(() => expect(store.getState().remoteStatus).toEqual(status));
  });

  it('a corrupt status shows as corrupt with a reason, never as "no team calendar"', async () => {
    await fakeBrowser.storage.local.set({
      remoteStatus: { ...status, consecutiveFailures: -1 },
      remoteStatus$: { v: 1 },
    });
    const store = track(createRemoteStatusStore());
    await store.whenReady;
    expect(store.getState()).toMatchObject({ status: 'corrupt', remoteStatus: null });
    expect(store.getState().problem).toMatch(/The saved calendar URL status could not be read/);
    expect(await readQuarantine(storedRemoteStatus.key)).toHaveLength(1);
  });
});

describe('two contexts', () => {
  it('stay in step through storage watch', async () => {
    const popup = track(createCalendarStore());
    const options = track(createCalendarStore());
    await Promise.all([popup.whenReady, options.whenReady]);

    await options.getState().setClosedThrough('AR', '2026-03-31');
    await vi.waitFor(() =>
      expect(popup.getState().calendar?.closedThrough).toEqual({ AR: '2026-03-31' }),
    );

    await popup.getState().upsertPeriod(null, march);
    await vi.waitFor(() => expect(options.getState().calendar?.periods).toEqual([march]));
  });

  it('follow a write made outside any store (the background refreshing the calendar)', async () => {
    const settings = track(createSettingsStore());
    await settings.whenReady;
    await writeStored(storedSettings, { ...defaultSettings(), mode: 'block' });
    await vi.waitFor(() => expect(settings.getState().settings.mode).toBe('block'));
  });

  it('each edit starts from what the other context last wrote', async () => {
    const a = track(createSettingsStore());
    const b = track(createSettingsStore());
    await Promise.all([a.whenReady, b.whenReady]);
    await a.getState().update({ dayFirst: true });
    await b.getState().update({ closingSoonDays: 12 });
    const read = await readStored(storedSettings);
    expect(read.status === 'ok' && read.value).toMatchObject({
      dayFirst: true,
      closingSoonDays: 12,
    });
  });

  it('a disposed store stops following', async () => {
    const store = track(createCalendarStore());
    await store.whenReady;
    store.dispose();
    await writeStored(storedCalendar, withMarch);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getState().calendar).toBeNull();
  });
});

describe('re-reading on visibilitychange', () => {
  function setVisibility(state: DocumentVisibilityState) {
    Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }
  afterEach(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });

  it('catches up when the page becomes visible after missing a change', async () => {
    // A frozen background tab misses storage events: no watch at all here.
    vi.spyOn(storage, 'watch').mockReturnValue(() => {});
    const store = track(createCalendarStore());
    await store.whenReady;
    await writeStored(storedCalendar, withMarch);
    setVisibility('hidden');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.getState().calendar).toBeNull();
    setVisibility('visible');
    await vi.waitFor(() => expect(store.getState().calendar).toEqual(withMarch));
  });

  it('does not listen where there is no document (background)', async () => {
    vi.spyOn(storage, 'watch').mockReturnValue(() => {});
    const store = track(createCalendarStore({ document: null }));
    await store.whenReady;
    await writeStored(storedCalendar, withMarch);
    setVisibility('visible');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(store.getState().calendar).toBeNull();
  });
});

describe('serialized writes', () => {
  it('two quick edits both land, in order, each on top of the other', async () => {
    const store = track(createCalendarStore());
    await store.whenReady;
    const first = store.getState().upsertPeriod(null, march);
    const second = store.getState().upsertPeriod(null, april);
    await Promise.all([first, second]);
    expect(await storedCalendarValue()).toMatchObject({ periods: [march, april] });
    expect(store.getState().calendar?.periods).toEqual([march, april]);
  });

  it('storage sees the writes in the order they were asked for', async () => {
    const store = track(createSettingsStore());
    await store.whenReady;
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await Promise.all([
      store.getState().update({ closingSoonDays: 10 }),
      store.getState().update({ closingSoonDays: 20 }),
      store.getState().update({ closingSoonDays: 30 }),
    ]);
    const written = set.mock.calls
      .map(([items]) => (items as { settings?: { closingSoonDays: number } }).settings)
      .filter((value) => value !== undefined)
      .map((value) => value.closingSoonDays);
    expect(written).toEqual([10, 20, 30]);
    expect(store.getState().settings.closingSoonDays).toBe(30);
  });

  it('a failed write rejects, keeps the previous value, and does not block the next', async () => {
    const store = track(createCalendarStore());
    await store.whenReady;
    await store.getState().setCalendar(withMarch);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const failing = store.getState().upsertPeriod(null, april);
    const next = store.getState().setClosedThrough('AR', '2026-03-31');
    await expect(failing).rejects.toThrow(/Could not save the calendar.*QUOTA_BYTES/);
    await next;
    expect(await storedCalendarValue()).toEqual({
      ...withMarch,
      closedThrough: { GL: '2026-02-28', AR: '2026-03-31' },
    });
    expect(store.getState().calendar?.periods).toEqual([march]);
  });
});

describe('calendar actions', () => {
  it('setCalendar validates before storing', async () => {
    const store = track(createCalendarStore());
    await store.whenReady;
    const bad = { ...withMarch, periods: [{ ...march, end: '2026-02-01' }] };
    await expect(store.getState().setCalendar(bad)).rejects.toMatchObject({ code: 'invalid' });
    expect(await storedCalendarValue()).toBeNull();
    expect(store.getState().calendar).toBeNull();
  });

  it('edit, replace and delete periods; clear a closed-through day', async () => {
    const store = track(createCalendarStore());
    await store.whenReady;
    await store.getState().setCalendar(withMarch);
    await store.getState().upsertPeriod(null, april);
    await store.getState().upsertPeriod(0, { ...march, status: 'locked' });
    await store.getState().deletePeriod(1);
    await store.getState().setClosedThrough('GL', undefined);
    expect(await storedCalendarValue()).toEqual({
      version: 1,
      closedThrough: {},
      periods: [{ ...march, status: 'locked' }],
    });
  });

  it('setPeriods replaces the list on top of what is stored now', async () => {
    const store = track(createCalendarStore());
    const other = track(createCalendarStore());
    await Promise.all([store.whenReady, other.whenReady]);
    await store.getState().setCalendar(withMarch);
    // Another tab sets a closed-through day this store has perhaps not seen yet.
    await other.getState().setClosedThrough('AR', '2026-02-28');
    await store.getState().setPeriods([april]);
    expect(await storedCalendarValue()).toEqual({
      ...withMarch,
      closedThrough: { ...withMarch.closedThrough, AR: '2026-02-28' },
      periods: [april],
    });
  });

  it('an edit of a period that is not there is refused and writes nothing', async () => {
    const store = track(createCalendarStore());
    await store.whenReady;
    await store.getState().setCalendar(withMarch);
    await expect(store.getState().deletePeriod(3)).rejects.toThrow(/There is no period number 4/);
    expect(await storedCalendarValue()).toEqual(withMarch);
  });

  it('editing over a corrupt calendar starts afresh; the quarantined copy stays', async () => {
    await fakeBrowser.storage.local.set({ calendar: { junk: true }, calendar$: { v: 1 } });
    const store = track(createCalendarStore());
    await store.whenReady;
    expect(store.getState().status).toBe('corrupt');
    await store.getState().setClosedThrough('AR', '2026-01-31');
    expect(store.getState()).toMatchObject({
      status: 'ok',
      problem: null,
      calendar: { version: 1, closedThrough: { AR: '2026-01-31' }, periods: [] },
    });
    expect((await readQuarantine('local:calendar'))[0]?.value).toEqual({ junk: true });
  });
});

describe('settings actions', () => {
  it('update merges, validates, and stores', async () => {
    const store = track(createSettingsStore());
    await store.whenReady;
    await store.getState().update({
      source: {
        kind: 'url',
        url: 'https://finance.example.com/p.json',
        refreshMinutes: 30,
        maxAgeHours: 12,
      },
    });
    await expect(store.getState().update({ closingSoonDays: -1 })).rejects.toMatchObject({
      code: 'invalid',
    });
    const read = await readStored(storedSettings);
    expect(read.status === 'ok' && read.value).toEqual({
      ...defaultSettings(),
      source: {
        kind: 'url',
        url: 'https://finance.example.com/p.json',
        refreshMinutes: 30,
        maxAgeHours: 12,
      },
    });
  });
});

describe('audit log', () => {
  const base = { verdict: 'closed', invoiceNumber: 'INV-1', date: '2026-03-15' } as const;

  it('append fills in id and time and keeps the order', async () => {
    const store = track(createAuditStore());
    await store.whenReady;
    await store.getState().append({ ...base, invoiceNumber: 'INV-1' });
    await store.getState().append({ ...base, invoiceNumber: 'INV-2', period: 'March 2026' });
    const { records } = store.getState();
    expect(records.map((r) => r.invoiceNumber)).toEqual(['INV-1', 'INV-2']);
    expect(records[0]?.id).not.toBe(records[1]?.id);
    expect(Date.parse(records[0]?.at ?? '')).not.toBeNaN();
  });

  it('refuses a record with an unknown verdict', async () => {
    const store = track(createAuditStore());
    await store.whenReady;
    // @ts-expect-error: a verdict that does not exist
    await expect(store.getState().append({ verdict: 'maybe' })).rejects.toMatchObject({
      code: 'invalid',
    });
  });

  it('is capped by bytes, the oldest records dropped', async () => {
    const url = `https://acme.buildops.com/invoices/${'x'.repeat(1_000)}`;
    const record = (i: number): AuditRecord => ({
      id: `r${String(i).padStart(5, '0')}`,
      at: '2026-03-01T12:00:00.000Z',
      verdict: 'closed',
      url,
    });
    // As many same-sized records as fit: "[", the records, a comma between each two, "]".
    const fit = Math.floor((AUDIT_LOG_BUDGET_BYTES - 1) / (jsonBytes(record(0)) + 1));
    const full = Array.from({ length: fit }, (_, i) => record(i));
    expect(jsonBytes(full)).toBeLessThanOrEqual(AUDIT_LOG_BUDGET_BYTES);
    await writeStored(storedAuditLog, full);
    const store = track(createAuditStore());
    await store.whenReady;
    await store.getState().append({ ...base, id: 'newest', url });
    const { records } = store.getState();
    // The log was full: the oldest make room, the rest stay in order.
    const kept = full.slice(full.length - (records.length - 1)).map((r) => r.id);
    expect(kept[0]).not.toBe('r00000');
    expect(records.map((r) => r.id)).toEqual([...kept, 'newest']);
    expect(jsonBytes(records)).toBeLessThanOrEqual(AUDIT_LOG_BUDGET_BYTES);
  });

  it('clear empties the log everywhere', async () => {
    const here = track(createAuditStore());
    const there = track(createAuditStore());
    await Promise.all([here.whenReady, there.whenReady]);
    await here.getState().append(base);
    await vi.waitFor(() => expect(there.getState().records).toHaveLength(1));
    await there.getState().clear();
    await vi.waitFor(() => expect(here.getState().records).toEqual([]));
  });
});
