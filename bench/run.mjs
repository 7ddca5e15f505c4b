#!/usr/bin/env node
/**
 * `npm run bench` — is Period Guard light on BuildOps? (docs/performance.md)
 *
 * Builds the extension, then measures, in real headless Chromium, bench pages imitating
 * BuildOps screens with and without the extension (alternating runs; the invoice page also
 * with the banner floor), the pure functions the guard runs (vitest bench), and the
 * production builds' sizes. Prints a table, writes every figure to bench-results/latest.json,
 * and with `--check` exits 1 when a budget is missed or could not be measured.
 *
 * Options:
 *   --check           exit 1 when a budget is missed (or a figure is n/a)
 *   --runs N          runs of the invoice page (default 20; at least 20 for --check); the
 *                     other pages and the storm get half as many, at least 10
 *   --pages LIST      only these page loads (detail, list, grid, dashboard, customers)
 *   --only LIST       comma-separated sections: browser, pure, sizes (default: all)
 *   --no-build        use the builds already in .output/
 *   --calibrate       measure bench/calibration-extension (known costs) instead of the guard
 *   --floor           measure bench/empty-extension (a content script that does nothing): what
 *                     any extension costs these pages before it does any work
 *   --floor-banner    measure bench/banner-floor (one storage read, then our banner drawn with
 *                     nothing read or judged): what showing the banner at all costs
 *   --settle MS       wait after the screen is drawn, for the guard to read and draw (1000)
 *   --storm MS        mutation storm window (5000)
 *   --traced N        traced loads of the invoice page, for the extension's own script (20;
 *                     at least 20 for --check); the other pages get half as many
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LOAD_PAGES, runBrowserBench } from './lib/browser-bench.mjs';
import { budgetsMissed, evaluateBudgets } from './lib/budgets.mjs';
import { bundleScript } from './lib/bundle-script.mjs';
import { runPureBench } from './lib/pure.mjs';
import { formatReport } from './lib/report.mjs';
import { measureProductionBuilds } from './lib/sizes.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const E2E_CHROME = join(ROOT, '.output/chrome-mv3-e2e');
const CALIBRATION = join(ROOT, 'bench/calibration-extension');
const FLOOR = join(ROOT, 'bench/empty-extension');
const SECTIONS = ['browser', 'pure', 'sizes'];

const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    runs: { type: 'string', default: '20' },
    pages: { type: 'string', default: LOAD_PAGES.map((p) => p.page).join(',') },
    only: { type: 'string', default: SECTIONS.join(',') },
    'no-build': { type: 'boolean', default: false },
    calibrate: { type: 'boolean', default: false },
    floor: { type: 'boolean', default: false },
    'floor-banner': { type: 'boolean', default: false },
    settle: { type: 'string', default: '1000' },
    storm: { type: 'string', default: '5000' },
    traced: { type: 'string', default: '20' },
  },
});

/** A usage mistake: say what is wrong, without a stack trace. */
function usage(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const runs = Number(args.runs);
const traced = Number(args.traced);
const pages = args.pages.split(',').map((s) => s.trim());
for (const page of pages) {
  if (!LOAD_PAGES.some((p) => p.page === page))
    usage(`--pages: unknown page "${page}" (${LOAD_PAGES.map((p) => p.page).join(', ')})`);
}
const only = new Set(args.only.split(',').map((s) => s.trim()));
for (const section of only) {
  if (!SECTIONS.includes(section))
    usage(`--only: unknown section "${section}" (${SECTIONS.join(', ')})`);
}
if (!Number.isInteger(runs) || runs < 1) usage('--runs takes a whole number of runs');
if (!Number.isInteger(traced) || traced < 1) usage('--traced takes a whole number of runs');
const standIns = [args.calibrate, args.floor, args['floor-banner']].filter(Boolean).length;
if (standIns > 1) usage('--calibrate, --floor and --floor-banner measure different extensions');
const standIn = standIns === 1;
if (args.check && standIn)
  usage('a floor or the calibration is a stand-in, not the guard: no --check');
if (args.check && only.has('browser') && (runs < 20 || traced < 20)) {
  usage('--check needs at least 20 runs and 20 traced runs (the budgets rest on 20 pairs)');
}
if (args.check && pages.length < LOAD_PAGES.length) usage('--check measures every page');

function log(message) {
  console.error(message);
}

function sh(command, commandArgs, env = {}) {
  const run = spawnSync(command, commandArgs, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (run.status !== 0) {
    throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  }
  return run.stdout.trim();
}

function build() {
  // Production builds for the sizes; the e2e build (production React, also runs on
  // 127.0.0.1) for the browser runs. Chrome only for e2e: the bench drives Chromium.
  if (only.has('sizes')) {
    log('building: production, chrome-mv3 and firefox-mv3');
    sh('npm', ['run', 'build']);
  }
  if (only.has('browser') && !standIn) {
    log('building: e2e, chrome-mv3-e2e');
    sh('npx', ['wxt', 'build', '--mode', 'e2e'], { NODE_ENV: 'production' });
  }
}

function gitState() {
  try {
    return {
      commit: sh('git', ['rev-parse', '--short', 'HEAD']),
      branch: sh('git', ['rev-parse', '--abbrev-ref', 'HEAD']),
      dirty: sh('git', ['status', '--porcelain']) !== '',
    };
  } catch {
    return null;
  }
}

const results = {
  startedAt: new Date().toISOString(),
  git: gitState(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    node: process.version,
    loadAtStart: loadavg(),
  },
  options: {
    runs,
    only: [...only],
    calibrate: args.calibrate,
    floor: args.floor,
    floorBanner: args['floor-banner'],
  },
};

if (!args['no-build']) build();

if (only.has('sizes')) {
  log('measuring sizes');
  results.sizes = measureProductionBuilds(ROOT);
}
if (only.has('pure')) {
  log('pure functions: vitest bench on their production bundle');
  results.pure = await runPureBench(ROOT);
}
/**
 * Bundles bench/banner-floor (the real banner, host and styles, nothing read or judged) as
 * one script beside its manifest; returns the extension's directory.
 */
async function buildBannerFloor() {
  log('building: the banner floor, .output/bench-banner-floor');
  const outDir = join(ROOT, '.output/bench-banner-floor');
  await bundleScript({
    root: ROOT,
    entry: join(ROOT, 'bench/banner-floor/content.ts'),
    outDir,
    fileName: 'content.js',
    globalName: 'periodGuardBannerFloor',
  });
  copyFileSync(join(ROOT, 'bench/banner-floor/manifest.json'), join(outDir, 'manifest.json'));
  return outDir;
}

/**
 * Whether the build draws row marks on invoice lists: until it does, the lists' mark budgets
 * do not apply (a build that does, and draws none, fails them).
 */
function buildDrawsMarks(extensionDir) {
  return [extensionDir, join(extensionDir, 'content-scripts')]
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).map((file) => join(dir, file)))
    .filter((file) => file.endsWith('.js'))
    .some((file) => readFileSync(file, 'utf8').includes('period-guard-mark'));
}

if (only.has('browser')) {
  const extensionDir = args.calibrate
    ? CALIBRATION
    : args.floor
      ? FLOOR
      : args['floor-banner']
        ? await buildBannerFloor()
        : E2E_CHROME;
  results.browser = await runBrowserBench({
    extensionDir,
    // The guard is also measured beside the banner floor, in the same runs.
    floorDir: standIn ? null : await buildBannerFloor(),
    marksBuilt: buildDrawsMarks(extensionDir),
    pages,
    // Its verdict is fixed: there is no date → verdict time to measure.
    latencyOff: args['floor-banner'] ? 'the banner floor judges nothing' : null,
    runs,
    tracedRuns: traced,
    settleMs: Number(args.settle),
    stormMs: Number(args.storm),
    log,
  });
}
results.machine.loadAtEnd = loadavg();
results.budgets = evaluateBudgets(results);

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const jsonFile = join(ROOT, 'bench-results/latest.json');
writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);

console.log(`\n${formatReport(results, results.budgets)}\n`);
const load = results.machine;
console.log(
  `Machine: ${load.cpus} × ${load.cpuModel}, Node ${load.node}, load average ${load.loadAtStart[0].toFixed(1)} at start, ${load.loadAtEnd[0].toFixed(1)} at end.`,
);
console.log(`Figures: ${jsonFile}`);

if (args.check && budgetsMissed(results.budgets)) {
  const missed = results.budgets.filter((b) => b.status === 'fail' || b.status === 'n/a');
  console.error(
    `\nbench --check: ${missed.length} budget(s) missed or not measured: ${missed.map((b) => b.id).join(', ')}`,
  );
  process.exit(1);
}
