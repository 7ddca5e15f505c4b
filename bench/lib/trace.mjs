import { waitForScreen } from './metrics.mjs';

/** Categories of DevTools' Performance panel: top-level RunTask events and the script (with its URL) inside them. */
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline'];
/**
 * With this one, a style recalculation or layout that script forced carries the script's
 * stack (`beginData.stackTrace`); one the frame ran carries none. Collecting stacks costs the
 * traced page time, so only the traced runs that look for forced layouts ask for it.
 */
const STACK_CATEGORY = 'disabled-by-default-devtools.timeline.stack';
const LONG_TASK_US = 50_000;
/** The bench loads one extension and nothing else (--disable-extensions-except), so any extension URL is ours. */
const EXTENSION_ORIGIN = 'chrome-extension://';

/**
 * Records a Chromium trace of the renderer while `action` runs. Tracing adds overhead, so
 * traced runs are separate from timed runs: they only say *whose* work a long task was.
 */
async function traceDuring(context, page, action, { stacks = false } = {}) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value) events.push(event);
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: stacks ? [...CATEGORIES, STACK_CATEGORY] : CATEGORIES },
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
 * An event's span in the thread's own time (CPU time, `tts`/`tdur`) when the trace has it,
 * else in wall time. On a busy machine a task's wall time also counts the moments it waited
 * for a core: that is the machine's load, not the code's cost.
 */
function threadSpan(event) {
  return event.tts !== undefined && event.tdur !== undefined
    ? [event.tts, event.tts + event.tdur]
    : [event.ts, event.ts + (event.dur ?? 0)];
}

/**
 * Style recalculations and layouts our script forced: ones run while extension script was on
 * the stack (a read such as `offsetHeight` or `getComputedStyle` after the page or we had
 * changed the DOM). Only traces recorded with stacks can show them.
 */
export function forcedByExtension(events, extensionOrigin = EXTENSION_ORIGIN) {
  return events.filter(
    (e) =>
      (e.name === 'Layout' || e.name === 'UpdateLayoutTree') &&
      (e.args?.beginData?.stackTrace ?? []).some((frame) => frame.url?.startsWith(extensionOrigin)),
  ).length;
}

/**
 * Whose long tasks were they? On each renderer main thread, a top-level task that took
 * ≥ 50 ms of the thread's time counts as the extension's when it ran extension script (a URL
 * under the extension's origin) and would have stayed under 50 ms without it. Also sums all
 * extension script time (thread time) and counts tasks ≥ 50 ms of wall time, for comparison.
 */
export function attributeLongTasks(events, extensionOrigin = EXTENSION_ORIGIN) {
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  const extension = onMain
    .filter((e) => e.name !== 'RunTask' && scriptUrl(e).startsWith(extensionOrigin))
    .map((e) => ({ span: threadSpan(e), thread: `${e.pid}:${e.tid}` }));
  const tasks = onMain
    .filter((e) => e.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const longTasks = [];
  let wallLong = 0;
  let coveredUntil = -Infinity;
  for (const task of tasks) {
    if (task.ts + task.dur <= coveredUntil) continue; // nested inside a task already seen
    coveredUntil = task.ts + task.dur;
    if (task.dur >= LONG_TASK_US) wallLong += 1;
    const [start, end] = threadSpan(task);
    if (end - start < LONG_TASK_US) continue;
    const thread = `${task.pid}:${task.tid}`;
    const inside = extension
      .filter((x) => x.thread === thread && x.span[0] < end && x.span[1] > start)
      .map(({ span }) => [Math.max(span[0], start), Math.min(span[1], end)]);
    const extensionUs = unionLength(inside);
    longTasks.push({
      ms: (end - start) / 1000,
      wallMs: task.dur / 1000,
      extensionMs: extensionUs / 1000,
      fromExtension: extensionUs > 0 && end - start - extensionUs < LONG_TASK_US,
    });
  }
  return {
    longTasks,
    wallLongTasks: wallLong,
    extensionScriptMs: unionLength(extension.map((x) => x.span)) / 1000,
    forcedLayouts: forcedByExtension(events, extensionOrigin),
  };
}

/**
 * A traced page load (load + screen + settle), attributed. With `stacks`, forced layouts are
 * counted too (`forcedLayouts`), at some cost to the timings; without, `forcedLayouts` is
 * null (not looked for).
 */
export async function tracePageLoad(launched, url, { settleMs, stacks = false }) {
  const page = await launched.context.newPage();
  try {
    const events = await traceDuring(
      launched.context,
      page,
      async () => {
        await page.goto(url, { waitUntil: 'load' });
        await waitForScreen(page);
        await page.waitForTimeout(settleMs);
      },
      { stacks },
    );
    const attributed = attributeLongTasks(events);
    return { ...attributed, stacks, forcedLayouts: stacks ? attributed.forcedLayouts : null };
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
    return attributeLongTasks(events);
  } finally {
    await page.close();
  }
}
