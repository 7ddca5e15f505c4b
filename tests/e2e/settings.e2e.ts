import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { closedThroughFebruary } from '../support/calendars';
import {
  axeViolations,
  e2eExtensionDir,
  FIXTURES_DIR,
  type LaunchedChromium,
  type LaunchedFirefox,
  launchChromium,
  launchFirefox,
  openFirefoxExtensionPage,
  readStorage,
  seedStorage,
  skipChromium,
  skipFirefox,
} from '../support/e2e';

const GOOD_CSV = join(FIXTURES_DIR, 'calendars/fy2026.csv');
const BAD_CSV = join(FIXTURES_DIR, 'calendars/bad-dates.csv');

/** A calendar already in use before an import: one closed-through day, one period. */
const EXISTING = closedThroughFebruary;

const AUDIT_LOG = [
  {
    id: 'e2e-1',
    at: '2026-04-09T15:42:00.000Z',
    invoiceNumber: 'INV-10231',
    date: '2026-03-27',
    verdict: 'closed',
    period: 'Mar 2026',
    url: 'https://acme.buildops.com/invoices/10231',
  },
];

/** Two periods, one with a close day: the widest rows the table shows. */
const TWO_PERIODS = {
  ...EXISTING,
  periods: [
    ...EXISTING.periods,
    {
      name: 'Sep 2026',
      start: '2026-09-01',
      end: '2026-09-30',
      status: 'open',
      closesOn: '2026-10-08',
    },
  ],
};

/**
 * Run in the settings page: how far the period table overflows its section, and which of
 * its buttons are cut off on the right.
 */
function periodTableFit() {
  const wrapper = document.querySelector('.pg-period-table') as HTMLElement;
  const box = wrapper.getBoundingClientRect();
  const cut = [...wrapper.querySelectorAll('table button')]
    .filter((button) => button.getBoundingClientRect().right > box.right + 0.5)
    .map((button) => button.textContent);
  return { overflow: wrapper.scrollWidth - wrapper.clientWidth, cut };
}

describe.skipIf(skipChromium)('settings page in Chromium', () => {
  let chromium: LaunchedChromium;
  let page: PlaywrightPage;

  beforeAll(async () => {
    chromium = await launchChromium(e2eExtensionDir('chrome'));
  });
  afterAll(async () => {
    await chromium?.close();
  });
  beforeEach(async () => {
    await seedStorage(chromium, { calendar: EXISTING, calendar$: { v: 1 } });
    page = await chromium.context.newPage();
  });
  afterEach(async () => {
    await page.close();
  });

  async function openSettings() {
    await page.goto(`${chromium.extensionBaseUrl}options.html`);
    await page.getByTestId('period-row').first().waitFor();
  }

  it('imports a CSV file through preview and confirm, then lists every period', async () => {
    await openSettings();
    await page.getByTestId('calendar-file-input').setInputFiles(GOOD_CSV);
    await page.getByTestId('calendar-import-preview').waitFor();
    expect(await page.getByTestId('period-row').count()).toBe(1);
    await page.getByTestId('calendar-import-confirm').click();
    await expect.poll(() => page.getByTestId('period-row').count()).toBe(12);

    const { calendar } = await readStorage(chromium, ['calendar']);
    const stored = calendar as typeof EXISTING;
    expect(stored.periods).toHaveLength(12);
    // A CSV holds periods only: the closed-through day set before stays.
    expect(stored.closedThrough).toEqual({ AR: '2026-02-28' });
    expect(await page.getByTestId('calendar-import-error').count()).toBe(0);
  });

  it('refuses a bad file with every problem by line and leaves storage as it was', async () => {
    await openSettings();
    await page.getByTestId('calendar-file-input').setInputFiles(BAD_CSV);
    const error = page.getByTestId('calendar-import-error');
    await error.waitFor();
    expect(await error.getAttribute('role')).toBe('alert');
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('Line 3, End');
    expect(text).toContain('Line 4, End');
    expect(text).toContain('Line 5, Status');
    expect(await page.getByTestId('calendar-import-confirm').count()).toBe(0);
    expect(await readStorage(chromium, ['calendar'])).toEqual({ calendar: EXISTING });
    expect(await page.getByTestId('period-row').count()).toBe(1);
  });

  it('shows the audit rows without a click and follows a calendar changed elsewhere', async () => {
    await seedStorage(chromium, { auditLog: AUDIT_LOG, auditLog$: { v: 1 } });
    await openSettings();
    expect(await page.getByTestId('audit-row').count()).toBe(1);
    expect(await page.getByTestId('audit-row').first().isVisible()).toBe(true);
    const march = { name: 'Mar 2026', start: '2026-03-01', end: '2026-03-31', status: 'open' };
    await seedStorage(chromium, {
      calendar: { ...EXISTING, periods: [...EXISTING.periods, march] },
    });
    await expect.poll(() => page.getByTestId('period-row').count()).toBe(2);
  });

  it('fits a narrow window: wide tables scroll inside their section, not the page', async () => {
    await page.setViewportSize({ width: 640, height: 900 });
    await openSettings();
    await page.getByRole('button', { name: 'Edit Feb 2026' }).click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });

  it.each([
    [1024, 768],
    [1280, 900],
  ])('fits the period table being edited at %ix%i, every button in view', async (width, height) => {
    await page.setViewportSize({ width, height });
    await seedStorage(chromium, { calendar: TWO_PERIODS });
    await openSettings();
    await page.getByRole('button', { name: 'Edit Feb 2026' }).click();
    const fit = await page.evaluate(periodTableFit);
    expect(fit).toEqual({ overflow: 0, cut: [] });
  });

  it.each(['light', 'dark'] as const)('has no axe violations in %s mode', async (colorScheme) => {
    await seedStorage(chromium, { auditLog: AUDIT_LOG, auditLog$: { v: 1 } });
    await page.emulateMedia({ colorScheme });
    await openSettings();
    expect(await axeViolations(page)).toEqual([]);
    // With an import error and a preview on screen too.
    await page.getByTestId('calendar-file-input').setInputFiles(BAD_CSV);
    await page.getByTestId('calendar-import-error').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('calendar-file-input').setInputFiles(GOOD_CSV);
    await page.getByTestId('calendar-import-preview').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('axe does report a violation when there is one (the check above can fail)', async () => {
    await openSettings();
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'icon/16.png';
      document.querySelector('main')?.append(img);
    });
    expect(await axeViolations(page)).toEqual([expect.stringMatching(/^image-alt: /)]);
  });
});

describe.skipIf(skipFirefox)('settings page in Firefox ESR', () => {
  let firefox: LaunchedFirefox;
  let page: PuppeteerPage | undefined;

  beforeAll(async () => {
    firefox = await launchFirefox(e2eExtensionDir('firefox'));
  });
  afterAll(async () => {
    await firefox?.close();
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  it('imports a CSV file through preview and confirm', async () => {
    await seedStorage(firefox, { calendar: EXISTING, calendar$: { v: 1 } });
    page = await openFirefoxExtensionPage(firefox, 'options.html', '[data-testid="period-row"]');
    const input = await page.$('[data-testid="calendar-file-input"]');
    if (!input) throw new Error('no calendar-file-input');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(GOOD_CSV);
    await page.waitForSelector('[data-testid="calendar-import-confirm"]');
    await page.click('[data-testid="calendar-import-confirm"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="period-row"]').length === 12,
      { timeout: 10_000 },
    );
    const { calendar } = await readStorage(firefox, ['calendar']);
    expect((calendar as typeof EXISTING).periods).toHaveLength(12);
  });

  it('refuses a bad file and leaves storage as it was', async () => {
    await seedStorage(firefox, { calendar: EXISTING, calendar$: { v: 1 } });
    page = await openFirefoxExtensionPage(firefox, 'options.html', '[data-testid="period-row"]');
    const input = await page.$('[data-testid="calendar-file-input"]');
    if (!input) throw new Error('no calendar-file-input');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(BAD_CSV);
    const error = await page.waitForSelector('[data-testid="calendar-import-error"]');
    expect(await error?.evaluate((el) => el.textContent)).toContain('Line 3, End');
    expect(await readStorage(firefox, ['calendar'])).toEqual({ calendar: EXISTING });
  });

  it('fits the period table being edited at 1024x768', async () => {
    await seedStorage(firefox, { calendar: TWO_PERIODS, calendar$: { v: 1 } });
    page = await openFirefoxExtensionPage(firefox, 'options.html', '[data-testid="period-row"]');
    await page.setViewport({ width: 1024, height: 768 });
    await page.click('button[aria-label="Edit Feb 2026"]');
    await page.waitForSelector('.pg-editing');
    expect(await page.evaluate(periodTableFit)).toEqual({ overflow: 0, cut: [] });
  });
});
