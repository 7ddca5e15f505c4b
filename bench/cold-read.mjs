#!/usr/bin/env node
/**
 * `npm run bench:cold-read -- [page] [--runs N] [--save NAME] [--compare NAME]`: how long the
 * guard's page reader takes on a bench page the first time (cold) and after (warm), without
 * the noise of whole page loads. The reader (lib/page/read-invoice.ts) is bundled alone and
 * evaluated in a fresh isolated world of the loaded page, as a content script is, `--runs`
 * times (15). Prints medians with their 95 % intervals.
 *
 * `--save NAME` keeps this build of the reader (bench-results/cold-read-NAME.js);
 * `--compare NAME` measures a saved build beside this one on the same page loads, in random
 * order, and prints the paired difference: run `--save before` on the old revision, then
 * `--compare before` on the new one.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { bundleScript } from './lib/bundle-script.mjs';
import { CHROMIUM_PATH } from './lib/chromium.mjs';
import { BENCH_PAGES, startBenchServer } from './lib/server.mjs';
import { median, medianInterval } from './lib/stats.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench-results');
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '15' },
    save: { type: 'string' },
    compare: { type: 'string' },
  },
});
const pageName = positionals[0] ?? 'detail';
const runs = Number(args.runs);
if (!BENCH_PAGES[pageName] || !Number.isInteger(runs) || runs < 1) {
  console.error(`usage: bench:cold-read [${Object.keys(BENCH_PAGES).join('|')}] [--runs N]`);
  process.exit(2);
}
const savedPath = (name) => join(RESULTS, `cold-read-${name}.js`);
if (args.compare && !existsSync(savedPath(args.compare))) {
  console.error(`bench:cold-read: nothing saved as "${args.compare}" (run with --save first)`);
  process.exit(2);
}

const current = await bundleScript({
  root: ROOT,
  entry: join(ROOT, 'bench/cold-read/entry.ts'),
  outDir: join(ROOT, '.output/bench-cold-read'),
  fileName: 'reader.js',
  globalName: 'periodGuardColdReadBundle',
});
if (args.save) {
  mkdirSync(RESULTS, { recursive: true });
  copyFileSync(current, savedPath(args.save));
}
const builds = [{ name: 'this tree', source: readFileSync(current, 'utf8') }];
if (args.compare) {
  builds.unshift({ name: args.compare, source: readFileSync(savedPath(args.compare), 'utf8') });
}

const server = await startBenchServer();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
const samples = builds.map(() => ({ cold: [], warm: [] }));
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.goto(server.url(BENCH_PAGES[pageName]));
    await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true');
    await page.waitForTimeout(300);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const order = builds.map((_, i) => i).sort(() => Math.random() - 0.5);
    for (const i of order) {
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: `period-guard-cold-read-${run}-${i}`,
      });
      const evaluate = async (expression) => {
        const answer = await cdp.send('Runtime.evaluate', {
          expression,
          contextId: executionContextId,
          returnByValue: true,
        });
        if (answer.exceptionDetails) throw new Error(answer.exceptionDetails.text);
        return answer.result.value;
      };
      await evaluate(builds[i].source);
      samples[i].cold.push((await evaluate('periodGuardColdRead()')).ms);
      samples[i].warm.push((await evaluate('periodGuardColdRead()')).ms);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const show = (values) => {
  const interval = medianInterval(values);
  const range = interval ? ` (${interval.low.toFixed(1)}…${interval.high.toFixed(1)})` : '';
  return `${median(values).toFixed(1)} ms${range}`;
};
console.log(`Reader on the ${pageName} page, ${runs} loads, medians (95 % interval):`);
builds.forEach((build, i) => {
  console.log(
    `  ${build.name.padEnd(12)} cold ${show(samples[i].cold)}, warm ${show(samples[i].warm)}`,
  );
});
if (args.compare) {
  const paired = samples[1].cold.map((ms, run) => ms - samples[0].cold[run]);
  console.log(`  cold, this tree minus ${args.compare}, paired: ${show(paired)}`);
}
