#!/usr/bin/env node
/**
 * `npm test`: every test, in the order that fails fastest.
 *   1. unit + component tests once, TZ=UTC (both Vitest projects: the overlay's tests under
 *      Preact, the rest under React, the components they share under both);
 *   2. the date-sensitive unit tests again under zones at the edges of the clock, because a
 *      verdict must never move a day with the machine's time zone;
 *   3. the e2e build, then the real-browser tests in Chromium and Firefox ESR.
 * Vitest's own output is shown as usual; each run also writes a JSON report, and the last line
 * is one plain `N passed, N failed` summed over all runs (CI reads it, not vitest's summary).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const ON_CI = process.env.CI === 'true';

/** +14, -11, a DST zone and a half-hour zone: every way a local day can differ from UTC's. */
const EXTRA_TIME_ZONES = [
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/Los_Angeles',
  'Asia/Kolkata',
];

/** Unit test files whose names say they are about dates, verdicts or calendars. */
const DATE_SENSITIVE = /(date|verdict|calendar)/i;

const BROWSERS = [
  { name: 'Chromium', path: '/usr/bin/chromium', apt: 'chromium' },
  { name: 'Firefox ESR', path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
];

const reportDir = mkdtempSync(join(tmpdir(), 'period-guard-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let runCount = 0;

function banner(text) {
  console.log(`\n=== ${text} ===\n`);
}

/** Runs vitest with its usual reporter plus a JSON report, then adds that report to the totals. */
function vitest(label, args, env = {}) {
  banner(label);
  runCount += 1;
  const report = join(reportDir, `run-${runCount}.json`);
  const result = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  countReport(label, report, result.status);
}

function countReport(label, report, status) {
  if (!existsSync(report)) {
    console.error(`\n${label}: vitest wrote no report (exit ${status}); counted as 1 failed.`);
    totals.failed += 1;
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  let failed = 0;
  for (const file of json.testResults) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const test of file.assertionResults) {
      if (test.status === 'passed') counts.passed += 1;
      else if (test.status === 'failed') counts.failed += 1;
      else counts.skipped += 1;
    }
    // A file that fails to load, or whose beforeAll throws, fails no test itself: its tests
    // come back skipped. Count them as failed (at least one), or the summary would lie.
    if (file.status === 'failed' && counts.failed === 0) {
      counts.failed = Math.max(1, counts.skipped);
      counts.skipped = 0;
    }
    totals.passed += counts.passed;
    totals.skipped += counts.skipped;
    failed += counts.failed;
  }
  if (status !== 0 && failed === 0) {
    console.error(`\n${label}: vitest exited ${status} with no failed test; counted as 1 failed.`);
    failed = 1;
  }
  totals.failed += failed;
}

function dateSensitiveFiles() {
  return readdirSync('tests/unit', { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.test.ts') && DATE_SENSITIVE.test(basename(file)))
    .map((file) => join('tests/unit', file))
    .sort();
}

function checkBrowsers() {
  const missing = BROWSERS.filter((browser) => !existsSync(browser.path));
  if (missing.length === 0) return;
  const line = '!'.repeat(78);
  console.error(`\n${line}`);
  for (const browser of missing) console.error(`!! ${browser.name} is missing (${browser.path}).`);
  console.error(`!! Install it with:  sudo apt-get install ${missing.map((b) => b.apt).join(' ')}`);
  console.error(
    ON_CI
      ? '!! CI=true: a missing browser fails the run.'
      : '!! Its real-browser tests are SKIPPED on this machine.',
  );
  console.error(`${line}\n`);
  if (ON_CI) totals.failed += missing.length;
}

function buildForE2e() {
  banner('npm run build:e2e');
  // Always rebuild: a stale build would test yesterday's code, and it takes seconds.
  const result = spawnSync('npm', ['run', 'build:e2e', '--silent'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('\nThe e2e build failed; real-browser tests cannot run (counted as 1 failed).');
    totals.failed += 1;
    return false;
  }
  return true;
}

vitest('unit + component tests (TZ=UTC)', [], { TZ: 'UTC' });

const dateFiles = dateSensitiveFiles();
if (dateFiles.length === 0) console.log('\nNo date-sensitive unit tests found to rerun.');
for (const timeZone of EXTRA_TIME_ZONES) {
  if (dateFiles.length > 0) {
    vitest(`date-sensitive unit tests (TZ=${timeZone})`, dateFiles, { TZ: timeZone });
  }
}

checkBrowsers();
if (buildForE2e()) {
  vitest('real-browser tests (Chromium, Firefox ESR)', ['-c', 'vitest.e2e.config.ts']);
}

rmSync(reportDir, { recursive: true, force: true });
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exitCode = totals.failed > 0 ? 1 : 0;
