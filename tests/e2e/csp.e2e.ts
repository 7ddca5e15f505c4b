import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import {
  e2eExtensionDir,
  type FixtureServer,
  type LaunchedChromium,
  type LaunchedFirefox,
  launchChromium,
  launchFirefox,
  openFirefoxExtensionPage,
  skipChromium,
  skipFirefox,
  startFixtureServer,
} from '../support/e2e';

/*
 * The extension pages' Content Security Policy (build-config/csp.ts) as the browsers
 * enforce it: both accept the manifest, and inside the settings page inline script does not
 * run, and an image, a plugin object and a plain-HTTP fetch to another host are blocked by
 * our img-src, object-src and connect-src (neither browser's default MV3 policy restricts
 * those, so this proves ours is in force), while the calendar fetch still works.
 *
 * eval and the Function constructor cannot be tried from here: code the test driver evaluates
 * (CDP, WebDriver BiDi) is exempt from the page's eval rule in both browsers. Both forbid eval
 * in MV3 extension pages anyway, and tests/unit/extension-csp.test.ts checks the policy
 * never allows it.
 */

interface CspProbe {
  inlineScriptRan: boolean;
  imageLoaded: boolean;
  objectLoaded: boolean;
  calendarStatus: number | string;
  plainHttpStatus: number | string;
  violations: string[];
}

/** Runs inside the extension page; serialised by playwright/puppeteer, so self-contained. */
async function probeCsp(urls: { image: string; calendar: string }): Promise<CspProbe> {
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(event.effectiveDirective);
  });
  const loads = (element: HTMLImageElement | HTMLObjectElement, set: () => void) =>
    new Promise<boolean>((resolve) => {
      element.onload = () => resolve(true);
      element.onerror = () => resolve(false);
      setTimeout(() => resolve(false), 2_000);
      set();
      document.body.append(element);
    });
  const status = (url: string) =>
    fetch(url).then(
      (response) => response.status,
      (error: unknown) => String(error),
    );

  const script = document.createElement('script');
  script.textContent = 'document.documentElement.dataset.inlineRan = "yes";';
  document.head.append(script);
  const image = document.createElement('img');
  const imageLoaded = await loads(image, () => {
    image.src = urls.image;
  });
  const object = document.createElement('object');
  const objectLoaded = await loads(object, () => {
    object.data = urls.image;
  });
  const calendarStatus = await status(urls.calendar);
  const plainHttpStatus = await status('http://calendar.example.invalid/calendar.json');
  await new Promise((resolve) => setTimeout(resolve, 200)); // let violation events arrive
  return {
    inlineScriptRan: document.documentElement.dataset.inlineRan === 'yes',
    imageLoaded,
    objectLoaded,
    calendarStatus,
    plainHttpStatus,
    violations: [...new Set(violations)].sort(),
  };
}

function expectEnforced(probe: CspProbe): void {
  expect(probe).toMatchObject({
    inlineScriptRan: false,
    imageLoaded: false,
    objectLoaded: false,
    calendarStatus: 200,
    plainHttpStatus: expect.stringMatching(/TypeError/),
  });
  expect(probe.violations).toEqual(
    expect.arrayContaining(['connect-src', 'img-src', 'object-src']),
  );
}

function routes(server: FixtureServer): { image: string; calendar: string } {
  server.route('/pixel.gif', (_req, res) => {
    const gif = Buffer.from('R0lGODlhAQABAAAAACwAAAAAAQABAAA=', 'base64');
    res.writeHead(200, { 'content-type': 'image/gif' }).end(gif);
  });
  server.route('/calendar.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"version":1,"periods":[]}');
  });
  return { image: server.url('/pixel.gif'), calendar: server.url('/calendar.json') };
}

describe.skipIf(skipChromium)('extension CSP in Chromium', () => {
  let server: FixtureServer;
  let chromium: LaunchedChromium;
  let page: PlaywrightPage;

  beforeAll(async () => {
    server = await startFixtureServer();
    chromium = await launchChromium(e2eExtensionDir('chrome'));
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('loads the extension with the manifest policy in force', async () => {
    const worker = await chromium.serviceWorker();
    const policy = await worker.evaluate(
      () =>
        (
          globalThis as unknown as {
            chrome: { runtime: { getManifest(): { content_security_policy: unknown } } };
          }
        ).chrome.runtime.getManifest().content_security_policy,
    );
    expect(policy).toMatchObject({ extension_pages: expect.stringContaining("object-src 'none'") });
  });

  it.each(['popup.html', 'options.html'])('%s loads with no CSP violation at all', async (path) => {
    page = await chromium.context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy violation: ${event.effectiveDirective}`);
      });
    });
    await page.goto(`${chromium.extensionBaseUrl}${path}`);
    await page.waitForSelector('main');
    await page.waitForTimeout(500);
    await page.close();
    expect(violations).toEqual([]);
  });

  it('refuses inline script in the settings page; our img-, object- and connect-src block', async () => {
    page = await chromium.context.newPage();
    await page.goto(`${chromium.extensionBaseUrl}options.html`);
    await page.waitForSelector('main');
    expectEnforced(await page.evaluate(probeCsp, routes(server)));
    await page.close();
  });
});

describe.skipIf(skipFirefox)('extension CSP in Firefox ESR', () => {
  let server: FixtureServer;
  let firefox: LaunchedFirefox;
  let page: PuppeteerPage | undefined;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox(e2eExtensionDir('firefox'));
  });
  afterAll(async () => {
    await page?.close();
    await firefox?.close();
    await server?.close();
  });

  it('refuses inline script in the settings page; our img-, object- and connect-src block', async () => {
    page = await openFirefoxExtensionPage(firefox, 'options.html', 'main');
    expectEnforced(await page.evaluate(probeCsp, routes(server)));
  });
});
