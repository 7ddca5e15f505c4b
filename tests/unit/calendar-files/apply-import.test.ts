import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Calendar } from '../../../lib/calendar/model';
import { applyImport } from '../../../lib/calendar-files/apply-import';
import { CSV_TEMPLATE } from '../../../lib/calendar-files/csv';
import { readQuarantine } from '../../../lib/settings/quarantine';
import { type CalendarStore, createCalendarStore } from '../../../lib/settings/stores';

const inUse: Calendar = {
  version: 1,
  closedThrough: { GL: '2026-02-28' },
  periods: [{ name: 'Mar 2026', start: '2026-03-01', end: '2026-03-31', status: 'closed' }],
};

/** Everything in (fake) storage.local, as text: two equal snapshots mean nothing changed. */
async function storageSnapshot(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

let store: CalendarStore;
beforeEach(async () => {
  fakeBrowser.reset();
  store = createCalendarStore({ document: null });
  await store.whenReady;
  await store.getState().setCalendar(inUse);
});
afterEach(() => store.dispose());

describe('applyImport', () => {
  it('makes a good file the calendar in use, in storage and in the store', async () => {
    const applied = await applyImport(store, CSV_TEMPLATE, 'calendar.csv');
    expect(applied).toMatchObject({ ok: true, format: 'csv' });
    const calendar = applied.ok ? applied.calendar : null;
    expect(calendar?.periods).toHaveLength(5);
    expect((await fakeBrowser.storage.local.get('calendar')).calendar).toEqual(calendar);
    expect(store.getState().calendar).toEqual(calendar);
  });

  it('keeps the closed-through days for a CSV (periods only); a JSON file replaces all', async () => {
    const csv = await applyImport(store, CSV_TEMPLATE, 'calendar.csv');
    expect(csv.ok && csv.calendar.closedThrough).toEqual({ GL: '2026-02-28' });
    const json = await applyImport(
      store,
      '{"version":1,"closedThrough":{"AR":"2026-01-31"},"periods":[]}',
      'calendar.json',
    );
    expect(json.ok && json.calendar).toEqual({
      version: 1,
      closedThrough: { AR: '2026-01-31' },
      periods: [],
    });
    expect((await fakeBrowser.storage.local.get('calendar')).calendar).toEqual(
      json.ok && json.calendar,
    );
  });

  it('refuses a bad file with its problems and writes nothing', async () => {
    const before = await storageSnapshot();
    const applied = await applyImport(
      store,
      'Period,Start,End,Status\nApr,2026-04-31,2026-04-30,Open\n',
      'calendar.csv',
    );
    expect(applied).toEqual({
      ok: false,
      problems: [
        {
          line: 2,
          field: 'Start',
          message: '"2026-04-31" is not a real day',
        },
      ],
    });
    expect(await storageSnapshot()).toBe(before);
    expect(store.getState().calendar).toEqual(inUse);
  });

  it('reports a refused write (quota) as a problem and keeps the calendar in use', async () => {
    const before = await storageSnapshot();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const applied = await applyImport(store, CSV_TEMPLATE);
    expect(applied.ok).toBe(false);
    expect(!applied.ok && applied.problems[0]?.message).toMatch(
      /^Could not save the calendar: the browser refused to store it \(QUOTA_BYTES quota exceeded\)\. What was saved before is still in use/,
    );
    expect(await storageSnapshot()).toBe(before);
    expect(store.getState().calendar).toEqual(inUse);
  });

  it('does not overwrite a calendar saved by a newer version of the extension', async () => {
    await fakeBrowser.storage.local.set({
      calendar: { version: 2, books: [] },
      calendar$: { v: 2 },
    });
    await store.refresh();
    const before = await storageSnapshot();
    const applied = await applyImport(store, CSV_TEMPLATE);
    expect(!applied.ok && applied.problems[0]?.message).toMatch(/newer version of Period Guard/);
    expect(await storageSnapshot()).toBe(before);
  });

  it('replaces a corrupt calendar; the quarantined copy stays for export', async () => {
    const broken = { version: 1, periods: 'lots' };
    await fakeBrowser.storage.local.set({ calendar: broken });
    await store.refresh();
    expect(store.getState().status).toBe('corrupt');
    const applied = await applyImport(store, CSV_TEMPLATE);
    expect(applied.ok).toBe(true);
    expect(store.getState().status).toBe('ok');
    expect((await readQuarantine('local:calendar')).map((entry) => entry.value)).toEqual([broken]);
  });
});
