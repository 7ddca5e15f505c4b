/**
 * The pure functions the bench times, bundled by bench/lib/pure.mjs as production code before
 * bench/pure.bench.ts imports them. Timed straight from source, every call between two of our
 * modules would go through the test runner's module wrapper (an export getter), which the
 * shipped content script, one bundle, does not have: verdicts measured 2 to 2.5 times slower
 * that way.
 */

export { verdictFor } from '../../lib/calendar/verdict';
export { describeProblem, importCalendarText } from '../../lib/calendar-files/import';
export { readInvoice } from '../../lib/page/read-invoice';
export { defaultSettings } from '../../lib/settings/settings-schema';
