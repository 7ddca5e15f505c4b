import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { exactFingerprintOf } from '../../lib/settings/fingerprint';
import {
  e2eExtensionDir,
  type FixtureServer,
  type LaunchedChromium,
  type LaunchedExtension,
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

/** A zone 14 hours ahead of UTC: if TZ reached the browser, no default could pass for it. */
const TIME_ZONE = 'Pacific/Kiritimati';

/** The guard's claim on the page (lib/guard/page-claim.ts): the content script ran. */
function pageClaim(): string | undefined {
  return document.documentElement.dataset.periodGuard;
}

/** Window messages smoke.html saw: the extension must not announce itself (or its id). */
function messagesSeen(): string | undefined {
  return document.documentElement.dataset.messagesSeen;
}

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Seeds a calendar written the way no build writes one (keys unsorted, no stamp), waits for the
 * background to check and stamp it, and gives back what storage then holds. A stamp is the
 * fingerprint of the value exactly as stored (lib/settings/validated.ts), so it only helps a
 * page load if the browser hands every reader the keys in the order the background saw.
 */
async function stampedCalendar(ext: LaunchedExtension) {
  const calendar = {
    version: 1,
    periods: [{ status: 'open', name: 'Apr 2026', end: '2026-04-30', start: '2026-04-01' }],
    closedThrough: { AR: '2026-03-31' },
  };
  await seedStorage(ext, { calendar });
  let stored: Record<string, unknown> = {};
  await expect
    .poll(
      async () => {
        stored = await readStorage(ext, ['calendar', 'calendar$']);
        return (stored.calendar$ as { checked?: string } | undefined)?.checked;
      },
      { timeout: 10_000 },
    )
    .toMatch(/\.1\.[a-z0-9]+$/);
  return {
    value: stored.calendar,
    print: (stored.calendar$ as { checked: string }).checked.split('.').at(-1) as string,
  };
}

/** Shaped like a calendar on purpose: it is what later tests will seed. */
const SEEDED = {
  calendar: {
    version: 1,
    closedThrough: { AR: '2026-03-31' },
    periods: [{ name: 'Apr 2026', start: '2026-04-01', end: '2026-04-30', status: 'open' }],
  },
  smokeMarker: 'seeded by smoke.e2e.ts',
};

describe.skipIf(skipChromium)('Chromium with the e2e build', () => {
  let server: FixtureServer;
  let chromium: LaunchedChromium;
  let page: PlaywrightPage;

  beforeAll(async () => {
    server = await startFixtureServer();
    chromium = await launchChromium(e2eExtensionDir('chrome'), { timeZone: TIME_ZONE });
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await chromium.context.newPage();
  });
  afterEach(async () => {
    await page.close();
  });

  it('runs the content script on a fixture page served from 127.0.0.1', async () => {
    await page.goto(server.url('/harness/smoke.html'));
    await page.waitForFunction(pageClaim, undefined, { timeout: 10_000 });
    expect(await page.evaluate(pageClaim)).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    // A message posted at start-up would have been delivered by now.
    await page.waitForTimeout(300);
    expect(await page.evaluate(messagesSeen)).toBe('0');
  });

  it('opens the popup page, which says Period Guard', async () => {
    await page.goto(`${chromium.extensionBaseUrl}popup.html`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Period Guard');
  });

  it('round-trips values seeded into extension storage', async () => {
    await seedStorage(chromium, SEEDED);
    expect(await readStorage(chromium, Object.keys(SEEDED))).toEqual(SEEDED);
  });

  it('runs the browser in the time zone given at launch', async () => {
    await page.goto(server.url('/harness/smoke.html'));
    expect(await page.evaluate(browserTimeZone)).toBe(TIME_ZONE);
  });

  it('hands a stamped calendar back in the order its stamp was made from (sorted keys)', async () => {
    const { value, print } = await stampedCalendar(chromium);
    expect(Object.keys(value as object)).toEqual(['closedThrough', 'periods', 'version']);
    expect(exactFingerprintOf(value)).toBe(print);
  });
});

describe.skipIf(skipFirefox)('Firefox ESR with the e2e build', () => {
  let server: FixtureServer;
  let firefox: LaunchedFirefox;
  let page: PuppeteerPage | undefined;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox(e2eExtensionDir('firefox'), { timeZone: TIME_ZONE });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  it('runs the content script on a fixture page served from 127.0.0.1', async () => {
    page = await firefox.browser.newPage();
    await page.goto(server.url('/harness/smoke.html'));
    await page.waitForFunction(pageClaim, { timeout: 10_000 });
    expect(await page.evaluate(pageClaim)).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    // A message posted at start-up would have been delivered by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.evaluate(messagesSeen)).toBe('0');
  });

  it('opens the popup page, which says Period Guard', async () => {
    page = await openFirefoxExtensionPage(firefox, 'popup.html', 'h1');
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('Period Guard');
  });

  it('round-trips values seeded into extension storage', async () => {
    await seedStorage(firefox, SEEDED);
    expect(await readStorage(firefox, Object.keys(SEEDED))).toEqual(SEEDED);
  });

  it('runs the browser in the time zone given at launch', async () => {
    page = await firefox.browser.newPage();
    await page.goto(server.url('/harness/smoke.html'));
    expect(await page.evaluate(browserTimeZone)).toBe(TIME_ZONE);
  });

  it('hands a stamped calendar back in the order its stamp was made from (as written)', async () => {
    const { value, print } = await stampedCalendar(firefox);
    expect(Object.keys(value as object)).toEqual(['version', 'periods', 'closedThrough']);
    expect(exactFingerprintOf(value)).toBe(print);
  });
});
