import { waitForScreen } from './metrics.mjs';

/** Categories of DevTools' Performance panel: top-level RunTask events and the script (with its URL) inside them. */
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'v8.execute'];
const LONG_TASK_US = 50_000;
/** The bench loads one extension and nothing else (--disable-extensions-except), so any extension URL is ours. */
const EXTENSION_ORIGIN = 'chrome-extension://';

/**
 * Records a Chromium trace of the renderer while `action` runs. Tracing adds overhead, so
 * traced runs are separate from timed runs: they only say *whose* work a long task was.
 */
async function traceDuring(context, page, action) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value) events.push(event);
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}

function scriptUrl(event) {
  const data = event.args?.data;
  return data?.url ?? data?.scriptName ?? data?.stackTrace?.[0]?.url ?? '';
}

/** Total length of the union of [start, end) intervals. */
function unionLength(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

/**
 * Whose long tasks were they? On each renderer main thread, a top-level task of ≥ 50 ms
 * counts as the extension's when it ran extension script (a URL under the extension's
 * origin) and would have stayed under 50 ms without it. Also sums all extension script time.
 */
export function attributeLongTasks(events, extensionOrigin) {
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  const extension = onMain
    .filter((e) => e.name !== 'RunTask' && scriptUrl(e).startsWith(extensionOrigin))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0), `${e.pid}:${e.tid}`]);
  const tasks = onMain
    .filter((e) => e.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const longTasks = [];
  let coveredUntil = -Infinity;
  for (const task of tasks) {
    const end = task.ts + task.dur;
    if (end <= coveredUntil) continue; // nested inside a task already seen
    coveredUntil = end;
    if (task.dur < LONG_TASK_US) continue;
    const thread = `${task.pid}:${task.tid}`;
    const inside = extension
      .filter(([s, e, t]) => t === thread && s < end && e > task.ts)
      .map(([s, e]) => [Math.max(s, task.ts), Math.min(e, end)]);
    const extensionUs = unionLength(inside);
    longTasks.push({
      durationMs: task.dur / 1000,
      extensionMs: extensionUs / 1000,
      fromExtension: extensionUs > 0 && task.dur - extensionUs < LONG_TASK_US,
    });
  }
  return {
    longTasks,
    extensionScriptMs: unionLength(extension.map(([s, e]) => [s, e])) / 1000,
  };
}

/** A traced page load (load + screen + settle), attributed. */
export async function tracePageLoad(launched, url, { settleMs }) {
  const page = await launched.context.newPage();
  try {
    const events = await traceDuring(launched.context, page, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await waitForScreen(page);
      await page.waitForTimeout(settleMs);
    });
    return attributeLongTasks(events, EXTENSION_ORIGIN);
  } finally {
    await page.close();
  }
}

/** A traced mutation storm window, attributed. */
export async function traceStorm(launched, url, { settleMs, windowMs }) {
  const page = await launched.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForScreen(page);
    await page.waitForTimeout(settleMs);
    const events = await traceDuring(launched.context, page, () =>
      page.evaluate((ms) => window.benchStorm.run(ms), windowMs),
    );
    return attributeLongTasks(events, EXTENSION_ORIGIN);
  } finally {
    await page.close();
  }
}
