import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Calendar, emptyCalendar } from '../../../lib/calendar/model';
import {
  storedAuditLog,
  storedCalendar,
  storedSettings,
  storedSyncedDates,
} from '../../../lib/settings/items';
import { readQuarantine } from '../../../lib/settings/quarantine';
import { defaultSettings, SETTINGS_VERSION } from '../../../lib/settings/settings-schema';
import { readStored, StoredWriteError, writeStored } from '../../../lib/settings/validated';

const FIXTURES = join(__dirname, '../../fixtures/storage');

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

async function seed(values: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.local.set(values);
}

async function raw(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

const march: Calendar = {
  version: 1,
  closedThrough: { AR: '2026-03-31' },
  periods: [{ name: 'March 2026', start: '2026-03-01', end: '2026-03-31', status: 'closed' }],
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('reading with nothing stored', () => {
  it('gives the defaults, each as a fresh copy', async () => {
    const first = await readStored(storedSettings);
    const second = await readStored(storedSettings);
    expect(first).toEqual({ status: 'ok', value: defaultSettings() });
    expect(first.status === 'ok' && first.value.closingSoonDays).toBe(5);
    expect(first.status === 'ok' && first.value.mode).toBe('warn');
    expect(first.status === 'ok' && first.value.source).toEqual({ kind: 'manual' });
    if (first.status !== 'ok' || second.status !== 'ok') throw new Error('not ok');
    first.value.exportWords.push('Changed');
    expect(second.value.exportWords).not.toContain('Changed');
    expect(storedSettings.fallback.exportWords).not.toContain('Changed');
  });

  it('gives no calendar, an empty audit log and no synced dates', async () => {
    expect(await readStored(storedCalendar)).toEqual({ status: 'ok', value: null });
    expect(await readStored(storedAuditLog)).toEqual({ status: 'ok', value: [] });
    expect(await readStored(storedSyncedDates)).toEqual({ status: 'ok', value: {} });
  });

  it('uses the keys other contexts and the background agree on', () => {
    expect(storedCalendar.key).toBe('local:calendar');
    expect(storedSettings.key).toBe('local:settings');
    expect(storedAuditLog.key).toBe('local:auditLog');
    expect(storedSyncedDates.key).toBe('local:syncedDates');
  });
});

describe('migrations', () => {
  const versions = readdirSync(FIXTURES)
    .filter((name) => /^settings-v\d+\.json$/.test(name))
    .sort();

  it('has a fixture for every settings version up to the current one', () => {
    expect(versions).toEqual(
      Array.from({ length: SETTINGS_VERSION }, (_, i) => `settings-v${i + 1}.json`),
    );
  });

  it.each(versions)(
    '%s reads as current settings and is stored at the current version',
    async (name) => {
      await seed(fixture(name));
      const read = await readStored(storedSettings);
      expect(read.status).toBe('ok');
      expect(await raw('settings$')).toEqual({ v: SETTINGS_VERSION });
      expect(await readQuarantine('local:settings')).toEqual([]);
    },
  );

  it('v1 → v2 keeps what the user set, in the new shape', async () => {
    await seed(fixture('settings-v1.json'));
    const read = await readStored(storedSettings);
    expect(read).toEqual({
      status: 'ok',
      value: {
        version: 2,
        invoiceDateLabels: ['Invoice Date', 'Date Issued', 'Rechnungsdatum'],
        postingDateLabels: ['Posting Date', 'GL Posting Date'],
        exportWords: ['Export', 'Sync to Intacct'],
        dayFirst: true,
        closingSoonDays: 60,
        mode: 'block',
        source: {
          kind: 'url',
          url: 'https://finance.example.com/periods.json',
          refreshMinutes: 60,
          maxAgeHours: 24,
        },
      },
    });
    expect(await raw('settings')).toEqual(read.status === 'ok' ? read.value : undefined);
  });

  it('takes a value without version metadata for v1', async () => {
    await seed({ settings: { labels: 'Issued On', blockExports: false } });
    const read = await readStored(storedSettings);
    expect(read.status === 'ok' && read.value.invoiceDateLabels).toEqual(['Issued On']);
    expect(read.status === 'ok' && read.value.mode).toBe('warn');
  });

  it('v2 is read as it is', async () => {
    const v2 = fixture('settings-v2.json');
    await seed(v2);
    expect(await readStored(storedSettings)).toEqual({ status: 'ok', value: v2.settings });
  });

  it('a v1 value that cannot become valid v2 is kept as it was and quarantined', async () => {
    const v1 = { labels: 'Invoice Date', calendarUrl: 'ftp://old.example.com/periods' };
    await seed({ settings: v1, settings$: { v: 1 } });
    const read = await readStored(storedSettings);
    expect(read.status).toBe('corrupt');
    expect(read.status === 'corrupt' && read.reason).toMatch(
      /could not be upgraded from version 1: source\.url/,
    );
    expect(await raw('settings')).toEqual(v1);
    expect(await raw('settings$')).toEqual({ v: 1 });
    const [kept] = await readQuarantine('local:settings');
    expect(kept?.value).toEqual(v1);
    expect(kept?.version).toBe(1);
  });

  it('a current value is read in one storage round trip, and nothing is read before', async () => {
    await seed({ calendar: march, calendar$: { v: 1 } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await readStored(storedCalendar)).toEqual({ status: 'ok', value: march });
    expect(get).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledWith(['calendar', 'calendar$']);
  });

  it('an older value is migrated by its first reader, in one write of value and version', async () => {
    await seed(fixture('settings-v1.json'));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const first = await readStored(storedSettings);
    const second = await readStored(storedSettings);
    expect(second).toEqual(first);
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]?.[0] ?? {}).sort()).toEqual(['settings', 'settings$']);
  });

  it('a value with no step up to this version is corrupt, kept as it was', async () => {
    const thing = { ...storedCalendar, version: 2 };
    await seed({ calendar: march, calendar$: { v: 1 } });
    const read = await readStored(thing);
    expect(read.status === 'corrupt' && read.reason).toMatch(
      /could not be upgraded from version 1: no step from version 1 to 2/,
    );
    expect(await raw('calendar$')).toEqual({ v: 1 });
  });

  it('the stored calendar v1 fixture reads as it is', async () => {
    const v1 = fixture('calendar-v1.json');
    await seed(v1);
    expect(await readStored(storedCalendar)).toEqual({ status: 'ok', value: v1.calendar });
  });
});

describe('corrupt values', () => {
  const broken = {
    version: 1,
    closedThrough: { AR: '2026-02-30' },
    periods: [{ name: 'May', start: '2026-05-31', end: '2026-05-01', status: 'closed' }],
  };

  it('are reported with the reason, never replaced by the fallback', async () => {
    await seed({ calendar: broken, calendar$: { v: 1 } });
    const read = await readStored(storedCalendar);
    expect(read).toMatchObject({ status: 'corrupt', quarantined: true });
    expect(read.status === 'corrupt' && read.reason).toContain('closedThrough.AR');
    expect(read.status === 'corrupt' && read.reason).toContain(
      'periods.0.end: end is before start',
    );
    expect(await raw('calendar')).toEqual(broken);
  });

  it('are copied to local:quarantine:<key> with when and why, once however often read', async () => {
    await seed({ calendar: broken, calendar$: { v: 1 } });
    await readStored(storedCalendar);
    await readStored(storedCalendar);
    const kept = await readQuarantine('local:calendar');
    expect(kept).toHaveLength(1);
    expect(kept[0]?.value).toEqual(broken);
    expect(kept[0]?.version).toBe(1);
    expect(kept[0]?.reason).toContain('end is before start');
    expect(Date.parse(kept[0]?.at ?? '')).not.toBeNaN();
    expect(await raw('quarantine:calendar')).toEqual(kept);
  });

  it('a value of the wrong type altogether is corrupt too', async () => {
    await seed({ auditLog: 'not a list', auditLog$: { v: 1 } });
    expect((await readStored(storedAuditLog)).status).toBe('corrupt');
  });

  it('still read as corrupt (not quarantined) when even the copy cannot be stored', async () => {
    await seed({ calendar: broken, calendar$: { v: 1 } });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const read = await readStored(storedCalendar);
    expect(read).toMatchObject({ status: 'corrupt', quarantined: false });
    expect(read.status === 'corrupt' && read.reason).toContain('It is left as it was');
  });

  it('can be replaced by a valid write; the quarantined copy stays', async () => {
    await seed({ calendar: broken, calendar$: { v: 1 } });
    await readStored(storedCalendar);
    await writeStored(storedCalendar, march);
    expect(await readStored(storedCalendar)).toEqual({ status: 'ok', value: march });
    expect(await readQuarantine('local:calendar')).toHaveLength(1);
  });
});

describe('a value from a newer version', () => {
  const future = { version: 99, somethingNew: true };

  it('is detected and left alone', async () => {
    await seed({ settings: future, settings$: { v: 99 } });
    const read = await readStored(storedSettings);
    expect(read).toMatchObject({ status: 'newer-version', storedVersion: 99 });
    expect(read.status === 'newer-version' && read.reason).toMatch(
      /newer version.*Update the extension/,
    );
    expect(await raw('settings')).toEqual(future);
    expect(await raw('settings$')).toEqual({ v: 99 });
    expect(await readQuarantine('local:settings')).toEqual([]);
  });

  it('is not overwritten by a write', async () => {
    await seed({ settings: future, settings$: { v: 99 } });
    const write = writeStored(storedSettings, defaultSettings());
    await expect(write).rejects.toBeInstanceOf(StoredWriteError);
    await expect(write).rejects.toMatchObject({ code: 'newer-version' });
    expect(await raw('settings')).toEqual(future);
    expect(await raw('settings$')).toEqual({ v: 99 });
  });

  it('also when only the calendar is newer', async () => {
    await seed({ calendar: { version: 2, books: [] }, calendar$: { v: 2 } });
    expect((await readStored(storedCalendar)).status).toBe('newer-version');
    await expect(writeStored(storedCalendar, march)).rejects.toMatchObject({
      code: 'newer-version',
    });
  });
});

describe('writes', () => {
  it('store the value with the current version and its checked stamp in one call', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await writeStored(storedCalendar, march);
    expect(set).toHaveBeenCalledTimes(1);
    expect(set).toHaveBeenCalledWith({
      calendar: march,
      calendar$: { v: 1, checked: expect.stringMatching(/^\w+\.1\.\w+$/) },
    });
    expect(await raw('calendar')).toEqual(march);
  });

  it('refuse an invalid value with a clear error and leave storage as it was', async () => {
    await writeStored(storedCalendar, march);
    const bad = { ...march, closedThrough: { AR: '03/31/2026' } };
    const write = writeStored(storedCalendar, bad);
    await expect(write).rejects.toMatchObject({ code: 'invalid' });
    await expect(write).rejects.toThrow(
      'Did not save the calendar: closedThrough.AR: must be a real date written yyyy-MM-dd.',
    );
    expect(await raw('calendar')).toEqual(march);
  });

  it('refuse bad settings: labels empty after trimming, too many, days out of range', async () => {
    const settings = defaultSettings();
    await expect(
      writeStored(storedSettings, { ...settings, invoiceDateLabels: ['  '] }),
    ).rejects.toThrow(/invoiceDateLabels\.0: must not be empty/);
    await expect(
      writeStored(storedSettings, { ...settings, exportWords: Array(51).fill('Export') }),
    ).rejects.toThrow(/exportWords: must hold at most 50 entries/);
    await expect(writeStored(storedSettings, { ...settings, closingSoonDays: 61 })).rejects.toThrow(
      /closingSoonDays/,
    );
    expect(await raw('settings')).toBeUndefined();
  });

  it('store the parsed value: labels trimmed', async () => {
    const saved = await writeStored(storedSettings, {
      ...defaultSettings(),
      invoiceDateLabels: ['  Invoice Date '],
    });
    expect(saved.invoiceDateLabels).toEqual(['Invoice Date']);
    expect(await raw('settings')).toMatchObject({ invoiceDateLabels: ['Invoice Date'] });
  });

  it('reject with a clear error when the browser refuses (quota) and keep the previous value', async () => {
    await writeStored(storedCalendar, march);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const write = writeStored(storedCalendar, emptyCalendar());
    await expect(write).rejects.toMatchObject({ code: 'write-failed' });
    await expect(write).rejects.toThrow(
      /Could not save the calendar: the browser refused to store it \(QUOTA_BYTES quota exceeded\)\. What was saved before is still in use/,
    );
    expect(await readStored(storedCalendar)).toEqual({ status: 'ok', value: march });
  });

  it('of "no calendar" remove the stored calendar', async () => {
    await writeStored(storedCalendar, march);
    await writeStored(storedCalendar, null);
    expect(await raw('calendar')).toBeUndefined();
    expect(await readStored(storedCalendar)).toEqual({ status: 'ok', value: null });
  });
});

describe('unavailable storage', () => {
  it('reads as unavailable, not as the fallback', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(
      new Error('Extension context invalidated.'),
    );
    const read = await readStored(storedCalendar);
    expect(read.status).toBe('unavailable');
    expect(read.status === 'unavailable' && read.reason).toContain(
      'Extension context invalidated.',
    );
  });
});
