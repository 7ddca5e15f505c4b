// @vitest-environment node
import { fetchCalendar } from '../../../lib/remote/fetch-calendar';
import type { UrlPolicy } from '../../../lib/remote/url-policy';
import { changed, csv, garbage, good, invalid } from '../../fixtures/remote/team-calendars';

const URL_ = 'https://finance.example.com/periods.json';
const production: UrlPolicy = { allowLocalHttp: false };
const e2e: UrlPolicy = { allowLocalHttp: true };

type FetchArgs = [input: string | URL | Request, init?: RequestInit];

/** A fetch that answers every request with `respond()` and records what it was asked. */
function fakeFetch(respond: (init: RequestInit | undefined) => Response | Promise<Response>) {
  const calls: FetchArgs[] = [];
  const fn = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    calls.push([input, init]);
    return respond(init);
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
  });

function headerOf(init: RequestInit | undefined, name: string): string | undefined {
  return new Headers(init?.headers).get(name) ?? undefined;
}

/** A fetch that never answers until its signal aborts, like a server that hangs. */
function hangingFetch() {
  return vi.fn(
    (_input: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      }),
  ) as unknown as typeof globalThis.fetch;
}

describe('fetchCalendar: a good calendar', () => {
  it('returns the validated calendar and the ETag, asking without cookies or HTTP cache', async () => {
    const { fetch, calls } = fakeFetch(() => json(good, { headers: { etag: '"v1"' } }));
    const outcome = await fetchCalendar(URL_, { fetch, urlPolicy: production });
    expect(outcome).toEqual({
      kind: 'updated',
      calendar: { ...good, closedThrough: { AR: '2026-03-31' } },
      etag: '"v1"',
    });
    const init = calls[0]?.[1];
    expect(init?.cache).toBe('no-store');
    expect(init?.credentials).toBe('omit');
    expect(headerOf(init, 'if-none-match')).toBeUndefined();
  });

  it('reads the CSV format too, whatever the address and content type say', async () => {
    const { fetch } = fakeFetch(
      () => new Response(csv, { headers: { 'content-type': 'application/json' } }),
    );
    const outcome = await fetchCalendar(URL_, { fetch, urlPolicy: production });
    expect(outcome.kind).toBe('updated');
    if (outcome.kind === 'updated') expect(outcome.calendar.periods).toHaveLength(2);
  });

  it('sends If-None-Match and reports not-modified on a 304', async () => {
    const { fetch, calls } = fakeFetch(() => new Response(null, { status: 304 }));
    expect(await fetchCalendar(URL_, { fetch, etag: '"v1"', urlPolicy: production })).toEqual({
      kind: 'not-modified',
    });
    expect(headerOf(calls[0]?.[1], 'if-none-match')).toBe('"v1"');
  });

  it('treats a 304 it did not ask for as an HTTP error', async () => {
    const { fetch } = fakeFetch(() => new Response(null, { status: 304 }));
    const outcome = await fetchCalendar(URL_, { fetch, urlPolicy: production });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'http', status: 304 });
  });

  it('returns a changed calendar with its new ETag', async () => {
    const { fetch } = fakeFetch(() => json(changed, { headers: { etag: '"v2"' } }));
    const outcome = await fetchCalendar(URL_, { fetch, etag: '"v1"', urlPolicy: production });
    expect(outcome).toMatchObject({ kind: 'updated', etag: '"v2"' });
    if (outcome.kind === 'updated') expect(outcome.calendar.closedThrough.AR).toBe('2026-04-30');
  });
});

describe('fetchCalendar: addresses', () => {
  it.each([
    ['http://finance.example.com/periods.json', production],
    ['http://127.0.0.1:8080/periods.json', production],
    ['http://finance.example.com/periods.json', e2e],
    ['ftp://finance.example.com/periods.json', e2e],
    ['https://user:secret@finance.example.com/periods.json', production],
  ])('refuses %s without fetching it', async (url, urlPolicy) => {
    const { fetch } = fakeFetch(() => json(good));
    const outcome = await fetchCalendar(url, { fetch, urlPolicy });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'url' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each(['http://127.0.0.1:41234/cal.json', 'http://localhost:5173/cal.json'])(
    'accepts local http %s in e2e builds',
    async (url) => {
      const { fetch } = fakeFetch(() => json(good));
      expect((await fetchCalendar(url, { fetch, urlPolicy: e2e })).kind).toBe('updated');
    },
  );

  it('refuses a redirect to plain http', async () => {
    const { fetch } = fakeFetch(() =>
      redirectedTo(json(good), 'http://finance.example.com/p.json'),
    );
    const outcome = await fetchCalendar(URL_, { fetch, urlPolicy: production });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'redirect' });
    if (outcome.kind === 'failed') expect(outcome.message).toMatch(/redirected/);
  });
});

/** `response` as a fetch that followed redirects to `url` hands it back. */
function redirectedTo(response: Response, url: string): Response {
  Object.defineProperty(response, 'redirected', { value: true });
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

describe('fetchCalendar: redirects stay on the calendar origin', () => {
  it('lets the fetch follow redirects, and reads a calendar moved within the same origin', async () => {
    const { fetch, calls } = fakeFetch(() =>
      redirectedTo(json(good), 'https://finance.example.com/2026/periods.json'),
    );
    const outcome = await fetchCalendar(URL_, { fetch, urlPolicy: production });
    expect(outcome.kind).toBe('updated');
    // 'manual' would give an extension an opaque response with no Location to judge.
    expect(calls[0]?.[1]?.redirect).toBe('follow');
  });

  it.each([
    'https://cdn.example.net/periods.json',
    'https://other.finance.example.com/periods.json',
    'https://finance.example.com:8443/periods.json',
  ])('refuses a calendar that a redirect fetched from %s', async (landed) => {
    const { fetch } = fakeFetch(() => redirectedTo(json(changed), landed));
    const outcome = await fetchCalendar(URL_, { fetch, urlPolicy: production });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'redirect' });
    if (outcome.kind !== 'failed') return;
    expect(outcome.message).toContain(new URL(landed).origin);
    expect(outcome.message).toMatch(
      /only follows redirects within https:\/\/finance\.example\.com/,
    );
  });

  it('refuses an opaque redirect, should a fetch hand one back', async () => {
    const { fetch } = fakeFetch(() => {
      const response = json(good);
      Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
      return response;
    });
    expect(await fetchCalendar(URL_, { fetch, urlPolicy: production })).toMatchObject({
      kind: 'failed',
      reason: 'redirect',
    });
  });
});

describe('fetchCalendar: failures, each with a sentence to act on', () => {
  it('network: the server cannot be reached', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    const outcome = await fetchCalendar(URL_, { fetch, urlPolicy: production });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'network' });
    if (outcome.kind === 'failed') {
      expect(outcome.message).toContain('finance.example.com');
      expect(outcome.message).toContain('Failed to fetch');
      expect(outcome.message).toMatch(/Check the address/);
    }
  });

  it.each([
    [500, /answered 500.*try again later/],
    [503, /answered 503/],
    [404, /answered 404.*check it/],
    [403, /without signing in/],
    [401, /without signing in/],
  ])('http: status %i', async (status, words) => {
    const { fetch } = fakeFetch(() => new Response('nope', { status }));
    const outcome = await fetchCalendar(URL_, { fetch, urlPolicy: production });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'http', status });
    if (outcome.kind === 'failed') expect(outcome.message).toMatch(words);
  });

  describe('timeout', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('gives up on a server that never answers after 20 s by default', async () => {
      const fetch = hangingFetch();
      const pending = fetchCalendar(URL_, { fetch, urlPolicy: production });
      let settled = false;
      void pending.then(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(19_900);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      const outcome = await pending;
      expect(outcome).toMatchObject({ kind: 'failed', reason: 'timeout' });
      if (outcome.kind === 'failed') expect(outcome.message).toMatch(/within 20 seconds/);
      const init = (fetch as unknown as ReturnType<typeof vi.fn>).mock.calls[0]?.[1] as RequestInit;
      expect(init.signal?.aborted).toBe(true);
    });

    it('never waits longer than 30 s, whatever it is asked', async () => {
      const pending = fetchCalendar(URL_, {
        fetch: hangingFetch(),
        timeoutMs: 120_000,
        urlPolicy: production,
      });
      await vi.advanceTimersByTimeAsync(30_001);
      expect(await pending).toMatchObject({ reason: 'timeout' });
    });

    it('also times out a body that starts and never ends', async () => {
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode('{"version": 1, "periods": ['));
          // …and nothing more, ever.
        },
      });
      const { fetch } = fakeFetch(() => new Response(body, { status: 200 }));
      const pending = fetchCalendar(URL_, { fetch, timeoutMs: 2_000, urlPolicy: production });
      await vi.advanceTimersByTimeAsync(2_001);
      expect(await pending).toMatchObject({ reason: 'timeout' });
    });
  });

  it('too-big: stops reading an endless body soon after the cap and cancels it', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const { fetch } = fakeFetch(() => new Response(endless, { status: 200 }));
    const outcome = await fetchCalendar(URL_, { fetch, urlPolicy: production });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'too-big' });
    if (outcome.kind === 'failed') expect(outcome.message).toMatch(/larger than 1 MB/);
    expect(cancelled).toBe(true);
    // Read up to the cap plus a chunk or two the stream had queued, never the endless rest.
    expect(pulled).toBeLessThan(1024 * 1024 + 4 * chunk.byteLength);
  });

  it('too-big: refuses a declared Content-Length over the cap before reading', async () => {
    const { fetch } = fakeFetch(
      () => new Response('{}', { status: 200, headers: { 'content-length': String(5_000_000) } }),
    );
    const outcome = await fetchCalendar(URL_, { fetch, urlPolicy: production });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'too-big' });
  });

  it('too-big: honours a smaller cap', async () => {
    const { fetch } = fakeFetch(() => json(good));
    const outcome = await fetchCalendar(URL_, { fetch, maxBytes: 50, urlPolicy: production });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'too-big' });
  });

  it.each([
    ['plain text', garbage, /neither JSON nor a CSV table/],
    ['plain text at a .json address', 'Lorem ipsum', /not valid JSON/],
    ['a web page', '<!doctype html><html><body>Sign in</body></html>', /web page/],
    ['broken JSON', '{ "version": 1, "periods": [ }', /not valid JSON/],
    ['an empty file', '   \n', /empty/],
  ])('unparseable: %s', async (name, body, words) => {
    const { fetch } = fakeFetch(() => new Response(body, { status: 200 }));
    const url = name.includes('.json') ? URL_ : 'https://finance.example.com/periods';
    const outcome = await fetchCalendar(url, { fetch, urlPolicy: production });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'unparseable' });
    if (outcome.kind === 'failed') {
      expect(outcome.message).toMatch(words);
      expect(outcome.message).toMatch(/Check the address/);
    }
  });

  it('unparseable: bytes that are not UTF-8 text', async () => {
    const { fetch } = fakeFetch(
      () =>
        new Response(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00]), { status: 200 }),
    );
    const outcome = await fetchCalendar(URL_, { fetch, urlPolicy: production });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'unparseable' });
    if (outcome.kind === 'failed') expect(outcome.message).toMatch(/not UTF-8 text/);
  });

  it('invalid: names the JSON field that is wrong', async () => {
    const { fetch } = fakeFetch(() => json(invalid));
    const outcome = await fetchCalendar(URL_, { fetch, urlPolicy: production });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'invalid' });
    if (outcome.kind === 'failed') {
      expect(outcome.message).toContain('periods[0].end: end is before start');
      expect(outcome.message).toMatch(/should fix the file/);
    }
  });

  it('invalid: names the CSV line and column that are wrong', async () => {
    const bad =
      'Period,Start,End,Status\nApr 2026,2026-04-01,2026-04-30,Open\nMay,2026-05-01,2026-05-31,Maybe\n';
    const { fetch } = fakeFetch(() => new Response(bad, { status: 200 }));
    const outcome = await fetchCalendar('https://finance.example.com/periods.csv', {
      fetch,
      urlPolicy: production,
    });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'invalid' });
    if (outcome.kind === 'failed') expect(outcome.message).toMatch(/Line 3, Status:/);
  });
});
