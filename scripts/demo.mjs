#!/usr/bin/env node
// npm run demo [-- [PAGE.html] [--screenshot [FILE.png]] [--dialog]]  (see demo-args.mjs)
// Builds the e2e extension, serves the fixture app on 127.0.0.1, loads the sample calendar
// and opens Chromium with the extension on a closed-period invoice. With --screenshot the
// browser is headless and the page (or, with --dialog, the export dialog) is saved as PNG,
// by default under .output/screenshots/ (ignored by git).
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { expandIncludes } from '../tests/support/fixture-includes.mjs';
import { chromiumArgs } from './chromium-args.mjs';
import { DEMO_USAGE, demoOptions } from './demo-args.mjs';

const root = resolve(import.meta.dirname, '..');
let options;
try {
  options = demoOptions(process.argv.slice(2), root);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
if (options.help) {
  console.log(DEMO_USAGE);
  process.exit(0);
}
const { screenshot, page, dialog: withDialog } = options;
if (screenshot) mkdirSync(dirname(screenshot), { recursive: true });

execSync('npm run build:e2e --silent', { cwd: root, stdio: 'inherit' });

const fixtures = join(root, 'tests/fixtures');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = join(fixtures, path);
  if (!file.startsWith(fixtures)) return res.writeHead(403).end();
  try {
    // Pages get their shared markup (the toolbar) written in, as the e2e fixture server does.
    const body =
      extname(file) === '.html'
        ? expandIncludes(readFileSync(file, 'utf8'), (path) =>
            readFileSync(join(fixtures, path), 'utf8'),
          )
        : readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/plain' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const extension = join(root, '.output/chrome-mv3-e2e');
const profile = mkdtempSync(join(tmpdir(), 'period-guard-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: Boolean(screenshot),
  viewport: { width: 1280, height: 760 },
  args: chromiumArgs(extension),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const calendar = JSON.parse(readFileSync(join(fixtures, 'calendars/sample-2026.json'), 'utf8'));
await worker.evaluate(
  (c) => chrome.storage.local.set({ calendar: c, calendar$: { v: 1 } }),
  calendar,
);

const tab = context.pages()[0] ?? (await context.newPage());
await tab.goto(`${origin}/${page}`);
await tab.waitForSelector('period-guard-ui [data-testid="pg-banner"]:not([hidden])');
console.log(`Period Guard demo: ${origin}/${page} (sample calendar closed through 2026-09-30)`);

if (screenshot) {
  if (withDialog) {
    await tab.click('#export-btn');
    await tab.waitForSelector('period-guard-ui [data-testid="pg-export-dialog"]');
  }
  await tab.waitForTimeout(300);
  await tab.screenshot({ path: screenshot });
  console.log(`saved ${screenshot}`);
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
} else {
  console.log('Close the browser window to end the demo.');
  context.on('close', () => {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  });
}
