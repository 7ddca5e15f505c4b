import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Calendar } from '../../../lib/calendar/model';
import { fingerprintOf } from '../../../lib/settings/fingerprint';
import {
  allStoredThings,
  type StoredThing,
  storedCalendar,
  storedSettings,
} from '../../../lib/settings/items';
import { readQuarantine } from '../../../lib/settings/quarantine';
import { defaultSettings } from '../../../lib/settings/settings-schema';
import { keepStoredStamped } from '../../../lib/settings/stamp-keeper';
import { readStored, stampStored, writeStored } from '../../../lib/settings/validated';

const march: Calendar = {
  version: 1,
  closedThrough: { AR: '2026-03-31', GL: '2026-02-28' },
  periods: [{ name: 'March 2026', start: '2026-03-01', end: '2026-03-31', status: 'closed' }],
};

async function raw(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

/** Counts full schema checks of `thing` from here on. */
function schemaChecks(thing: StoredThing<unknown>) {
  return vi.spyOn(thing.schema, 'safeParse');
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('fingerprintOf', () => {
  it('ignores the order of object keys, at every depth (Chrome sorts them, Firefox keeps them)', () => {
    expect(fingerprintOf({ a: 1, b: { c: [1, { d: 2, e: 3 }] } })).toBe(
      fingerprintOf({ b: { c: [1, { e: 3, d: 2 }] }, a: 1 }),
    );
  });

  it('is the same for a value and its JSON round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(fingerprintOf(JSON.parse(JSON.stringify(value)))).toBe(fingerprintOf(value));
      }),
      { numRuns: 500 },
    );
  });

  it('tells apart values that differ in one leaf, or in the order of a list', () => {
    const seen = new Set<string>();
    for (const status of ['open', 'closed', 'locked']) {
      for (const end of ['2026-03-30', '2026-03-31']) {
        seen.add(fingerprintOf({ ...march, periods: [{ ...march.periods[0], status, end }] }));
      }
    }
    expect(seen.size).toBe(6);
    expect(fingerprintOf([1, 2])).not.toBe(fingerprintOf([2, 1]));
    expect(fingerprintOf({ a: '1' })).not.toBe(fingerprintOf({ a: 1 }));
  });
});

describe('checked once when written', () => {
  it('stores objects with their keys sorted: every reader sees the order its stamp was made from', async () => {
    await writeStored(storedCalendar, march);
    const stored = (await raw('calendar')) as Calendar;
    expect(Object.keys(stored)).toEqual(['closedThrough', 'periods', 'version']);
    expect(Object.keys(stored.periods[0] as object)).toEqual(['end', 'name', 'start', 'status']);
    expect(stored).toEqual(march);
  });

  it('a value written through writeStored is read back without its schema', async () => {
    await writeStored(storedCalendar, march);
    const checks = schemaChecks(storedCalendar);
    expect(await readStored(storedCalendar)).toEqual({ status: 'ok', value: march });
    expect(checks).not.toHaveBeenCalled();
  });

  it('when storage hands the keys back sorted, as Chrome does', async () => {
    await writeStored(storedCalendar, march);
    // What Chrome's storage does: every object's keys in order, at every depth.
    const sortedDeep = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sortedDeep)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .sort(([a], [b]) => (a < b ? -1 : 1))
                .map(([key, item]) => [key, sortedDeep(item)]),
            )
          : value;
    await fakeBrowser.storage.local.set({ calendar: sortedDeep(march) });
    const checks = schemaChecks(storedCalendar);
    expect(await readStored(storedCalendar)).toEqual({ status: 'ok', value: march });
    expect(checks).not.toHaveBeenCalled();
  });

  it('an equal value stored in another key order is checked in full until stamped as it is', async () => {
    await writeStored(storedCalendar, march);
    const reordered = Object.fromEntries(Object.entries(march).reverse());
    await fakeBrowser.storage.local.set({ calendar: reordered });
    const checks = schemaChecks(storedCalendar);
    expect(await readStored(storedCalendar)).toEqual({ status: 'ok', value: march });
    expect(checks).toHaveBeenCalledTimes(1);
    await stampStored(storedCalendar);
    checks.mockClear();
    expect(await readStored(storedCalendar)).toEqual({ status: 'ok', value: march });
    expect(checks).not.toHaveBeenCalled();
  });

  it('a stamped value changed behind its back is checked in full, and refused when bad', async () => {
    await writeStored(storedCalendar, march);
    const edited = { ...march, closedThrough: { AR: '03/31/2026' } };
    await fakeBrowser.storage.local.set({ calendar: edited });
    const checks = schemaChecks(storedCalendar);
    const read = await readStored(storedCalendar);
    expect(checks).toHaveBeenCalledTimes(1);
    expect(read.status).toBe('corrupt');
    expect((await readQuarantine('local:calendar'))[0]?.value).toEqual(edited);
  });

  it('a stamp made under other rules (another build, another version) is not trusted', async () => {
    await writeStored(storedCalendar, march);
    const meta = (await raw('calendar$')) as { v: number; checked: string };
    for (const checked of [
      `another-build${meta.checked.slice(meta.checked.indexOf('.'))}`,
      meta.checked.replace(/\.1\./, '.2.'),
    ]) {
      await fakeBrowser.storage.local.set({ calendar$: { ...meta, checked } });
      const checks = schemaChecks(storedCalendar);
      expect(await readStored(storedCalendar)).toEqual({ status: 'ok', value: march });
      expect(checks).toHaveBeenCalledTimes(1);
      checks.mockRestore();
    }
  });

  it('the fallback is read without a check, as a fresh copy, and passes its schema', async () => {
    for (const thing of allStoredThings) {
      const read = await readStored(thing);
      expect(read).toEqual({ status: 'ok', value: thing.fallback });
      if (read.status === 'ok' && read.value !== null) expect(read.value).not.toBe(thing.fallback);
      expect(thing.schema.safeParse(thing.fallback).success).toBe(true);
    }
  });
});

describe('stampStored (the background, the checker of record)', () => {
  it('stamps a value written without writeStored, so later reads skip the schema', async () => {
    await fakeBrowser.storage.local.set({ calendar: march });
    expect(await stampStored(storedCalendar)).toEqual({ status: 'ok', value: march });
    expect(await raw('calendar$')).toEqual({ v: 1, checked: expect.any(String) });
    const checks = schemaChecks(storedCalendar);
    expect(await readStored(storedCalendar)).toEqual({ status: 'ok', value: march });
    expect(checks).not.toHaveBeenCalled();
  });

  it('does not stamp a value its schema would change: readers keep getting the parsed one', async () => {
    const untrimmed = { ...defaultSettings(), invoiceDateLabels: ['  Invoice Date  '] };
    await fakeBrowser.storage.local.set({ settings: untrimmed, settings$: { v: 2 } });
    const read = await stampStored(storedSettings);
    expect(read.status === 'ok' && read.value.invoiceDateLabels).toEqual(['Invoice Date']);
    expect(await raw('settings$')).toEqual({ v: 2 });
    const again = await readStored(storedSettings);
    expect(again.status === 'ok' && again.value.invoiceDateLabels).toEqual(['Invoice Date']);
  });

  it('does not stamp a corrupt value; it is quarantined and reported', async () => {
    const bad = { ...march, periods: 'none' };
    await fakeBrowser.storage.local.set({ calendar: bad });
    expect((await stampStored(storedCalendar)).status).toBe('corrupt');
    expect(await raw('calendar$')).toBeUndefined();
    expect((await readQuarantine('local:calendar'))[0]?.value).toEqual(bad);
  });

  it('keepStoredStamped checks at start and after every change', async () => {
    await fakeBrowser.storage.local.set({ calendar: march });
    const stop = keepStoredStamped(allStoredThings);
    const stampNow = async () => ((await raw('calendar$')) as { checked?: string })?.checked;
    await vi.waitFor(async () => expect(await stampNow()).toEqual(expect.any(String)));
    const first = await stampNow();
    const april = { ...march, closedThrough: { AR: '2026-04-30' } };
    await fakeBrowser.storage.local.set({ calendar: april });
    await vi.waitFor(async () => expect(await stampNow()).not.toBe(first));
    stop();
    const checks = schemaChecks(storedCalendar);
    expect(await readStored(storedCalendar)).toEqual({ status: 'ok', value: april });
    expect(checks).not.toHaveBeenCalled();
  });
});

describe('what compares stored values', () => {
  it('the calendar digest (ETag check) does not depend on the order of keys', async () => {
    const { calendarDigest } = await import('../../../lib/remote/digest');
    const reordered = {
      periods: march.periods,
      closedThrough: { GL: '2026-02-28', AR: '2026-03-31' },
      version: 1,
    };
    expect(calendarDigest(reordered as Calendar)).toBe(calendarDigest(march));
    expect(calendarDigest({ ...march, closedThrough: { AR: '2026-03-31' } })).not.toBe(
      calendarDigest(march),
    );
  });
});
