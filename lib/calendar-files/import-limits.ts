/*
 * How much one calendar file may hold. A real calendar has a few dozen periods; these limits
 * sit far above any real one and exist so that a wrong or hostile file is refused in
 * milliseconds instead of freezing the settings page (bounded time per input).
 */

/** Periods per file, company and entities together: 40 entities × 10 years × 12 months × AR/GL is 9,600. */
export const MAX_PERIODS = 10_000;

/** Entities per JSON file. */
export const MAX_ENTITIES = 1_000;

/**
 * Values in a JSON file (every object, list, string, number, true, false, null). A calendar
 * of {@link MAX_PERIODS} periods has about 70,000: each period is an object of up to six.
 */
export const MAX_JSON_VALUES = 100_000;

/**
 * Lines of a CSV file, blank ones included. Excel writes a `,,,` line for every formatted but
 * empty row; a sheet formatted far down still stays under this. Past it, splitting the text
 * into lines alone takes seconds.
 */
export const MAX_CSV_LINES = 100_000;

/** Column titles in a CSV header; the format has seven columns. */
export const MAX_CSV_COLUMNS = 50;

/** `n` written the way the messages write counts: 10,000. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
