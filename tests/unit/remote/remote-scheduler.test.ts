import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_NOW_MESSAGE } from '../../../lib/remote/messages';
import {
  REMOTE_CHECK_ALARM,
  type RemoteScheduler,
  startRemoteCalendar,
} from '../../../lib/remote/scheduler';
import { storedCalendar, storedRemoteStatus, storedSettings } from '../../../lib/settings/items';
import {
  createManagedPolicyStore,
  type ManagedArea,
  type ManagedPolicyStore,
} from '../../../lib/settings/managed';
import type { RemoteStatus } from '../../../lib/settings/remote-status-schema';
import { type CalendarSource, defaultSettings } from '../../../lib/settings/settings-schema';
import { readStored, writeStored } from '../../../lib/settings/validated';
import { changed, changedCalendar, good, goodCalendar } from '../../fixtures/remote/team-calendars';

const URL_ = 'https://finance.example.com/periods.json';
const START = Date.parse('2026-05-10T12:00:00Z');
const MINUTE = 60_000;

/** The server behind the calendar URL: each test sets `respond`; every request is kept. */
function fakeServer() {
  const requests: { url: string; ifNoneMatch: string | null }[] = [];
  const server = {
    requests,
    respond: (_ifNoneMatch: string | null): Response => new Response(JSON.stringify(good)),
    fetch: (async (input: string | URL | Request, init?: RequestInit) => {
      const ifNoneMatch = new Headers(init?.headers).get('if-none-match');
      requests.push({ url: String(input), ifNoneMatch });
      return server.respond(ifNoneMatch);
    }) as typeof fetch,
  };
  return server;
}

const urlSource = (change: Partial<Extract<CalendarSource, { kind: 'url' }>> = {}) =>
  ({ kind: 'url', url: URL_, refreshMinutes: 60, maxAgeHours: 24, ...change }) as const;

async function setSource(source: CalendarSource) {
  await writeStored(storedSettings, { ...defaultSettings(), source });
}

async function storedStatus(): Promise<RemoteStatus | null> {
  const read = await readStored(storedRemoteStatus);
  if (read.status !== 'ok') throw new Error(`status unreadable: ${read.status}`);
  return read.value;
}

async function storedCalendarValue() {
  const read = await readStored(storedCalendar);
  if (read.status !== 'ok') throw new Error(`calendar unreadable: ${read.status}`);
  return read.value;
}

let clock: number;
let server: ReturnType<typeof fakeServer>;
let managed: ManagedPolicyStore;
let scheduler: RemoteScheduler | undefined;

function start(): RemoteScheduler {
  scheduler = startRemoteCalendar({
    browser: fakeBrowser,
    fetch: server.fetch,
    now: () => new Date(clock),
    urlPolicy: { allowLocalHttp: false },
    managedStore: managed,
  });
  return scheduler;
}

/** Lets storage watchers queue their work, then waits for the queue to drain. */
async function settle(s: RemoteScheduler) {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await s.idle();
}

/** fakeBrowser does not implement permissions; the answer `contains` gives for every host. */
function holdHostPermission(granted: boolean) {
  const contains = async (_permissions: { origins?: string[] }) => granted;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(
    contains as unknown as typeof fakeBrowser.permissions.contains,
  );
}

async function fireAlarm(s: RemoteScheduler) {
  await fakeBrowser.alarms.onAlarm.trigger({
    name: REMOTE_CHECK_ALARM,
    scheduledTime: clock,
    persistAcrossSessions: false,
  });
  await settle(s);
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = START;
  server = fakeServer();
  managed = createManagedPolicyStore({
    area: () => fakeBrowser.storage.managed as unknown as ManagedArea,
    urlPolicy: { allowLocalHttp: false },
    pollForMs: 0,
  });
  holdHostPermission(true);
});

afterEach(() => {
  scheduler?.dispose();
  scheduler = undefined;
  managed.dispose();
});

describe('scheduler: a URL source', () => {
  it('fetches at start, stores the calendar and schedules the next check in refreshMinutes', async () => {
    await setSource(urlSource());
    server.respond = () => new Response(JSON.stringify(good), { headers: { etag: '"v1"' } });
    const s = start();
    await settle(s);

    expect(server.requests).toHaveLength(1);
    expect(await storedCalendarValue()).toEqual(goodCalendar);
    const status = await storedStatus();
    expect(status).toMatchObject({
      sourceUrl: URL_,
      lastGoodFetch: new Date(START).toISOString(),
      etag: '"v1"',
      consecutiveFailures: 0,
      nextCheck: new Date(START + 60 * MINUTE).toISOString(),
    });
    expect((await fakeBrowser.alarms.get(REMOTE_CHECK_ALARM))?.scheduledTime).toBe(
      START + 60 * MINUTE,
    );
  });

  it('does not fetch again when woken before the check is due', async () => {
    await setSource(urlSource());
    const s = start();
    await settle(s);
    clock += 30 * MINUTE;
    await fireAlarm(s);
    await s.reconcile('start');
    expect(server.requests).toHaveLength(1);
  });

  it('at the due time, asks with If-None-Match; a 304 keeps the calendar and counts as good', async () => {
    await setSource(urlSource());
    server.respond = () => new Response(JSON.stringify(good), { headers: { etag: '"v1"' } });
    const s = start();
    await settle(s);

    server.respond = (ifNoneMatch) =>
      ifNoneMatch === '"v1"'
        ? new Response(null, { status: 304 })
        : new Response('unexpected', { status: 500 });
    clock += 60 * MINUTE;
    await fireAlarm(s);

    expect(server.requests.map((r) => r.ifNoneMatch)).toEqual([null, '"v1"']);
    expect(await storedCalendarValue()).toEqual(goodCalendar);
    expect(await storedStatus()).toMatchObject({
      lastGoodFetch: new Date(clock).toISOString(),
      etag: '"v1"',
    });
  });

  it('replaces the calendar when the file changed', async () => {
    await setSource(urlSource());
    const s = start();
    await settle(s);
    server.respond = () => new Response(JSON.stringify(changed), { headers: { etag: '"v2"' } });
    await s.checkNow();
    expect(await storedCalendarValue()).toEqual(changedCalendar);
    expect((await storedStatus())?.etag).toBe('"v2"');
  });

  it('on failure keeps the calendar, records the error and retries with backoff: 1, 2, 4 minutes', async () => {
    await setSource(urlSource());
    const s = start();
    await settle(s);
    server.respond = () => new Response('down', { status: 500 });

    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      clock = Date.parse((await storedStatus())?.nextCheck ?? '');
      const before = clock;
      await fireAlarm(s);
      const status = await storedStatus();
      waits.push((Date.parse(status?.nextCheck ?? '') - before) / MINUTE);
    }
    expect(waits).toEqual([1, 2, 4]);
    const status = await storedStatus();
    expect(status).toMatchObject({
      consecutiveFailures: 3,
      lastGoodFetch: new Date(START).toISOString(),
      lastError: { reason: 'http', at: new Date(clock).toISOString() },
    });
    expect(status?.lastError?.message).toMatch(/answered 500/);
    expect(await storedCalendarValue()).toEqual(goodCalendar);

    // A good fetch ends the backoff.
    server.respond = () => new Response(JSON.stringify(good));
    clock = Date.parse(status?.nextCheck ?? '');
    await fireAlarm(s);
    expect(await storedStatus()).toMatchObject({
      consecutiveFailures: 0,
      nextCheck: new Date(clock + 60 * MINUTE).toISOString(),
    });
  });

  it('does not send the ETag once the stored calendar was replaced by something else', async () => {
    await setSource(urlSource());
    server.respond = () => new Response(JSON.stringify(good), { headers: { etag: '"v1"' } });
    const s = start();
    await settle(s);
    await writeStored(storedCalendar, changedCalendar);
    await s.checkNow();
    expect(server.requests.map((r) => r.ifNoneMatch)).toEqual([null, null]);
    expect(await storedCalendarValue()).toEqual(goodCalendar);
  });

  it('says "permission" when the fetch failed and the browser holds no permission for the host', async () => {
    holdHostPermission(false);
    server.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await setSource(urlSource());
    const s = start();
    await settle(s);
    const status = await storedStatus();
    expect(status?.lastError?.reason).toBe('permission');
    expect(status?.lastError?.message).toMatch(/not allowed to read finance\.example\.com/);
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({
      origins: ['https://finance.example.com/*'],
    });
  });

  it('checks at browser start even when not due', async () => {
    await setSource(urlSource());
    const s = start();
    await settle(s);
    clock += 10 * MINUTE;
    await fakeBrowser.runtime.onStartup.trigger();
    await settle(s);
    expect(server.requests).toHaveLength(2);
  });
});

describe('scheduler: when the source changes', () => {
  it('fetches a new URL at once, with a fresh status', async () => {
    await setSource(urlSource());
    const s = start();
    await settle(s);
    clock += 5 * MINUTE;
    await setSource(urlSource({ url: 'https://other.example.com/cal.json' }));
    await settle(s);
    expect(server.requests.map((r) => r.url)).toEqual([URL_, 'https://other.example.com/cal.json']);
    expect(await storedStatus()).toMatchObject({
      sourceUrl: 'https://other.example.com/cal.json',
      since: new Date(clock).toISOString(),
    });
  });

  it('moves the next check when the refresh interval changes', async () => {
    await setSource(urlSource());
    const s = start();
    await settle(s);
    await setSource(urlSource({ refreshMinutes: 15 }));
    await settle(s);
    expect((await storedStatus())?.nextCheck).toBe(new Date(START + 15 * MINUTE).toISOString());
    expect((await fakeBrowser.alarms.get(REMOTE_CHECK_ALARM))?.scheduledTime).toBe(
      START + 15 * MINUTE,
    );
  });

  it('clears the alarm and the status when the source becomes manual; the calendar stays', async () => {
    await setSource(urlSource());
    const s = start();
    await settle(s);
    await setSource({ kind: 'manual' });
    await settle(s);
    expect(await fakeBrowser.alarms.get(REMOTE_CHECK_ALARM)).toBeUndefined();
    expect(await storedStatus()).toBeNull();
    expect(await storedCalendarValue()).toEqual(goodCalendar);
  });

  it('does nothing at all with a manual source', async () => {
    const s = start();
    await settle(s);
    expect(server.requests).toEqual([]);
    expect(await storedStatus()).toBeNull();
  });
});

describe('scheduler: "Check now" messages', () => {
  const extensionPage = () => ({
    id: fakeBrowser.runtime.id,
    url: fakeBrowser.runtime.getURL('/options.html'),
  });

  async function send(message: unknown, sender: { id?: string; url?: string }) {
    const sendResponse = vi.fn();
    const returned = await fakeBrowser.runtime.onMessage.trigger(message, sender, sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
    return { response: sendResponse.mock.calls[0]?.[0], returned };
  }

  it('checks at once for the settings page and answers with the new status', async () => {
    await setSource(urlSource());
    const s = start();
    await settle(s);
    clock += MINUTE;
    const { response, returned } = await send({ type: CHECK_NOW_MESSAGE }, extensionPage());
    expect(returned).toContain(true);
    expect(server.requests).toHaveLength(2);
    expect(response).toEqual({ ok: true, status: await storedStatus() });
  });

  it('refuses a content script (a host page must not trigger fetches)', async () => {
    await setSource(urlSource());
    const s = start();
    await settle(s);
    const { response } = await send(
      { type: CHECK_NOW_MESSAGE },
      { id: fakeBrowser.runtime.id, url: 'https://acme.buildops.com/invoices/42' },
    );
    expect(response).toMatchObject({ ok: false });
    await settle(s);
    expect(server.requests).toHaveLength(1);
  });

  it('ignores messages that are not its own, and malformed ones', async () => {
    start();
    const sendResponse = vi.fn();
    for (const message of [{ type: 'badge' }, { type: CHECK_NOW_MESSAGE, extra: 1 }, 'check']) {
      const returned = await fakeBrowser.runtime.onMessage.trigger(
        message,
        extensionPage(),
        sendResponse,
      );
      expect(returned).toEqual([undefined]);
    }
    expect(sendResponse).not.toHaveBeenCalled();
  });
});

describe('scheduler: enterprise policy', () => {
  it('fetches the policy URL even though the user chose a manual calendar', async () => {
    await fakeBrowser.storage.managed.set({ calendarUrl: 'https://it.example.com/team.json' });
    await managed.refresh();
    const s = start();
    await settle(s);
    expect(server.requests.map((r) => r.url)).toEqual(['https://it.example.com/team.json']);
    expect(await storedCalendarValue()).toEqual(goodCalendar);
  });

  it('switches to the policy URL when the policy arrives after start', async () => {
    await setSource(urlSource());
    const s = start();
    await settle(s);
    await fakeBrowser.storage.managed.set({ calendarUrl: 'https://it.example.com/team.json' });
    await vi.waitFor(() => expect(managed.getState().policy.calendarUrl).toBeDefined());
    await settle(s);
    expect(server.requests.at(-1)?.url).toBe('https://it.example.com/team.json');
    expect((await storedStatus())?.sourceUrl).toBe('https://it.example.com/team.json');
  });

  it('puts an inline calendar in use, and back again if something replaces it', async () => {
    await fakeBrowser.storage.managed.set({ inlineCalendar: changed });
    await managed.refresh();
    const s = start();
    await settle(s);
    expect(await storedCalendarValue()).toEqual(changedCalendar);
    expect(server.requests).toEqual([]);

    await writeStored(storedCalendar, goodCalendar);
    await settle(s);
    expect(await storedCalendarValue()).toEqual(changedCalendar);
  });
});
