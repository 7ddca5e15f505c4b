import type { Page as PlaywrightPage } from 'playwright-core';
import {
  axeViolations,
  clearStorage,
  e2eExtensionDir,
  type FixtureServer,
  type LaunchedChromium,
  launchChromium,
  seedStorage,
  skipChromium,
  startFixtureServer,
} from '../support/e2e';
import { SEEDED_CALENDAR } from '../support/e2e/sample-calendar';

/** Dates fixed in 2026, so no answer below depends on the day the test runs. */
const CALENDAR = {
  version: 1,
  closedThrough: { AR: '2026-03-31', GL: '2026-02-28' },
  periods: [
    { name: 'Jan 2026', start: '2026-01-01', end: '2026-01-31', status: 'locked' },
    { name: 'Feb 2026', start: '2026-02-01', end: '2026-02-28', status: 'closed' },
    { name: 'Mar 2026', start: '2026-03-01', end: '2026-03-31', status: 'closed' },
    { name: 'Apr 2026', start: '2026-04-01', end: '2026-04-30', status: 'open' },
  ],
};

describe.skipIf(skipChromium)('popup in Chromium, opened as a page', () => {
  let chromium: LaunchedChromium;
  let page: PlaywrightPage;

  beforeAll(async () => {
    chromium = await launchChromium(e2eExtensionDir('chrome'));
  });
  afterAll(async () => {
    await chromium?.close();
  });
  beforeEach(async () => {
    await clearStorage(chromium);
    page = await chromium.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
  });
  afterEach(async () => {
    await page.close();
  });

  async function openPopup() {
    await page.goto(`${chromium.extensionBaseUrl}popup.html`);
  }

  it('with nothing set up, offers one way to the settings page', async () => {
    await openPopup();
    await page.getByTestId('popup-setup').waitFor();
    expect(await page.getByRole('button').count()).toBe(1);
    const opened = chromium.context.waitForEvent('page');
    await page.getByRole('button', { name: 'Open settings to set up the calendar' }).click();
    const settings = await opened;
    await settings.waitForURL(/options\.html/);
    await settings.getByRole('heading', { level: 1, name: 'Period Guard settings' }).waitFor();
    await settings.close();
  });

  it('elsewhere, shows the calendar and answers the date checker on change', async () => {
    await seedStorage(chromium, { calendar: CALENDAR, calendar$: { v: 1 } });
    await openPopup();
    const result = page.getByTestId('popup-check-date-result');
    await result.waitFor();
    expect(await page.getByTestId('popup-verdict').count()).toBe(0);
    expect(await page.getByTestId('popup-closed-through-ar').textContent()).toBe('March 31, 2026');
    expect(await page.getByTestId('popup-check-date-input').getAttribute('type')).toBe('date');

    await page.getByTestId('popup-check-date-input').fill('2026-03-18');
    await expect.poll(() => result.getAttribute('data-verdict')).toBe('closed');
    await page.getByTestId('popup-check-date-input').fill('2026-01-12');
    await expect.poll(() => result.getAttribute('data-verdict')).toBe('locked');
    await page.getByTestId('popup-check-date-input').fill('2027-06-01');
    await expect.poll(() => result.getAttribute('data-verdict')).toBe('outside-calendar');
  });

  it('is no wider than a popup', async () => {
    await seedStorage(chromium, { calendar: CALENDAR, calendar$: { v: 1 } });
    await openPopup();
    await page.getByTestId('popup-check-date-input').waitFor();
    const width = await page
      .locator('.pg-popup')
      .evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(380);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflow).toBe(false);
  });

  it.each(['light', 'dark'] as const)('has no axe violations in %s mode', async (colorScheme) => {
    await page.emulateMedia({ colorScheme });
    await openPopup();
    await page.getByTestId('popup-setup').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await seedStorage(chromium, { calendar: CALENDAR, calendar$: { v: 1 } });
    await page.getByTestId('popup-check-date-input').fill('2026-03-18');
    await page.locator('[data-testid="popup-check-date-result"][data-verdict="closed"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe.skipIf(skipChromium)('popup on a fixture invoice tab in Chromium', () => {
  let chromium: LaunchedChromium;
  let server: FixtureServer;
  let invoice: PlaywrightPage;
  let popup: PlaywrightPage;

  beforeAll(async () => {
    server = await startFixtureServer();
    chromium = await launchChromium(e2eExtensionDir('chrome'));
    await seedStorage(chromium, SEEDED_CALENDAR);
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });
  beforeEach(async () => {
    invoice = await chromium.context.newPage();
    popup = await chromium.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
  });
  afterEach(async () => {
    await popup.close();
    await invoice.close();
  });

  /** The id of the tab showing `url`, asked of the service worker (the tests' only tab API). */
  async function tabIdOf(url: string): Promise<number | undefined> {
    const worker = await chromium.serviceWorker();
    return worker.evaluate(async (tabUrl) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(info: { url: string }): Promise<{ id?: number }[]> } };
      };
      return (await chrome.tabs.query({ url: tabUrl }))[0]?.id;
    }, url);
  }

  /**
   * Opens label-for.html (INV-1001, dated in closed September), waits for the guard's verdict,
   * then opens the popup for that tab: an e2e build's popup takes `?tab=<id>`, because the
   * popup opened as a page would otherwise ask itself.
   */
  async function openPopupOnInvoice() {
    const url = server.url('/label-for.html');
    await invoice.goto(url);
    await invoice
      .locator('[data-testid="pg-banner"][data-verdict="closed"]')
      .waitFor({ state: 'attached' });
    const tabId = await tabIdOf(url);
    expect(tabId).toEqual(expect.any(Number));
    await popup.goto(`${chromium.extensionBaseUrl}popup.html?tab=${tabId}`);
    await popup.getByTestId('popup-verdict').waitFor();
  }

  it('shows the invoice, its verdict and period, the steps and what to copy', async () => {
    await openPopupOnInvoice();
    const verdict = popup.getByTestId('popup-verdict');
    expect(await verdict.getAttribute('data-verdict')).toBe('closed');
    const text = (await verdict.textContent()) ?? '';
    expect(text).toContain('INV-1001');
    expect(text).toContain('September 15, 2026');
    expect(text).toContain('Sep 2026, September 1 – September 30, 2026 (closed)');
    expect(
      await popup.locator('[data-step]').evaluateAll((items) => items.map((li) => li.dataset.step)),
    ).toEqual(['move-date', 'ask-reopen']);
    expect(await popup.getByLabel('New posting date', { exact: true }).inputValue()).toBe(
      '10/01/2026',
    );
    const request = await popup
      .getByLabel('Request to reopen the period', { exact: true })
      .inputValue();
    expect(request).toContain(
      'Subject: Please reopen Sep 2026 in Sage Intacct for invoice INV-1001',
    );
    // The date checker belongs to the view away from invoices.
    expect(await popup.getByTestId('popup-check-date-input').count()).toBe(0);
  });

  it('shows the verdict, the first step and its Copy without scrolling at 400x600', async () => {
    await popup.setViewportSize({ width: 400, height: 600 });
    await openPopupOnInvoice();
    const bottoms = await popup.evaluate(() => {
      const bottom = (el: Element | null | undefined) =>
        el ? Math.ceil(el.getBoundingClientRect().bottom) : null;
      // The best way out is the first step in the page's order, whatever holds it.
      const first = document.querySelector('[data-step]');
      return {
        verdict: bottom(document.querySelector('.pg-summary-headline')),
        firstStep: bottom(first?.querySelector('.pg-step-title')),
        action: bottom(first?.querySelector('.pg-copy button')),
        screen: window.innerHeight,
      };
    });
    expect(bottoms.action, 'the first step offers something to copy').not.toBeNull();
    for (const part of ['verdict', 'firstStep', 'action'] as const) {
      expect(bottoms[part], part).toBeLessThanOrEqual(bottoms.screen);
    }
  });

  it.each(['light', 'dark'] as const)('has no axe violations in %s mode', async (colorScheme) => {
    await popup.emulateMedia({ colorScheme });
    await openPopupOnInvoice();
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('shows what the guard sees, opened from the keyboard, axe-clean', async () => {
    await openPopupOnInvoice();
    const sees = popup.getByTestId('popup-guard-sees');
    expect(await sees.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await popup.getByText('What the guard sees').focus();
    await popup.keyboard.press('Enter');
    expect(await sees.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    const text = (await sees.textContent()) ?? '';
    expect(text).toContain('“09/15/2026”, labelled “Invoice Date” (form field)');
    expect(text).toContain('“09/14/2026”, labelled “GL Posting Date” (form field)');
    // The menu's export item is in a closed menu: only what is on screen is listed.
    expect(await sees.locator('li').allTextContents()).toEqual(['Export', 'Sync to Intacct']);
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('shows the calendar view for a tab without an invoice', async () => {
    const stop = server.route('/dashboard.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        '<!doctype html><title>Dashboard</title><main><h1>Dashboard</h1><p>Open jobs: 12</p></main>',
      );
    });
    try {
      const url = server.url('/dashboard.html');
      await invoice.goto(url);
      const tabId = await tabIdOf(url);
      await popup.goto(`${chromium.extensionBaseUrl}popup.html?tab=${tabId}`);
      await popup.getByTestId('popup-check-date-input').waitFor();
      expect(await popup.getByTestId('popup-verdict').count()).toBe(0);
    } finally {
      stop();
    }
  });

  it('shows the invoice list view, with its counts, for a tab on an invoice list', async () => {
    const url = server.url('/list.html');
    await invoice.goto(url);
    const tabId = await tabIdOf(url);
    await popup.goto(`${chromium.extensionBaseUrl}popup.html?tab=${tabId}`);
    const list = popup.getByTestId('popup-list');
    await list.waitFor();
    expect(Number(await list.getAttribute('data-closed'))).toBeGreaterThan(0);
    expect(await popup.getByTestId('popup-verdict').count()).toBe(0);
  });
});
