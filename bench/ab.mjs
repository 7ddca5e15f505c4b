#!/usr/bin/env node
/**
 * `npm run bench:ab -- <before-dir> <after-dir> [--pages detail,dashboard] [--runs 20]`: two
 * unpacked builds of the extension, head to head on the same bench pages, loaded alternately
 * in the same run (stats.mjs `runOrder`), each load traced. Prints, per page, the extension's
 * own script per load and the page's main-thread time for each build, and the paired
 * difference (after minus before) with its 95 % interval. To keep a build:
 * `cp -r .output/chrome-mv3-e2e .output/ab-before` before rebuilding.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchCalendar } from './lib/bench-calendar.mjs';
import { launchBenchChromium, seedExtensionStorage } from './lib/chromium.mjs';
import { mainThreadDelta, openMetrics, waitForScreen } from './lib/metrics.mjs';
import { BENCH_PAGES, startBenchServer } from './lib/server.mjs';
import { pairedComparison, runOrder } from './lib/stats.mjs';
import { attributeLongTasks } from './lib/trace.mjs';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pages: { type: 'string', default: 'detail,dashboard' },
    runs: { type: 'string', default: '20' },
    settle: { type: 'string', default: '1000' },
  },
});
if (positionals.length !== 2) {
  console.error('bench:ab: give two unpacked extension directories, before and after');
  process.exit(2);
}
const dirs = { before: resolve(positionals[0]), after: resolve(positionals[1]) };
const runs = Number(args.runs);
const settleMs = Number(args.settle);
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline'];

/** One traced load: the extension's own script, and the main thread's time. */
async function load(launched, url) {
  const page = await launched.context.newPage();
  try {
    const metrics = await openMetrics(launched.context, page);
    const events = [];
    metrics.cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((done) => metrics.cdp.once('Tracing.tracingComplete', done));
    const before = await metrics.read();
    await metrics.cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES },
      transferMode: 'ReportEvents',
    });
    await page.goto(url, { waitUntil: 'load' });
    await waitForScreen(page);
    await page.waitForTimeout(settleMs);
    await metrics.cdp.send('Tracing.end');
    await complete;
    const after = await metrics.read();
    return {
      ownScriptMs: attributeLongTasks(events).extensionScriptMs,
      taskMs: mainThreadDelta(before, after).taskMs,
    };
  } finally {
    await page.close();
  }
}

const fmt = (v) => (v === null ? 'n/a' : `${v >= 0 ? '+' : ''}${v.toFixed(2)}`);
const range = (i) => (i ? `${fmt(i.low)} to ${fmt(i.high)}` : 'no interval');

const server = await startBenchServer();
const browsers = {
  before: await launchBenchChromium(dirs.before),
  after: await launchBenchChromium(dirs.after),
};
try {
  for (const side of ['before', 'after'])
    await seedExtensionStorage(browsers[side], { calendar: benchCalendar() });
  for (const name of args.pages.split(',')) {
    const url = server.url(BENCH_PAGES[name]);
    const samples = { before: [], after: [] };
    for (const side of ['before', 'after']) await load(browsers[side], url);
    for (let i = 0; i < runs; i++) {
      for (const side of runOrder(['before', 'after'], i))
        samples[side].push(await load(browsers[side], url));
    }
    console.log(
      `${name}, ${runs} pairs (after − before, median of paired differences, 95 % interval)`,
    );
    for (const key of ['ownScriptMs', 'taskMs']) {
      const c = pairedComparison(
        samples.after.map((s) => s[key]),
        samples.before.map((s) => s[key]),
      );
      console.log(
        `  ${key.padEnd(12)} before ${c.without.toFixed(2)}  after ${c.with.toFixed(2)}  ${fmt(c.added)} (${range(c.addedInterval)})`,
      );
    }
  }
} finally {
  await browsers.before.close();
  await browsers.after.close();
  await server.close();
}
