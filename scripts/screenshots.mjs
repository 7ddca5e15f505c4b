#!/usr/bin/env node
/**
 * `npm run screenshots`: PNGs of the popup and the settings page for the README, taken in
 * headless Chromium from the e2e build (`npm run build:e2e` first; this script builds
 * nothing). A sample calendar and audit log are seeded, and the pages' clock is pinned to
 * 4 May 2026 so the year strip and the countdowns look the same on every run.
 *
 * Output: docs/settings-first-visit.png and -dark.png (the first screen of the settings page
 * before anything is set up), docs/popup-elsewhere.png, docs/popup-invoice.png and -dark.png
 * (the first 600 px of the popup, the height Chrome gives it, when the e2e build's content
 * script answers the popup), docs/settings.png (the whole page), docs/teach-guard.png (a page
 * whose date label the guard was just taught), docs/guard-banner.png, -folded.png and -dark.png
 * (the banner on a closed-period invoice: open, folded to its pill, open in dark),
 * docs/guard-dialog.png and -dark.png (the dialog holding that invoice's export, a reason typed) and
 * docs/invoice-list.png (row marks and the list summary on an invoice list).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { expandIncludes } from '../tests/support/fixture-includes.mjs';
import { chromiumArgs } from './chromium-args.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXT_DIR = join(ROOT, '.output', 'chrome-mv3-e2e');
const DOCS = join(ROOT, 'docs');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** Local noon, so no time zone moves the pinned day. */
const NOW = new Date(2026, 4, 4, 12, 0, 0);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');

/** FY2026 month by month: Q1 locked/closed, April closing in four days, the rest open. */
function sampleCalendar() {
  const periods = MONTHS.map((name, i) => {
    const month = i + 1;
    const last = new Date(Date.UTC(2026, month, 0)).getUTCDate();
    const [closeYear, closeMonth] = month === 12 ? [2027, 1] : [2026, month + 1];
    return {
      name: `${name} 2026`,
      start: `2026-${pad(month)}-01`,
      end: `2026-${pad(month)}-${pad(last)}`,
      status: month <= 2 ? 'locked' : month === 3 ? 'closed' : 'open',
      closesOn: `${closeYear}-${pad(closeMonth)}-08`,
    };
  });
  return { version: 1, closedThrough: { AR: '2026-03-31', GL: '2026-03-31' }, periods };
}

/**
 * For the invoice screenshot: 2026 closed through September (August locked), the rest open,
 * so label-for.html's invoice (September 15) is in a closed period.
 */
function closedSeptemberCalendar() {
  const calendar = sampleCalendar();
  calendar.closedThrough = { AR: '2026-09-30', GL: '2026-09-30' };
  calendar.periods = calendar.periods.map((period, i) => ({
    ...period,
    status: i === 7 ? 'locked' : i <= 8 ? 'closed' : 'open',
  }));
  return calendar;
}

const SAMPLE_AUDIT_LOG = [
  {
    id: 'sample-1',
    at: '2026-04-09T15:42:00.000Z',
    invoiceNumber: 'INV-10231',
    date: '2026-03-27',
    verdict: 'closed',
    period: 'Mar 2026',
    url: 'https://acme.buildops.com/invoices/10231',
  },
  {
    id: 'sample-2',
    at: '2026-04-28T09:05:00.000Z',
    invoiceNumber: 'INV-10388',
    date: '2026-04-30',
    verdict: 'closing-soon',
    period: 'Apr 2026',
    url: 'https://acme.buildops.com/invoices/10388',
  },
];

async function main() {
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) {
    console.error(`No e2e build at ${EXT_DIR}. Run \`npm run build:e2e\` first.`);
    process.exitCode = 1;
    return;
  }
  await mkdir(DOCS, { recursive: true });
  const profile = await mkdtemp(join(tmpdir(), 'period-guard-screens-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...chromiumArgs(EXT_DIR), '--hide-scrollbars'],
    deviceScaleFactor: 1,
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}/`;
    // Nothing stored yet: the page as someone opening it for the first time sees it.
    await settingsFirstVisit(context, base, 'light', 'settings-first-visit.png');
    await settingsFirstVisit(context, base, 'dark', 'settings-first-visit-dark.png');
    await worker.evaluate((items) => chrome.storage.local.set(items), {
      calendar: sampleCalendar(),
      calendar$: { v: 1 },
      auditLog: SAMPLE_AUDIT_LOG,
      auditLog$: { v: 1 },
    });

    await popupElsewhere(context, base);
    await settings(context, base, 'light', 'settings.png');
    await worker.evaluate((items) => chrome.storage.local.set(items), {
      calendar: closedSeptemberCalendar(),
    });
    await popupInvoice(context, base, worker, 'light', 'popup-invoice.png');
    await popupInvoice(context, base, worker, 'dark', 'popup-invoice-dark.png');
    await teachGuard(context);
    await guardOverlay(context, 'light');
    await guardOverlay(context, 'dark');
    await invoiceList(context);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function newPage(context, colorScheme = 'light', width = 380) {
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width, height: 600 });
  return page;
}

async function popupElsewhere(context, base) {
  const page = await newPage(context);
  await page.goto(`${base}popup.html`);
  const input = page.getByTestId('popup-check-date-input');
  await input.fill('2026-03-18');
  await page.locator('[data-testid="popup-check-date-result"][data-verdict]').waitFor();
  await input.blur();
  await shoot(page, 'popup-elsewhere.png', '.pg-popup');
  await page.close();
}

/** The popup on a fixture invoice tab, when the build's content script answers the popup. */
async function popupInvoice(context, base, worker, colorScheme, file) {
  const fixture = join(FIXTURES, 'label-for.html');
  if (!existsSync(fixture)) {
    console.log(`skipped ${file}: tests/fixtures/label-for.html is not there yet`);
    return;
  }
  const server = await serveFile(fixture);
  try {
    const tab = await newPage(context, 'light', 1000);
    await tab.goto(`${server.origin}/label-for.html`);
    await tab
      .locator('[data-testid="pg-banner"][data-verdict="closed"]')
      .waitFor({ state: 'attached', timeout: 10_000 });
    const tabId = await worker.evaluate(
      async (url) => (await chrome.tabs.query({ url }))[0]?.id,
      `${server.origin}/label-for.html`,
    );
    // 400 x 600: Chrome's largest popup; what is below 600 px needs a scroll.
    const page = await newPage(context, colorScheme, 400);
    await page.goto(`${base}popup.html?tab=${tabId}`);
    await page.getByTestId('popup-verdict').waitFor();
    const width = await page
      .locator('.pg-popup')
      .evaluate((el) => Math.ceil(el.getBoundingClientRect().width));
    const path = join(DOCS, file);
    await page.screenshot({ path, clip: { x: 0, y: 0, width, height: 600 } });
    console.log(`wrote docs/${file}`);
    await page.close();
    await tab.close();
  } finally {
    await server.close();
  }
}

/**
 * An invoice whose date label ("Bill Date") no default names: the guard cannot read it until
 * the user clicks "Show me the invoice date" and then the date. Shot once taught, with the
 * banner saying what it learned and the verdict it now gives.
 */
async function teachGuard(context) {
  const server = await serveFile(join(FIXTURES, 'unknown-date-label.html'));
  try {
    const tab = await newPage(context, 'light', 1000);
    await tab.setViewportSize({ width: 1000, height: 640 });
    await tab.goto(`${server.origin}/unknown-date-label.html`);
    await tab.locator('[data-testid="pg-banner"][data-verdict="unreadable-date"]').waitFor();
    await tab.getByTestId('pg-teach-start').click();
    await tab.locator('#f-bill-date').click();
    await tab.locator('[data-testid="pg-banner"][data-verdict="closed"]').waitFor();
    await tab.getByTestId('pg-teach-message').waitFor();
    await shoot(tab, 'teach-guard.png', undefined, false);
    await tab.close();
  } finally {
    await server.close();
  }
}

/**
 * The invoice list (list.html) under the same calendar: each unsynced row dated in closed
 * September carries its mark, and the list summary counts them.
 */
async function invoiceList(context) {
  const server = await serveFile(join(FIXTURES, 'list.html'));
  try {
    const tab = await newPage(context, 'light', 1000);
    await tab.setViewportSize({ width: 1000, height: 640 });
    await tab.goto(`${server.origin}/list.html`);
    await tab.getByTestId('pg-list-summary').waitFor();
    // Attached, not visible: a mark's host is a zero-size anchor, its badge hangs off it.
    await tab.locator('period-guard-mark').nth(7).waitFor({ state: 'attached' });
    await shoot(tab, 'invoice-list.png', undefined, false);
    await tab.close();
  } finally {
    await server.close();
  }
}

/** The overlay on a closed-period invoice (label-for.html, September 15), at 1280 x 800. */
async function guardOverlay(context, colorScheme) {
  const suffix = colorScheme === 'dark' ? '-dark' : '';
  const server = await serveFile(join(FIXTURES, 'label-for.html'));
  try {
    const tab = await newPage(context, colorScheme, 1280);
    await tab.setViewportSize({ width: 1280, height: 800 });
    await tab.goto(`${server.origin}/label-for.html`);
    await tab.locator('[data-testid="pg-banner"][data-verdict="closed"]').waitFor();
    await shoot(tab, `guard-banner${suffix}.png`, undefined, false);
    if (colorScheme === 'light') {
      await tab.locator('.pg-banner-fold').click();
      await tab.locator('[data-testid="pg-banner"][data-folded="true"]').waitFor();
      await shoot(tab, 'guard-banner-folded.png', undefined, false);
      await tab.locator('.pg-banner-fold').click();
      await tab.locator('[data-testid="pg-banner"]:not([data-folded])').waitFor();
    }
    // A real click, as the user's: the guard holds the export and opens its dialog.
    await tab.locator('#export-btn').click();
    const reason = tab.getByTestId('pg-export-reason');
    await reason.waitFor();
    await reason.fill('Customer asked for the original September date; controller approved');
    await shoot(tab, `guard-dialog${suffix}.png`, undefined, false);
    await tab.close();
  } finally {
    await server.close();
  }
}

/** Serves one fixture page on 127.0.0.1, where the e2e build's content script runs. */
async function serveFile(file) {
  const body = expandIncludes(await readFile(file, 'utf8'), (path) =>
    readFileSync(join(FIXTURES, path), 'utf8'),
  );
  // The page's shared look and handlers (harness/), as the e2e fixture server serves them.
  const server = createServer((req, res) => {
    const shared = /^\/(harness\/[\w-]+\.(css|js))$/.exec(req.url ?? '');
    if (shared) {
      const type = shared[2] === 'css' ? 'text/css' : 'text/javascript';
      res.writeHead(200, { 'content-type': type }).end(readFileSync(join(FIXTURES, shared[1])));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/** The first screen of the settings page at 1280 x 900, before anything is set up. */
async function settingsFirstVisit(context, base, colorScheme, file) {
  const page = await newPage(context, colorScheme, 1280);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}options.html`);
  await page.getByTestId('calendar-url-input').waitFor();
  await shoot(page, file, undefined, false);
  await page.close();
}

/** The settings page with a sample calendar: the whole page, or (`fullPage: false`) its first screen. */
async function settings(context, base, colorScheme, file, { fullPage = true } = {}) {
  const page = await newPage(context, colorScheme, 1100);
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${base}options.html`);
  await page.getByTestId('period-row').first().waitFor();
  await shoot(page, file, undefined, fullPage);
  await page.close();
}

async function shoot(page, file, selector, fullPage = true) {
  const path = join(DOCS, file);
  if (selector) await page.locator(selector).screenshot({ path });
  else await page.screenshot({ path, fullPage });
  console.log(`wrote docs/${file}`);
}

await main();
