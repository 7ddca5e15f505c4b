import type { Page as PlaywrightPage } from 'playwright-core';
import { changed, good } from '../fixtures/remote/team-calendars';
import {
  chromiumWithPolicy,
  E2E_CHROME_EXTENSION_ID,
  e2eExtensionDir,
  type FixtureServer,
  firefoxHomeWithPolicy,
  type LaunchedChromium,
  type LaunchedFirefox,
  launchChromium,
  launchFirefox,
  openFirefoxExtensionPage,
  type PolicyDir,
  readStorage,
  skipChromium,
  skipFirefox,
  startFixtureServer,
} from '../support/e2e';

/*
 * Enterprise policy in real browsers: the values an admin pushes
 * reach storage.managed, win over the user's settings, and the settings page shows them
 * read-only as "Managed by your organization". Chromium reads a policy file from a private
 * /etc/chromium (support/policy.ts); Firefox a managed-storage manifest in its HOME.
 */

const TEAM_PATH = '/it/team-calendar.json';

/** Chromium can take seconds to load policy; the page polls for it. */
const POLICY_WAIT = { timeout: 30_000 };

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(TEAM_PATH, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(good));
  });
});
afterAll(async () => {
  await server?.close();
});

describe.skipIf(skipChromium)('managed policy in Chromium (policy file in /etc/chromium)', () => {
  let policy: (PolicyDir & { launcher: string }) | undefined;
  let chromium: LaunchedChromium | undefined;
  let page: PlaywrightPage;

  async function launchWith(values: Record<string, unknown>) {
    policy = await chromiumWithPolicy(values);
    chromium = await launchChromium(e2eExtensionDir('chrome'), { executablePath: policy.launcher });
    page = await chromium.context.newPage();
    await page.goto(`${chromium.extensionBaseUrl}options.html`);
    return chromium;
  }

  afterEach(async () => {
    await chromium?.close();
    await policy?.remove();
    chromium = undefined;
    policy = undefined;
  });

  it('a policy URL and block mode: shown read-only, and the URL is fetched', async () => {
    const launched = await launchWith({
      calendarUrl: server.url(TEAM_PATH),
      mode: 'block',
      closingSoonDays: 9,
      lockedSettings: ['exportWords'],
    });
    expect(launched.extensionId).toBe(E2E_CHROME_EXTENSION_ID);

    await expect
      .poll(() => page.getByTestId('calendar-source-managed').textContent(), POLICY_WAIT)
      .toBe('Managed by your organization');
    const url = page.getByTestId('calendar-url-input');
    expect(await url.inputValue()).toBe(server.url(TEAM_PATH));
    expect(await url.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('calendar-url-save').isDisabled()).toBe(true);

    const setting = (name: string) =>
      page.locator(`[data-testid="managed-setting"][data-setting="${name}"]`);
    expect(await setting('mode').textContent()).toContain('Block the export');
    expect(await setting('closingSoonDays').textContent()).toContain('9 days');
    expect(await setting('calendarUrl').textContent()).toContain(server.url(TEAM_PATH));

    // The background follows the policy too: the team calendar is fetched and in use.
    await expect
      .poll(
        () => page.getByTestId('calendar-source-status').getAttribute('data-state'),
        POLICY_WAIT,
      )
      .toBe('ok');
    expect((await readStorage(launched, ['calendar'])).calendar).toEqual(good);
  });

  it('an inline calendar in the policy becomes the calendar in use', async () => {
    const launched = await launchWith({ inlineCalendar: changed });
    await expect
      .poll(async () => (await readStorage(launched, ['calendar'])).calendar, POLICY_WAIT)
      .toEqual(changed);
    await expect
      .poll(() => page.getByTestId('calendar-source-url').textContent(), POLICY_WAIT)
      .toBe('Set by your organization’s policy');
    expect(await page.getByTestId('calendar-source-managed').textContent()).toBe(
      'Managed by your organization',
    );
  });
});

describe.skipIf(skipFirefox)('managed policy in Firefox (managed-storage manifest)', () => {
  let home: PolicyDir | undefined;
  let firefox: LaunchedFirefox | undefined;

  afterEach(async () => {
    await firefox?.close();
    await home?.remove();
    firefox = undefined;
    home = undefined;
  });

  it('shows the policy URL read-only and block mode', async () => {
    home = await firefoxHomeWithPolicy({ calendarUrl: server.url(TEAM_PATH), mode: 'block' });
    firefox = await launchFirefox(e2eExtensionDir('firefox'), { env: { HOME: home.dir } });
    const page = await openFirefoxExtensionPage(
      firefox,
      'options.html',
      '[data-testid="calendar-source-managed"]',
    );
    const url = await page.$eval('[data-testid="calendar-url-input"]', (input) => ({
      value: (input as HTMLInputElement).value,
      readOnly: (input as HTMLInputElement).readOnly,
    }));
    expect(url).toEqual({ value: server.url(TEAM_PATH), readOnly: true });
    expect(
      await page.$eval(
        '[data-testid="managed-setting"][data-setting="mode"]',
        (row) => row.textContent,
      ),
    ).toContain('Block the export');
    await page.waitForSelector('[data-testid="calendar-source-status"][data-state="ok"]', {
      timeout: 30_000,
    });
    expect((await readStorage(firefox, ['calendar'])).calendar).toEqual(good);
  });
});
