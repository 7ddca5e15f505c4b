import { benchCalendar } from './bench-calendar.mjs';
import { chromiumVersion, launchBenchChromium, seedExtensionStorage } from './chromium.mjs';
import { measureLatency } from './latency.mjs';
import { measurePageLoad } from './page-load.mjs';
import { BENCH_PAGES, startBenchServer } from './server.mjs';
import { delta, max, median, medianInterval, quantile, ratio } from './stats.mjs';
import { measureStorm } from './storm.mjs';
import { tracePageLoad, traceStorm } from './trace.mjs';

/**
 * Runs `measure` on both browsers, alternating which goes first (so neither always runs
 * on a machine still busy with the other's page), after one discarded warm-up each.
 */
async function alternate(browsers, runs, measure, log) {
  const samples = { with: [], without: [] };
  await measure(browsers.with);
  await measure(browsers.without);
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
    for (const side of order) {
      const sample = await measure(browsers[side]);
      if (side === 'with' && !sample.contentScriptRan) {
        throw new Error(
          'The extension’s content script did not run on the bench page: the numbers would mean nothing.',
        );
      }
      samples[side].push(sample);
    }
    log(`  run ${i + 1}/${runs}`);
  }
  return samples;
}

/**
 * Medians with and without, their ratio, and the added cost as the median of the paired
 * differences (run i with minus run i without): the two runs of a pair are seconds apart,
 * so a machine that gets busier or quieter during the bench moves both alike. The interval
 * says how far that median can be trusted on this machine (stats.mjs `medianInterval`).
 */
function compare(samples, pick) {
  const withValues = samples.with.map(pick);
  const withoutValues = samples.without.map(pick);
  const withMedian = median(withValues);
  const withoutMedian = median(withoutValues);
  const differences = withValues.map((value, i) => delta(value, withoutValues[i] ?? null));
  return {
    with: withMedian,
    without: withoutMedian,
    added: median(differences),
    addedInterval: medianInterval(differences),
    addedOfMedians: delta(withMedian, withoutMedian),
    ratio: ratio(withMedian, withoutMedian),
  };
}

const MB = 1024 * 1024;
const countLong = (sample) => (sample.longTasks === null ? null : sample.longTasks.length);

function summarizeLoads(samples, traces) {
  return {
    taskMs: compare(samples, (s) => s.taskMs),
    scriptMs: compare(samples, (s) => s.scriptMs),
    styleLayoutMs: compare(samples, (s) => s.styleLayoutMs),
    layouts: compare(samples, (s) => s.layouts),
    heapMB: compare(samples, (s) => s.heapBytes / MB),
    longTasks: compare(samples, countLong),
    extensionLongTasks: traces.reduce(
      (n, t) => n + t.longTasks.filter((l) => l.fromExtension).length,
      0,
    ),
    extensionScriptMs: median(traces.map((t) => t.extensionScriptMs)),
    tracedRuns: traces.length,
    nodes: median(samples.without.map((s) => s.nodes)),
    verdict: samples.with.at(-1)?.verdict ?? null,
    overlay: samples.with.every((s) => s.overlay),
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
    extensionLongTasks: traces.reduce(
      (n, t) => n + t.longTasks.filter((l) => l.fromExtension).length,
      0,
    ),
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
 * Everything measured in real Chromium: page loads (detail, list), the mutation storm, the
 * date → verdict latencies (skipped, saying why, when `latencyOff` gives a reason), and traced
 * runs that say whose long tasks were whose.
 */
export async function runBrowserBench({
  extensionDir,
  runs,
  tracedRuns,
  settleMs,
  stormMs,
  log,
  latencyOff = null,
}) {
  const server = await startBenchServer();
  const browsers = {
    with: await launchBenchChromium(extensionDir),
    without: await launchBenchChromium(null),
  };
  try {
    const seeded = await seedExtensionStorage(browsers.with, { calendar: benchCalendar() });
    const url = (page) => server.url(BENCH_PAGES[page]);
    const results = {
      chromium: chromiumVersion(browsers.without),
      extensionDir,
      extensionId: browsers.with.extensionId,
      calendarSeeded: seeded,
      runs,
      settleMs,
    };

    for (const page of ['detail', 'list']) {
      log(`${page} page load, ${runs} runs with and ${runs} without the extension`);
      const samples = await alternate(
        browsers,
        runs,
        (b) => measurePageLoad(b, url(page), { settleMs }),
        log,
      );
      const traces = [];
      for (let i = 0; i < tracedRuns; i++)
        traces.push(await tracePageLoad(browsers.with, url(page), { settleMs }));
      results[page] = { ...summarizeLoads(samples, traces), samples, traces };
    }

    log(`mutation storm (${stormMs} ms), ${runs} runs each`);
    const stormOptions = { settleMs, windowMs: stormMs };
    const stormSamples = await alternate(
      browsers,
      runs,
      (b) => measureStorm(b, url('storm'), stormOptions),
      log,
    );
    const stormTraces = [];
    for (let i = 0; i < tracedRuns; i++)
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
    log(`date → verdict and edit → verdict, ${runs} pages`);
    const latencySamples = [];
    for (let i = 0; i < runs; i++) {
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
    await server.close();
  }
}
