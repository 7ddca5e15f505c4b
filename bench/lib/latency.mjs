import { CLOSED_DATE, OPEN_DATE, OTHER_CLOSED_DATE } from './bench-calendar.mjs';
import { waitForScreen } from './metrics.mjs';

/** Edits per page after the date appears, alternating open and closed dates. */
const EDITS = [
  [OPEN_DATE, 'open'],
  [OTHER_CLOSED_DATE, 'closed'],
  [OPEN_DATE, 'open'],
  [CLOSED_DATE, 'closed'],
  [OPEN_DATE, 'open'],
  [OTHER_CLOSED_DATE, 'closed'],
];

/** Pause between edits, as between two real edits; lets each verdict settle first. */
const EDIT_GAP_MS = 150;

/**
 * Date → verdict and edit → verdict on one page (with the extension): the invoice dates
 * arrive after the guard has started, then the date is edited a few times. Timings come
 * from the page (bench/pages/verdict-watch.js). `guardMissing` is set when no
 * <period-guard-ui> ever appeared: a build without the guard, not a slow guard.
 */
export async function measureLatency(launched, url, { settleMs, timeoutMs }) {
  const page = await launched.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForScreen(page);
    await page.waitForTimeout(settleMs);
    const appear = await page.evaluate(
      ([date, expected, timeout]) => window.benchLatency.appear(date, expected, timeout),
      [CLOSED_DATE, 'closed', timeoutMs],
    );
    if (appear.ms === null && !appear.host) {
      return { guardMissing: true, appear, edits: [] };
    }
    const edits = [];
    for (const [date, expected] of EDITS) {
      await page.waitForTimeout(EDIT_GAP_MS);
      edits.push(
        await page.evaluate(
          ([d, e, timeout]) => window.benchLatency.edit(d, e, timeout),
          [date, expected, timeoutMs],
        ),
      );
    }
    return { guardMissing: false, appear, edits };
  } finally {
    await page.close();
  }
}
