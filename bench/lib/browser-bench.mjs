import { benchCalendar } from './bench-calendar.mjs';
import { chromiumVersion, launchBenchChromium, seedExtensionStorage } from './chromium.mjs';
import { measureLatency } from './latency.mjs';
import { measureMarks, measurePageLoad } from './page-load.mjs';
import { BENCH_PAGES, startBenchServer } from './server.mjs';
import { max, median, pairedComparison, quantile, runOrder, summarize } from './stats.mjs';
import { measureStorm } from './storm.mjs';
import { tracePageLoad, traceStorm } from './trace.mjs';

/**
 * Runs `measure` on each side's browser in turn, the order changing run by run
 * (stats.mjs `runOrder`), after one discarded warm-up each: the loads of one run are seconds
 * apart, so they meet the same machine load, and none always runs right after another.
 */
async function alternate(browsers, sides, runs, measure, log) {
  const samples = Object.fromEntries(sides.map((side) => [side, []]));
  for (const side of sides) await measure(browsers[side], side);
  for (let i = 0; i < runs; i++) {
    for (const side of runOrder(sides, i)) {
      const sample = await measure(browsers[side], side);
      if (side !== 'without' && !sample.contentScriptRan) {
        throw new Error(
          `The ${side} extension’s content script did not run on the bench page: the numbers would mean nothing.`,
        );
      }
      samples[side].push(sample);
    }
    log(`  run ${i + 1}/${runs}`);
  }
  return samples;
}

/** One measure of two sides' samples, paired run by run (stats.mjs `pairedComparison`). */
function compare(samples, pick, [a, b] = ['with', 'without']) {
  return pairedComparison(samples[a].map(pick), samples[b].map(pick));
}

const MB = 1024 * 1024;
const countLong = (sample) => (sample.longTasks === null ? null : sample.longTasks.length);
const countExtensionLong = (traces) =>
  traces.reduce((n, t) => n + t.longTasks.filter((l) => l.fromExtension).length, 0);

/**
 * Row marks on a list page, from the loads with the guard: how many rows carried the right
 * mark once the page had settled, and how long rows that appeared later (next page, scroll)
 * waited for theirs. `available` is false when the build marks no rows.
 */
function summarizeMarks(samples, marksBuilt) {
  const atLoad = samples.map((s) => s.marks?.atLoad).filter(Boolean);
  const last = atLoad.at(-1) ?? null;
  if (!marksBuilt) {
    return { available: false, reason: 'this build draws no row marks', atLoad: last };
  }
  const changes = samples.map((s) => s.marks?.afterChange).filter(Boolean);
  const ms = changes.map((c) => c.ms);
  return {
    available: true,
    atLoad: last,
    completeAtLoad: atLoad.filter((m) => m.expected > 0 && m.right === m.expected && m.wrong === 0)
      .length,
    loads: atLoad.length,
    afterChange: { ...summarize(ms), max: max(ms), misses: ms.filter((v) => v === null).length },
  };
}

function summarizeLoads(samples, traces, { floor, marksBuilt }) {
  const timed = traces.filter((t) => !t.stacks);
  const stacked = traces.filter((t) => t.stacks);
  return {
    taskMs: compare(samples, (s) => s.taskMs),
    scriptMs: compare(samples, (s) => s.scriptMs),
    styleLayoutMs: compare(samples, (s) => s.styleLayoutMs),
    layouts: compare(samples, (s) => s.layouts),
    heapMB: compare(samples, (s) => s.heapBytes / MB),
    longTasks: compare(samples, countLong),
    // The guard against the banner floor, loaded in the same runs.
    overFloor: floor
      ? {
          taskMs: compare(samples, (s) => s.taskMs, ['with', 'floor']),
          scriptMs: compare(samples, (s) => s.scriptMs, ['with', 'floor']),
          floorTaskMs: compare(samples, (s) => s.taskMs, ['floor', 'without']),
        }
      : null,
    extensionLongTasks: countExtensionLong(traces),
    extensionScript: summarize(timed.map((t) => t.extensionScriptMs)),
    extensionScriptMs: median(timed.map((t) => t.extensionScriptMs)),
    forcedLayouts: stacked.length ? stacked.reduce((n, t) => n + t.forcedLayouts, 0) : null,
    tracedRuns: traces.length,
    scriptTracedRuns: timed.length,
    stackTracedRuns: stacked.length,
    nodes: median(samples.without.map((s) => s.nodes)),
    verdict: samples.with.at(-1)?.verdict ?? null,
    overlay: samples.with.every((s) => s.overlay),
    marks: samples.with.some((s) => s.marks) ? summarizeMarks(samples.with, marksBuilt) : null,
  };
}

function summarizeStorm(samples, traces) {
  const share = compare(samples, (s) => s.busyShare);
  return {
    taskMs: compare(samples, (s) => s.taskMs),
    busyShare: share,
    addedShare: share.added,
    windowMs: median(samples.with.map((s) => s.windowMs)),
    frames: compare(samples, (s) => s.frames),
    longTasks: compare(samples, countLong),
    extensionLongTasks: countExtensionLong(traces),
    extensionScriptMs: median(traces.map((t) => t.extensionScriptMs)),
    tracedRuns: traces.length,
    verdict: samples.with.at(-1)?.verdict ?? null,
  };
}

function summarizeLatency(samples) {
  if (samples.some((s) => s.guardMissing)) {
    return {
      available: false,
      reason: 'no <period-guard-ui> appeared on the page: this build has no guard overlay yet',
    };
  }
  const appear = samples.map((s) => s.appear.ms);
  const edits = samples.flatMap((s) => s.edits.map((e) => e.ms));
  const misses = [...samples.map((s) => s.appear), ...samples.flatMap((s) => s.edits)].filter(
    (r) => r.ms === null,
  );
  return {
    available: true,
    appear: {
      median: median(appear),
      p90: quantile(appear, 0.9),
      max: max(appear),
      n: appear.length,
    },
    edit: { median: median(edits), p90: quantile(edits, 0.9), max: max(edits), n: edits.length },
    misses: misses.length,
    missDetails: misses.slice(0, 5),
  };
}

/**
 * The page loads the bench measures. `floor`: also loaded with the banner floor, in the same
 * runs; `marks`: a list whose rows the guard marks. The pages with no invoice are there for
 * what the guard costs when it has nothing to do.
 */
export const LOAD_PAGES = [
  { page: 'detail', title: 'Invoice detail', floor: true },
  { page: 'list', title: 'Invoice list, 2,000 rows in a <table>', marks: true },
  { page: 'grid', title: 'Invoice list, 2,000 rows in a virtualised ARIA grid', marks: true },
  { page: 'dashboard', title: 'Dashboard (no invoice)' },
  { page: 'customers', title: 'Customer list, 500 rows, no date column' },
];

/** Traced runs per page that look for forced layouts (stacks on; their script times are left out). */
const STACK_TRACED_RUNS = 2;
/** Traced runs of the storm, to attribute long tasks. */
const STORM_TRACED_RUNS = 3;

/**
 * Everything measured in real Chromium: page loads (each page of `LOAD_PAGES`, with and
 * without the extension, and the invoice page also with the banner floor when `floorDir` is
 * given), traced loads for the extension's own script, its long tasks and forced layouts, row
 * marks on the lists, the mutation storm, and the date → verdict latencies (skipped, saying
 * why, when `latencyOff` gives a reason). The invoice page gets `runs` runs and `tracedRuns`
 * traced runs; the other pages and the storm half as many of each.
 */
export async function runBrowserBench({
  extensionDir,
  floorDir = null,
  marksBuilt = false,
  runs,
  tracedRuns,
  settleMs,
  stormMs,
  log,
  latencyOff = null,
  pages = LOAD_PAGES.map((p) => p.page),
}) {
  const server = await startBenchServer();
  const browsers = {
    with: await launchBenchChromium(extensionDir),
    without: await launchBenchChromium(null),
    floor: floorDir ? await launchBenchChromium(floorDir) : null,
  };
  try {
    const seeded = await seedExtensionStorage(browsers.with, { calendar: benchCalendar() });
    if (browsers.floor) await seedExtensionStorage(browsers.floor, { calendar: benchCalendar() });
    const url = (page) => server.url(BENCH_PAGES[page]);
    const results = {
      chromium: chromiumVersion(browsers.without),
      extensionDir,
      floorDir,
      extensionId: browsers.with.extensionId,
      calendarSeeded: seeded,
      marksBuilt,
      runs,
      settleMs,
      pages: [],
    };

    for (const { page, title, floor, marks } of LOAD_PAGES) {
      if (!pages.includes(page)) continue;
      const main = page === 'detail';
      const pageRuns = main ? runs : Math.ceil(runs / 2);
      const pageTraced = main ? tracedRuns : Math.ceil(tracedRuns / 2);
      const sides = floor && browsers.floor ? ['with', 'floor', 'without'] : ['with', 'without'];
      log(`${page} page load, ${pageRuns} runs each: ${sides.join(', ')}`);
      const samples = await alternate(
        browsers,
        sides,
        pageRuns,
        async (b, side) => {
          const sample = await measurePageLoad(b, url(page), {
            settleMs,
            // Row marks are looked at with the guard only, after the timings are read.
            afterTimings: marks && side === 'with' ? (p) => measureMarks(p, marksBuilt) : null,
          });
          return sample;
        },
        log,
      );
      log(`  ${pageTraced} traced loads, and ${STACK_TRACED_RUNS} with stacks`);
      const traces = [];
      for (let i = 0; i < pageTraced + STACK_TRACED_RUNS; i++) {
        const stacks = i >= pageTraced;
        traces.push(await tracePageLoad(browsers.with, url(page), { settleMs, stacks }));
      }
      results[page] = {
        title,
        ...summarizeLoads(samples, traces, { floor: sides.includes('floor'), marksBuilt }),
        runs: pageRuns,
        samples,
        traces,
      };
      results.pages.push(page);
    }
    if (browsers.floor) {
      await browsers.floor.close();
      browsers.floor = null;
    }

    log(`mutation storm (${stormMs} ms), ${Math.ceil(runs / 2)} runs each`);
    const stormOptions = { settleMs, windowMs: stormMs };
    const stormSamples = await alternate(
      browsers,
      ['with', 'without'],
      Math.ceil(runs / 2),
      (b) => measureStorm(b, url('storm'), stormOptions),
      log,
    );
    const stormTraces = [];
    for (let i = 0; i < STORM_TRACED_RUNS; i++)
      stormTraces.push(await traceStorm(browsers.with, url('storm'), stormOptions));
    results.storm = {
      ...summarizeStorm(stormSamples, stormTraces),
      samples: stormSamples,
      traces: stormTraces,
    };

    if (latencyOff) {
      results.latency = { available: false, reason: latencyOff };
      return results;
    }
    log(`date → verdict and edit → verdict, 10 pages`);
    const latencySamples = [];
    for (let i = 0; i < 10; i++) {
      const sample = await measureLatency(browsers.with, url('late'), {
        settleMs,
        timeoutMs: 2000,
      });
      latencySamples.push(sample);
      if (sample.guardMissing) break;
    }
    results.latency = { ...summarizeLatency(latencySamples), samples: latencySamples };
    return results;
  } finally {
    await browsers.with.close();
    await browsers.without.close();
    await browsers.floor?.close();
    await server.close();
  }
}
