import type { Page as PlaywrightPage } from 'playwright-core';
import {
  axeViolations,
  clearStorage,
  e2eExtensionDir,
  type LaunchedChromium,
  launchChromium,
  seedStorage,
  skipChromium,
} from './support';

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
