import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Calendar } from '../../../lib/calendar/model';
import { ACCEPT_HELD_MESSAGE } from '../../../lib/remote/messages';
import { type RemoteScheduler, startRemoteCalendar } from '../../../lib/remote/scheduler';
import {
  storedCalendar,
  storedHeldCalendar,
  storedRemoteStatus,
  storedSettings,
} from '../../../lib/settings/items';
import {
  createManagedPolicyStore,
  type ManagedArea,
  type ManagedPolicyStore,
} from '../../../lib/settings/managed';
import type { RemoteStatus } from '../../../lib/settings/remote-status-schema';
import { type CalendarSource, defaultSettings } from '../../../lib/settings/settings-schema';
import { readStored, writeStored } from '../../../lib/settings/validated';
import { changed, changedCalendar, good, goodCalendar } from '../../fixtures/remote/team-calendars';
import { emptyCalendar as EMPTY_CALENDAR, month2026 } from '../../support/calendars';

/*
 * A team calendar that looks like a publishing mistake (empty, most periods gone, a
 * closed-through date months back) is held: the calendar in use stays until a person
 * applies the held one, the policy says so, or a good fetch makes it moot.
 */

const URL_ = 'https://finance.example.com/periods.json';
const START = Date.parse('2026-05-10T12:00:00Z');
const MINUTE = 60_000;
const EMPTY = { version: 1 };

let clock: number;
let body: unknown;
let etag: string | undefined;
let notModifiedFor: string | undefined;
let managed: ManagedPolicyStore;
let scheduler: RemoteScheduler | undefined;

const fetchCalendar = (async (_input: string | URL | Request, init?: RequestInit) => {
  const ifNoneMatch = new Headers(init?.headers).get('if-none-match');
  if (notModifiedFor !== undefined && ifNoneMatch === notModifiedFor) {
    return new Response(null, { status: 304 });
  }
  return new Response(JSON.stringify(body), { headers: etag ? { etag } : {} });
}) as typeof fetch;

const urlSource = (url = URL_): CalendarSource => ({
  kind: 'url',
  url,
  refreshMinutes: 60,
  maxAgeHours: 24,
});

async function setSource(source: CalendarSource) {
  await writeStored(storedSettings, { ...defaultSettings(), source });
}

async function read<T>(thing: Parameters<typeof readStored<T>>[0]): Promise<T> {
  const result = await readStored(thing);
  if (result.status !== 'ok') throw new Error(`${thing.key} is ${result.status}`);
  return result.value;
}
const status = () => read<RemoteStatus | null>(storedRemoteStatus);
const inUse = () => read<Calendar | null>(storedCalendar);
const held = () => read(storedHeldCalendar);

function start(): RemoteScheduler {
  scheduler = startRemoteCalendar({
    browser: fakeBrowser,
    fetch: fetchCalendar,
    now: () => new Date(clock),
    urlPolicy: { allowLocalHttp: false },
    managedStore: managed,
  });
  return scheduler;
}

async function settle(s: RemoteScheduler) {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await s.idle();
}

/** Starts with `good` fetched from the URL and in use. */
async function startWithGood(): Promise<RemoteScheduler> {
  await setSource(urlSource());
  body = good;
  etag = '"v1"';
  const s = start();
  await settle(s);
  expect(await inUse()).toEqual(goodCalendar);
  return s;
}

async function checkLater(s: RemoteScheduler) {
  clock += MINUTE;
  await s.checkNow();
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = START;
  body = good;
  etag = undefined;
  notModifiedFor = undefined;
  managed = createManagedPolicyStore({
    area: () => fakeBrowser.storage.managed as unknown as ManagedArea,
    urlPolicy: { allowLocalHttp: false },
    pollForMs: 0,
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(
    (async () => true) as unknown as typeof fakeBrowser.permissions.contains,
  );
});

afterEach(() => {
  scheduler?.dispose();
  scheduler = undefined;
  managed.dispose();
  vi.restoreAllMocks();
});

describe('a suspicious team calendar is held, the last good one stays in use', () => {
  it('holds an empty calendar and says why', async () => {
    const s = await startWithGood();
    body = EMPTY;
    etag = '"v2"';
    await checkLater(s);
    expect(await inUse()).toEqual(goodCalendar);
    const after = await status();
    expect(after?.lastError).toMatchObject({
      reason: 'suspicious',
      at: new Date(clock).toISOString(),
    });
    expect(after?.lastError?.message).toMatch(
      /^The calendar at https:\/\/finance\.example\.com\/periods\.json was held back, not put in use\. The new calendar is empty/,
    );
    expect(after?.held).toMatchObject({
      reason: expect.stringMatching(/is empty/),
      at: new Date(clock).toISOString(),
    });
    // Not a good fetch: the last good copy ages as it would after any failure.
    expect(after?.lastGoodFetch).toBe(new Date(START).toISOString());
    expect(after?.consecutiveFailures).toBe(1);
    // Still asks with the ETag of the calendar in use.
    expect(after?.etag).toBe('"v1"');
    expect(await held()).toMatchObject({ sourceUrl: URL_, etag: '"v2"', calendar: EMPTY_CALENDAR });
  });

  it('holds a calendar that drops most periods or moves a closed-through date back by months', async () => {
    const s = await startWithGood();
    body = { ...good, periods: [] };
    await checkLater(s);
    expect(await inUse()).toEqual(goodCalendar);
    expect((await status())?.held?.reason).toMatch(/has 0 periods where the calendar in use has 2/);

    body = { ...good, closedThrough: { AR: '2025-12-31' } };
    await checkLater(s);
    expect(await inUse()).toEqual(goodCalendar);
    expect((await status())?.held?.reason).toMatch(
      /moves the AR closed-through date back from 2026-03-31 to 2025-12-31/,
    );
  });

  it('never holds a first fetch unless it is empty', async () => {
    // A hand-made calendar with many periods, then a URL whose file has far fewer.
    const handMade: Calendar = {
      version: 1,
      closedThrough: { AR: '2026-12-31' },
      periods: Array.from({ length: 12 }, (_, i) => month2026(i + 1, 'closed')),
    };
    await writeStored(storedCalendar, handMade);
    await setSource(urlSource());
    const s = start();
    await settle(s);
    expect(await inUse()).toEqual(goodCalendar);
    expect((await status())?.held).toBeUndefined();

    await setSource(urlSource('https://finance.example.com/other.json'));
    body = EMPTY;
    await settle(s);
    expect(await inUse()).toEqual(goodCalendar);
    expect((await status())?.lastError?.reason).toBe('suspicious');
  });

  it('a later good fetch puts it in use and clears the held copy', async () => {
    const s = await startWithGood();
    body = EMPTY;
    await checkLater(s);
    body = changed;
    etag = '"v3"';
    await checkLater(s);
    expect(await inUse()).toEqual(changedCalendar);
    expect(await held()).toBeNull();
    const after = await status();
    expect(after?.held).toBeUndefined();
    expect(after?.lastGoodFetch).toBe(new Date(clock).toISOString());
    expect(after?.consecutiveFailures).toBe(0);
  });

  it('a 304 for the calendar in use clears the held copy too', async () => {
    const s = await startWithGood();
    body = EMPTY;
    await checkLater(s);
    notModifiedFor = '"v1"';
    await checkLater(s);
    expect(await inUse()).toEqual(goodCalendar);
    expect(await held()).toBeNull();
    expect((await status())?.held).toBeUndefined();
  });

  it('a change of address forgets the held copy', async () => {
    const s = await startWithGood();
    body = EMPTY;
    await checkLater(s);
    body = good;
    await setSource(urlSource('https://finance.example.com/v2.json'));
    await settle(s);
    expect(await held()).toBeNull();
    expect((await status())?.held).toBeUndefined();
  });
});

describe('applying a held calendar', () => {
  it('puts exactly the held calendar in use when a person accepts it', async () => {
    const s = await startWithGood();
    body = EMPTY;
    etag = '"v2"';
    await checkLater(s);
    const digest = (await status())?.held?.digest ?? '';
    const fetchedAt = new Date(clock).toISOString();
    clock += MINUTE;
    const after = await s.acceptHeld(digest);
    expect(await inUse()).toEqual(EMPTY_CALENDAR);
    expect(await held()).toBeNull();
    expect(after).toEqual(await status());
    expect(after.held).toBeUndefined();
    expect(after.lastError).toBeUndefined();
    expect(after.lastGoodFetch).toBe(fetchedAt);
    expect(after.etag).toBe('"v2"');
    expect(after.consecutiveFailures).toBe(0);
  });

  it('refuses when the held calendar is not the one the page showed, or none is held', async () => {
    const s = await startWithGood();
    await expect(s.acceptHeld('fp:nothing')).rejects.toThrow(/No calendar is held back/);
    body = EMPTY;
    await checkLater(s);
    await expect(s.acceptHeld('fp:another')).rejects.toThrow(/changed since this page showed it/);
    expect(await inUse()).toEqual(goodCalendar);
  });

  it('answers the settings page, and refuses a content script', async () => {
    const s = await startWithGood();
    body = EMPTY;
    await checkLater(s);
    const digest = (await status())?.held?.digest ?? '';
    const ask = async (url: string) => {
      const sendResponse = vi.fn();
      await fakeBrowser.runtime.onMessage.trigger(
        { type: ACCEPT_HELD_MESSAGE, digest },
        { id: fakeBrowser.runtime.id, url },
        sendResponse,
      );
      await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
      return sendResponse.mock.calls[0]?.[0];
    };
    expect(await ask('https://acme.buildops.com/invoices/42')).toMatchObject({ ok: false });
    expect(await inUse()).toEqual(goodCalendar);
    expect(await ask(fakeBrowser.runtime.getURL('/options.html'))).toEqual({
      ok: true,
      status: await status(),
    });
    expect(await inUse()).toEqual(EMPTY_CALENDAR);
  });

  it.each<[string, Record<string, unknown>]>([
    ['sets the calendar URL', { calendarUrl: URL_ }],
    ['locks the calendar', { lockedSettings: ['calendar'] }],
  ])('is not the user’s to apply when the policy %s', async (_, policy) => {
    await fakeBrowser.storage.managed.set(policy);
    await managed.refresh();
    const s = await startWithGood();
    body = EMPTY;
    await checkLater(s);
    const digest = (await status())?.held?.digest ?? '';
    await expect(s.acceptHeld(digest)).rejects.toThrow(/Your organization manages this calendar/);
    expect(await inUse()).toEqual(goodCalendar);
    expect((await status())?.held?.digest).toBe(digest);
  });

  it('applies it without asking when the policy says acceptSuspiciousCalendar', async () => {
    const s = await startWithGood();
    body = EMPTY;
    await checkLater(s);
    expect(await inUse()).toEqual(goodCalendar);
    // A policy that arrives while a calendar is held applies it at once.
    await fakeBrowser.storage.managed.set({ acceptSuspiciousCalendar: true });
    await vi.waitFor(() => expect(managed.getState().policy.acceptSuspiciousCalendar).toBe(true));
    await settle(s);
    expect(await inUse()).toEqual(EMPTY_CALENDAR);
    expect(await held()).toBeNull();
    // And later ones are not held at all.
    body = good;
    await checkLater(s);
    body = { ...good, periods: [] };
    await checkLater(s);
    expect(await inUse()).toEqual({ ...goodCalendar, periods: [] });
    expect((await status())?.held).toBeUndefined();
  });
});
