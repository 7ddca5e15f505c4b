import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { changed, garbage, good, invalid } from '../fixtures/remote/team-calendars';
import { emptyCalendar as EMPTY_CALENDAR } from '../support/calendars';
import {
  e2eExtensionDir,
  type FixtureServer,
  type LaunchedChromium,
  type LaunchedFirefox,
  launchChromium,
  launchFirefox,
  openFirefoxExtensionPage,
  readStorage,
  seedStorage,
  skipChromium,
  skipFirefox,
  startFixtureServer,
} from '../support/e2e';
import { type PageDriver, playwrightDriver } from '../support/e2e/page-driver';

/*
 * The team calendar URL in real Chromium: a local server serves a
 * good calendar, then each fault in turn, and after each the test reads the calendar the
 * extension holds and the status the settings page shows. The tests run in order and share
 * one browser: each step starts from what the one before left, as a user's week would.
 */

const PATH = '/team/periods.json';
/** Short, so the hanging server is given up on quickly; the settings allow 1–30 s. */
const TIMEOUT_SECONDS = 2;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const sendJson =
  (body: unknown, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'application/json', ...headers })
      .end(JSON.stringify(body));
  };

/** `{"version": 1}` as the extension holds it once validated. */

/** Where a redirect may send the calendar fetch. */
const ELSEWHERE_PATH = '/team/moved/periods.json';

const redirectTo =
  (location: string): Handler =>
  (_req, res) => {
    res.writeHead(302, { location }).end();
  };

/**
 * The same server under another origin: `localhost` instead of `127.0.0.1`. The e2e build may
 * fetch both, so only the same-origin rule can refuse it.
 */
function otherOrigin(url: string): string {
  const other = new URL(url);
  other.hostname = 'localhost';
  return other.href;
}

describe.skipIf(skipChromium)('team calendar URL in Chromium', () => {
  let server: FixtureServer;
  let chromium: LaunchedChromium;
  let page: Page;
  /** An invoice tab dated 2026-04-15: April is open in `good` (its close overdue), closed in `changed`. */
  let invoice: PageDriver;
  let serve: Handler = sendJson(good, { etag: '"v1"' });
  const requests: { ifNoneMatch: string | undefined }[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route(PATH, (req, res) => {
      requests.push({ ifNoneMatch: req.headers['if-none-match'] });
      serve(req, res);
    });
    chromium = await launchChromium(e2eExtensionDir('chrome'));
    invoice = playwrightDriver(await chromium.context.newPage());
    await invoice.goto(server.url('/spa.html?invoice=INV-2002'));
    await invoice.waitForVerdict('no-calendar');
    await invoice.typeInto('#f-invoice-date', '04/15/2026');
    page = await chromium.context.newPage();
    await page.goto(`${chromium.extensionBaseUrl}options.html`);
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  const status = () => page.getByTestId('calendar-source-status');
  const state = () => status().getAttribute('data-state');
  const lastError = () => page.getByTestId('calendar-last-error');
  const calendarInUse = async () => (await readStorage(chromium, ['calendar'])).calendar;

  /** Clicks "Check now" and waits until the check is over and shown. */
  async function checkNow() {
    const before = await status().getAttribute('data-last-attempt');
    await page.getByTestId('calendar-check-now').click();
    await expect
      .poll(
        async () =>
          (await status().getAttribute('aria-busy')) === 'false' &&
          (await status().getAttribute('data-last-attempt')) !== before,
        { timeout: 20_000 },
      )
      .toBe(true);
  }

  it('a good calendar: saving the URL fetches it and puts it in use', async () => {
    await page.getByTestId('calendar-url-input').fill(server.url(PATH));
    // The fetch timings are folded under "Advanced".
    await page.getByText(/^Advanced/).click();
    await page.getByTestId('calendar-timeout-input').fill(String(TIMEOUT_SECONDS));
    await page.getByTestId('calendar-url-save').click();
    await expect.poll(state, { timeout: 20_000 }).toBe('ok');
    // The status and the calendar are two storage writes: the page may show the first first.
    await expect.poll(calendarInUse, { timeout: 10_000 }).toEqual(good);
    await invoice.waitForVerdict('closing-soon');
    await expect
      .poll(() => page.getByTestId('calendar-last-good-fetch').textContent())
      .toMatch(/just now|ago/);
    expect(await lastError().textContent()).toBe('None');
    const settings = (await readStorage(chromium, ['settings'])).settings as { source: unknown };
    expect(settings.source).toEqual({
      kind: 'url',
      url: server.url(PATH),
      refreshMinutes: 60,
      maxAgeHours: 24,
      timeoutSeconds: TIMEOUT_SECONDS,
    });
  });

  it('500: shows the error, keeps the last good calendar', async () => {
    serve = (_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
    await checkNow();
    expect(await state()).toBe('error');
    expect(await lastError().getAttribute('data-reason')).toBe('http');
    expect(await lastError().textContent()).toMatch(/answered 500 .*try again later/);
    expect(await calendarInUse()).toEqual(good);
    // A failed refresh changes no verdict.
    expect(await invoice.verdict()).toBe('closing-soon');
  });

  it('a server that hangs past the timeout: gives up after the timeout', async () => {
    serve = () => {
      // Never answer: the extension must give up on its own.
    };
    const started = Date.now();
    await checkNow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT_SECONDS * 1000 - 200);
    expect(await state()).toBe('error');
    expect(await lastError().getAttribute('data-reason')).toBe('timeout');
    expect(await lastError().textContent()).toMatch(/within 2 seconds/);
    expect(await calendarInUse()).toEqual(good);
    expect(await invoice.verdict()).toBe('closing-soon');
  });

  it('garbage: refused as not a calendar', async () => {
    serve = (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(garbage);
    await checkNow();
    expect(await state()).toBe('error');
    expect(await lastError().getAttribute('data-reason')).toBe('unparseable');
    expect(await lastError().textContent()).toMatch(/not a calendar Period Guard can read/);
    expect(await calendarInUse()).toEqual(good);
    expect(await invoice.verdict()).toBe('closing-soon');
  });

  it('a schema-invalid file: refused, naming the field', async () => {
    serve = sendJson(invalid);
    await checkNow();
    expect(await state()).toBe('error');
    expect(await lastError().getAttribute('data-reason')).toBe('invalid');
    expect(await lastError().textContent()).toContain('periods[0].end: end is before start');
    expect(await calendarInUse()).toEqual(good);
    expect(await invoice.verdict()).toBe('closing-soon');
  });

  it('an oversized body: stops reading at the size cap', async () => {
    let sent = 0;
    serve = (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const timer = setInterval(() => {
        // Up to 16 MB, or until the extension hangs up.
        if (res.destroyed || sent > 16 * 1024 * 1024) {
          clearInterval(timer);
          res.end();
          return;
        }
        sent += chunk.length;
        res.write(chunk);
      }, 2);
      req.on('close', () => clearInterval(timer));
    };
    await checkNow();
    expect(await state()).toBe('error');
    expect(await lastError().getAttribute('data-reason')).toBe('too-big');
    expect(await lastError().textContent()).toMatch(/larger than 1 MB/);
    expect(await calendarInUse()).toEqual(good);
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  });

  it('304 with the ETag: the calendar is confirmed and stays', async () => {
    serve = (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else sendJson(changed, { etag: '"v2"' })(req, res);
    };
    await checkNow();
    expect(requests.at(-1)?.ifNoneMatch).toBe('"v1"');
    expect(await state()).toBe('ok');
    expect(await calendarInUse()).toEqual(good);
    expect(await invoice.verdict()).toBe('closing-soon');
  });

  it('a changed calendar: replaces the one in use', async () => {
    serve = sendJson(changed, { etag: '"v2"' });
    await checkNow();
    expect(await state()).toBe('ok');
    expect(await calendarInUse()).toEqual(changed);
    await invoice.waitForVerdict('closed');
  });

  it('a redirect to another origin: refused, the calendar in use stays', async () => {
    server.route(ELSEWHERE_PATH, sendJson(good));
    serve = redirectTo(otherOrigin(server.url(ELSEWHERE_PATH)));
    await checkNow();
    expect(await state()).toBe('error');
    expect(await lastError().getAttribute('data-reason')).toBe('redirect');
    expect(await lastError().textContent()).toMatch(
      /another site; Period Guard only follows redirects within/,
    );
    expect(await calendarInUse()).toEqual(changed);
    expect(await invoice.verdict()).toBe('closed');
  });

  it('a redirect within the origin: followed', async () => {
    server.route(ELSEWHERE_PATH, sendJson(good, { etag: '"moved"' }));
    serve = redirectTo(server.url(ELSEWHERE_PATH));
    await checkNow();
    expect(await state()).toBe('ok');
    expect(await calendarInUse()).toEqual(good);
    await invoice.waitForVerdict('closing-soon');
  });

  it('an empty calendar (a publishing slip): held, the calendar in use and its verdicts stay', async () => {
    serve = sendJson({ version: 1 }, { etag: '"empty"' });
    await checkNow();
    expect(await state()).toBe('error');
    expect(await status().getAttribute('data-reason')).toBe('suspicious');
    expect(await page.getByTestId('calendar-held-reason').textContent()).toMatch(
      /The new calendar is empty.*The calendar in use is unchanged/,
    );
    expect(await calendarInUse()).toEqual(good);
    expect(await invoice.verdict()).toBe('closing-soon');
  });

  it('applying the held calendar from the keyboard puts it in use', async () => {
    await page.getByTestId('calendar-accept-held').focus();
    await page.keyboard.press('Enter');
    await expect.poll(calendarInUse, { timeout: 10_000 }).toEqual(EMPTY_CALENDAR);
    await expect.poll(state).toBe('ok');
    expect(await page.getByTestId('calendar-held').count()).toBe(0);
    await invoice.waitForVerdict('no-calendar');

    // Once the file is fixed, the next fetch replaces the empty calendar as usual.
    serve = sendJson(good, { etag: '"fixed"' });
    await checkNow();
    expect(await state()).toBe('ok');
    expect(await calendarInUse()).toEqual(good);
    await invoice.waitForVerdict('closing-soon');
  });

  it('past the maximum age without a good fetch: shown as stale, until a fetch succeeds', async () => {
    const { remoteStatus } = await readStorage(chromium, ['remoteStatus']);
    const dayAndAHalfAgo = new Date(Date.now() - 36 * 3_600_000).toISOString();
    await seedStorage(chromium, {
      remoteStatus: {
        ...(remoteStatus as object),
        since: dayAndAHalfAgo,
        lastGoodFetch: dayAndAHalfAgo,
        lastAttempt: new Date().toISOString(),
        lastError: {
          reason: 'network',
          message: 'Could not reach the server.',
          at: new Date().toISOString(),
        },
        consecutiveFailures: 12,
        nextCheck: new Date(Date.now() + 3_600_000).toISOString(),
      },
    });
    await expect.poll(state).toBe('stale');
    await expect.poll(() => status().textContent()).toMatch(/no good fetch for more than 24 hours/);
    // The guard re-judges at least once a minute; a date edit makes it re-judge now.
    await invoice.typeInto('#f-invoice-date', '04/16/2026');
    await invoice.waitForVerdict('stale-calendar');

    serve = sendJson(good, { etag: '"v3"' });
    await checkNow();
    expect(await state()).toBe('ok');
    expect(await calendarInUse()).toEqual(good);
    await invoice.waitForVerdict('closing-soon');
  });
});

describe.skipIf(skipFirefox)('team calendar URL in Firefox', () => {
  let server: FixtureServer;
  let firefox: LaunchedFirefox;
  let page: PuppeteerPage;
  let serve: Handler = sendJson(good);

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route(PATH, (req, res) => serve(req, res));
    firefox = await launchFirefox(e2eExtensionDir('firefox'));
    page = await openFirefoxExtensionPage(
      firefox,
      'options.html',
      // Editable once settings and policy are read (Save waits for an address to save).
      '[data-testid="calendar-url-input"]:not([readonly])',
    );
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  const stateIs = (state: string) =>
    page.waitForSelector(`[data-testid="calendar-source-status"][data-state="${state}"]`, {
      timeout: 20_000,
    });

  it('saving the URL fetches the calendar; a 500 afterwards keeps it', async () => {
    await page.type('[data-testid="calendar-url-input"]', server.url(PATH));
    await page.click('[data-testid="calendar-url-save"]');
    await stateIs('ok');
    expect((await readStorage(firefox, ['calendar'])).calendar).toEqual(good);

    serve = (_req, res) => res.writeHead(500).end();
    await page.click('[data-testid="calendar-check-now"]');
    await stateIs('error');
    expect(
      await page.$eval('[data-testid="calendar-last-error"]', (el) =>
        el.getAttribute('data-reason'),
      ),
    ).toBe('http');
    expect((await readStorage(firefox, ['calendar'])).calendar).toEqual(good);
  });

  it('a redirect to another origin is refused and shown; the calendar in use stays', async () => {
    server.route(ELSEWHERE_PATH, sendJson(changed));
    serve = redirectTo(otherOrigin(server.url(ELSEWHERE_PATH)));
    await page.click('[data-testid="calendar-check-now"]');
    await page.waitForSelector('[data-testid="calendar-last-error"][data-reason="redirect"]', {
      timeout: 20_000,
    });
    await stateIs('error');
    expect((await readStorage(firefox, ['calendar'])).calendar).toEqual(good);
  });

  it('an empty calendar is held until applied', async () => {
    serve = sendJson({ version: 1 });
    await page.click('[data-testid="calendar-check-now"]');
    await page.waitForSelector(
      '[data-testid="calendar-source-status"][data-state="error"][data-reason="suspicious"]',
      { timeout: 20_000 },
    );
    await page.waitForSelector('[data-testid="calendar-held"]');
    expect((await readStorage(firefox, ['calendar'])).calendar).toEqual(good);

    await page.click('[data-testid="calendar-accept-held"]');
    await stateIs('ok');
    await expect
      .poll(async () => (await readStorage(firefox, ['calendar'])).calendar, { timeout: 10_000 })
      .toEqual(EMPTY_CALENDAR);
  });
});
