import { pathToFileURL } from 'node:url';
import { type TestContext, test } from 'vitest';
import type { VerdictKind } from '../lib/calendar/verdict-types';
import { fixtureHtml, fixtureNames } from '../tests/support/host-pages';
import { bigCalendar, bigCalendarCsv, invoiceSnapshots } from './bench-data';
import { cpuMsPerCall } from './cpu-time';

/*
 * The pure functions the guard runs on the page, timed twice: by vitest bench (tinybench,
 * wall clock) and in CPU time (cpu-time.ts), which a busy machine does not distort; the
 * budgets use the CPU figure. bench/run.mjs reads the JSON report: each benchmark's latency,
 * plus what each test notes in `task.meta.bench` (batch sizes, CPU times, what was read).
 *
 * The functions come from the production bundle of bench/pure/entry.ts that bench/lib/pure.mjs
 * builds and names in PERIOD_GUARD_PURE_BUNDLE: the code as the content script ships it.
 */

const bundle = process.env.PERIOD_GUARD_PURE_BUNDLE;
if (!bundle) throw new Error('run the pure bench through `npm run bench -- --only pure`');
const { defaultSettings, describeProblem, importCalendarText, readInvoice, verdictFor } =
  (await import(/* @vite-ignore */ pathToFileURL(bundle).href)) as typeof import('./pure/entry');

declare module 'vitest' {
  interface TaskMeta {
    bench?: Record<string, unknown>;
  }
}

/** Verdicts per benchmark iteration: one call is too short to time without the timer's cost. */
const VERDICT_BATCH = 1000;

function note(context: TestContext, values: Record<string, unknown>): void {
  context.task.meta.bench = { ...context.task.meta.bench, ...values };
}

test('verdictFor on a 50-entity × 20-year monthly calendar', async (context) => {
  const calendar = bigCalendar(50, 20);
  const snapshots = invoiceSnapshots(VERDICT_BATCH);
  const options = { today: '2026-04-20', closingSoonDays: 5 };
  // The data must reach the verdict's different paths, or the figure flatters the code.
  const kinds = new Map<VerdictKind, number>();
  for (const snapshot of snapshots) {
    const { kind } = verdictFor(snapshot, calendar, options);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  if (kinds.size < 4) throw new Error(`bench data reaches only ${[...kinds.keys()].join(', ')}`);
  const periods =
    calendar.periods.length +
    Object.values(calendar.entities ?? {}).reduce((n, books) => n + books.periods.length, 0);
  note(context, { batch: VERDICT_BATCH, periods, kinds: Object.fromEntries(kinds) });

  let sink = 0;
  const batch = () => {
    for (const snapshot of snapshots) sink += verdictFor(snapshot, calendar, options).kind.length;
  };
  await context.bench('verdictFor', batch).run({ time: 2000 });
  note(context, { cpuMsPerBatch: cpuMsPerCall(batch) });
  if (sink === 0) throw new Error('no verdicts were computed');
});

test('importCalendarText of a 10,000-row CSV', async (context) => {
  const csv = bigCalendarCsv(50, 200);
  const first = importCalendarText(csv, 'calendar.csv');
  if (!first.ok)
    throw new Error(
      `bench CSV refused: ${first.errors.slice(0, 3).map(describeProblem).join('; ')}`,
    );
  const rows = csv.trim().split('\r\n').length - 1;
  note(context, { rows, bytes: csv.length });
  const read = () => importCalendarText(csv, 'calendar.csv');
  await context.bench('importCalendarText', read).run({ time: 3000 });
  note(context, { cpuMs: cpuMsPerCall(read, 9, 1) });
});

/** The fixture pages as a browser sees them (shared markup written in). */
const fixturePages = fixtureNames();

test('readInvoice on each fixture page shape', async (context) => {
  if (fixturePages.length === 0) throw new Error('no fixture pages in tests/fixtures/*.html');
  const settings = defaultSettings();
  const shapes: Record<string, unknown> = {};
  for (const file of fixturePages) {
    const name = file.slice(0, -'.html'.length);
    const page = new DOMParser().parseFromString(fixtureHtml(file), 'text/html');
    const reading = readInvoice(page.body, settings);
    const read = () => readInvoice(page.body, settings);
    await context.bench(`readInvoice ${name}`, read).run({ time: 300 });
    shapes[name] = {
      isInvoice: reading.isInvoice,
      invoiceDate: reading.snapshot.invoiceDate,
      cpuMs: cpuMsPerCall(read, 9, 20),
    };
  }
  note(context, { shapes });
});
