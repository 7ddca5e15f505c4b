#!/usr/bin/env node
/**
 * `npm run bench:profile -- <page> [--change]` (detail, list, grid, dashboard, customers, storm,
 * late; `--change` profiles a list's next page or scroll instead of the load):
 * where does the extension spend the page's main thread? Builds an unminified e2e build (.output/profile-chrome-mv3), loads one
 * bench page in headless Chromium with a V8 CPU profile running, writes the profile to
 * bench-results/<page>.cpuprofile (open it in Chrome DevTools → Performance) and prints the
 * extension's functions by self time and by total time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'wxt';
import { benchCalendar } from './lib/bench-calendar.mjs';
import { launchBenchChromium, seedExtensionStorage } from './lib/chromium.mjs';
import { waitForScreen } from './lib/metrics.mjs';
import { BENCH_PAGES, startBenchServer } from './lib/server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const PROFILE_BUILD = join(ROOT, '.output/profile-chrome-mv3');
const page = process.argv[2] ?? 'detail';
// `--change`: profile the list's next page (or the grid's scroll) instead of the load.
const change = process.argv.includes('--change');
if (!BENCH_PAGES[page]) {
  console.error(`bench:profile: unknown page "${page}" (${Object.keys(BENCH_PAGES).join(', ')})`);
  process.exit(2);
}

async function buildUnminified() {
  process.env.NODE_ENV = 'production';
  await build({
    root: ROOT,
    mode: 'e2e',
    outDirTemplate: 'profile-{{browser}}-mv{{manifestVersion}}',
    vite: () => ({ build: { minify: false } }),
  });
}

/** The profiler's sampling interval, µs. */
const SAMPLING_US = 100;

/**
 * Self and total time per extension function (by name and line), from the profile's samples.
 * Each sample counts one sampling interval. The samples' own time stamps are not used: on this
 * project's 2-core VM the sampler thread is often starved, and a sample followed by a stall of
 * several milliseconds would charge the whole stall to whatever function it caught (a first
 * `runtime.sendMessage` once showed 7.9 ms that way, 0.4 ms by count). The clock-weighted total
 * is still printed beside it, as an upper bound.
 */
function extensionFunctions(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const ours = (node) => node.callFrame.url.startsWith('chrome-extension://');
  const key = (node) =>
    `${node.callFrame.functionName || '(anonymous)'} :${node.callFrame.lineNumber + 1}`;
  const self = new Map();
  const total = new Map();
  const ms = SAMPLING_US / 1000;
  let extensionMs = 0;
  let extensionClockMs = 0;
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    let node = byId.get(id);
    if (ours(node)) self.set(key(node), (self.get(key(node)) ?? 0) + ms);
    const seen = new Set();
    let inExtension = false;
    while (node) {
      if (ours(node)) {
        inExtension = true;
        const k = key(node);
        if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + ms);
        seen.add(k);
      }
      node = byId.get(parent.get(node.id));
    }
    if (inExtension) {
      extensionMs += ms;
      extensionClockMs += (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    }
  });
  const top = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${name}`)
      .join('\n');
  return { extensionMs, extensionClockMs, self: top(self), total: top(total) };
}

await buildUnminified();
const server = await startBenchServer();
const browser = await launchBenchChromium(PROFILE_BUILD);
try {
  await seedExtensionStorage(browser, { calendar: benchCalendar() });
  // One discarded load first, as the bench does: a fresh browser answers the first storage
  // reads slowly (managed policy, the storage backend), and the guard's reads would then fall
  // outside the profiled window.
  const warmUp = await browser.context.newPage();
  await warmUp.goto(server.url(BENCH_PAGES[page]), { waitUntil: 'load' });
  await waitForScreen(warmUp);
  await warmUp.waitForTimeout(3000);
  await warmUp.close();
  const tab = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  if (!change) await cdp.send('Profiler.start');
  await tab.goto(server.url(BENCH_PAGES[page]), { waitUntil: 'load' });
  await waitForScreen(tab);
  await tab.waitForTimeout(1500);
  if (page === 'storm') await tab.evaluate(() => window.benchStorm.run(5000));
  if (change) {
    await cdp.send('Profiler.start');
    const marks = await tab.evaluate(() => window.benchMarks.afterChange(5000));
    await tab.waitForTimeout(500);
    console.log(`Rows that appeared → their marks: ${JSON.stringify(marks)}`);
  }
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const file = join(ROOT, `bench-results/${page}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const report = extensionFunctions(profile);
  console.log(
    `Extension script on the ${page} page: ${report.extensionMs.toFixed(1)} ms by sample count ` +
      `(${report.extensionClockMs.toFixed(1)} ms by the samples' clock, which also counts the ` +
      `sampler's stalls)`,
  );
  console.log(
    `\nBy self time:\n${report.self}\n\nBy total time:\n${report.total}\n\nProfile: ${file}`,
  );
} finally {
  await browser.close();
  await server.close();
}
