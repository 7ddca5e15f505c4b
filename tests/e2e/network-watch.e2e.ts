import {
  e2eExtensionDir,
  type FixtureServer,
  type LaunchedChromium,
  type LaunchedFirefox,
  launchChromium,
  launchFirefox,
  type NetworkWatch,
  openFirefoxExtensionPage,
  seedStorage,
  skipChromium,
  skipFirefox,
  startFixtureServer,
  unexpectedRequests,
  watchChromiumNetwork,
  watchFirefoxNetwork,
} from '../support/e2e';
import { SEEDED_CALENDAR } from '../support/e2e/sample-calendar';

/*
 * The network watch (support/network-watch.ts) sees what each context asks for, so the
 * privacy check built on it (no request but the configured calendar) can fail. Also the
 * baseline today: opening a page where the content script runs, the popup and the settings
 * page asks the network for nothing but the page itself.
 */

/** Runs in an extension page or the service worker: one fetch, its status. */
function fetchStatus(url: string): Promise<number> {
  return fetch(url).then((response) => response.status);
}

function serveCalendar(server: FixtureServer): string {
  server.route('/team-calendar.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"version":1}');
  });
  return server.url('/team-calendar.json');
}

describe.skipIf(skipChromium)('network watch in Chromium', () => {
  let server: FixtureServer;
  let chromium: LaunchedChromium;
  let watch: NetworkWatch;

  beforeAll(async () => {
    server = await startFixtureServer();
    chromium = await launchChromium(e2eExtensionDir('chrome'));
    watch = watchChromiumNetwork(chromium);
  });
  afterAll(async () => {
    watch?.stop();
    await chromium?.close();
    await server?.close();
  });
  beforeEach(() => watch.clear());

  it('records the service worker, extension pages and web pages, each as such', async () => {
    const calendar = serveCalendar(server);
    const worker = await chromium.serviceWorker();
    expect(await worker.evaluate(fetchStatus, `${calendar}?from=worker`)).toBe(200);
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.extensionBaseUrl}options.html`);
    expect(await page.evaluate(fetchStatus, `${calendar}?from=settings`)).toBe(200);
    await page.goto(server.url('/harness/smoke.html'));
    await page.close();

    const seen = watch.requests().map((r) => `${r.source} ${r.url.replace(server.origin, '')}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'service-worker /team-calendar.json?from=worker',
        'extension-page /team-calendar.json?from=settings',
        'web-page /harness/smoke.html',
      ]),
    );
    expect(unexpectedRequests(watch.requests(), [server.url('/harness/smoke.html')])).toEqual([
      expect.objectContaining({ source: 'service-worker', url: `${calendar}?from=worker` }),
      expect.objectContaining({ source: 'extension-page', url: `${calendar}?from=settings` }),
    ]);
  });

  it('sees no request but the page and its files from a guarded invoice, the popup and the settings page', async () => {
    await seedStorage(chromium, SEEDED_CALENDAR);
    watch.clear();
    const page = await chromium.context.newPage();
    await page.goto(server.url('/label-for.html'));
    await page.waitForFunction(() =>
      document.querySelector('period-guard-ui')?.shadowRoot?.querySelector('[data-verdict]'),
    );
    await page.goto(`${chromium.extensionBaseUrl}popup.html`);
    await page.waitForSelector('main');
    await page.goto(`${chromium.extensionBaseUrl}options.html`);
    await page.waitForSelector('main');
    await page.close();
    expect(watch.requests().length).toBeGreaterThan(2);
    // The page itself and its own host-app files; nothing from the extension.
    const pageFiles = ['/label-for.html', '/harness/host-app.css', '/harness/host-app.js'];
    expect(
      unexpectedRequests(
        watch.requests(),
        pageFiles.map((path) => server.url(path)),
      ),
    ).toEqual([]);
  });
});

describe.skipIf(skipFirefox)('network watch in Firefox ESR', () => {
  let server: FixtureServer;
  let firefox: LaunchedFirefox;
  let watch: NetworkWatch;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox(e2eExtensionDir('firefox'));
    watch = watchFirefoxNetwork(firefox);
  });
  afterAll(async () => {
    watch?.stop();
    await firefox?.close();
    await server?.close();
  });

  it('records extension pages and web pages, each as such', async () => {
    const calendar = serveCalendar(server);
    const settings = await openFirefoxExtensionPage(firefox, 'options.html', 'main');
    expect(await settings.evaluate(fetchStatus, `${calendar}?from=settings`)).toBe(200);
    await settings.close();
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/harness/smoke.html'));
    await page.close();

    const seen = watch.requests().map((r) => `${r.source} ${r.url.replace(server.origin, '')}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'extension-page /team-calendar.json?from=settings',
        'web-page /harness/smoke.html',
      ]),
    );
    expect(
      unexpectedRequests(watch.requests(), [
        server.url('/harness/smoke.html'),
        `${server.origin}/favicon.ico`,
      ]),
    ).toEqual([expect.objectContaining({ url: `${calendar}?from=settings` })]);
  });
});
