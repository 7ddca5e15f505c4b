import type { ImportProblem } from './import-problem';
import type { Module, Period } from './model';

/**
 * A period as it sat in an imported file, with what is needed to point back at it. The CSV
 * and JSON readers describe places differently (a line and a column title, or a JSON path);
 * the checks here do not care which.
 */
export interface PlacedPeriod {
  period: Period;
  /** The entity whose books hold the period; `undefined` for the company's own books. */
  entity: string | undefined;
  /** The CSV line of the period, when the file has lines worth naming. */
  line?: number;
  /** The field name the user would recognise: "Start Date" or "periods[3].start". */
  fieldName: (field: 'name' | 'start') => string;
  /** How another problem refers to this period: "line 3" or "periods[2]". */
  place: string;
}

/**
 * The checks the schema cannot make because they span rows: within one entity's books (or
 * the company's), two periods may not share a day and may not share a name, unless one is
 * for AR and the other for GL. A period without a module holds for every module, so it
 * clashes with any other. Without these checks a date could fall in two periods and the
 * verdict would depend on row order.
 *
 * Each clash is reported once, on the period that starts later, naming the other one. Runs in
 * O(n log n) so a 10,000-row file stays fast even when every row clashes.
 */
export function findPeriodClashes(periods: readonly PlacedPeriod[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const books of groupByEntity(periods)) {
    // Not push(...list): spreading 100,000 clashes overflows the stack.
    for (const problem of findOverlaps(books)) problems.push(problem);
    for (const problem of findDuplicateNames(books)) problems.push(problem);
  }
  return problems;
}

function groupByEntity(periods: readonly PlacedPeriod[]): PlacedPeriod[][] {
  const groups = new Map<string | undefined, PlacedPeriod[]>();
  for (const placed of periods) {
    const group = groups.get(placed.entity);
    if (group) group.push(placed);
    else groups.set(placed.entity, [placed]);
  }
  return [...groups.values()];
}

/** The lanes a period of `module` competes in; a period without module is in all of them. */
type Lane = 'all' | Module;
const CLASHING_LANES: Readonly<Record<Lane, readonly Lane[]>> = {
  all: ['all', 'AR', 'GL'],
  AR: ['all', 'AR'],
  GL: ['all', 'GL'],
};
function laneOf(period: Period): Lane {
  return period.module ?? 'all';
}

/**
 * Sweep in start order, keeping per lane the period that reaches furthest. A period overlaps
 * an earlier one exactly when it starts on or before that furthest end.
 */
function findOverlaps(books: PlacedPeriod[]): ImportProblem[] {
  const byStart = [...books].sort(
    (a, b) => compare(a.period.start, b.period.start) || compare(a.period.end, b.period.end),
  );
  const furthest = new Map<Lane, PlacedPeriod>();
  const problems: ImportProblem[] = [];
  for (const current of byStart) {
    for (const lane of CLASHING_LANES[laneOf(current.period)]) {
      const earlier = furthest.get(lane);
      if (earlier && current.period.start <= earlier.period.end) {
        problems.push({
          line: current.line,
          field: current.fieldName('start'),
          message: `shares days with ${describePeriod(earlier)}; periods may only overlap when one is for AR and the other for GL`,
        });
      }
    }
    const ownLane = laneOf(current.period);
    const held = furthest.get(ownLane);
    if (!held || current.period.end > held.period.end) furthest.set(ownLane, current);
  }
  return problems;
}

/** Names are compared without case: "JAN 2026" and "Jan 2026" read as the same period. */
function findDuplicateNames(books: PlacedPeriod[]): ImportProblem[] {
  /** Per name, the first period holding it in each lane. */
  const firstByName = new Map<string, Map<Lane, PlacedPeriod>>();
  const problems: ImportProblem[] = [];
  for (const current of books) {
    const key = current.period.name.trim().toLowerCase();
    const holders = firstByName.get(key) ?? new Map<Lane, PlacedPeriod>();
    let clash: PlacedPeriod | undefined;
    for (const lane of CLASHING_LANES[laneOf(current.period)]) clash ??= holders.get(lane);
    if (clash) {
      problems.push({
        line: current.line,
        field: current.fieldName('name'),
        message: `the name "${current.period.name}" is already used (${clash.place}); give each period its own name`,
      });
    }
    const ownLane = laneOf(current.period);
    if (!holders.has(ownLane)) holders.set(ownLane, current);
    firstByName.set(key, holders);
  }
  return problems;
}

function describePeriod(placed: PlacedPeriod): string {
  const { name, start, end, module } = placed.period;
  const forModule = module ? `, ${module}` : '';
  return `"${name}" (${placed.place}, ${start} to ${end}${forModule})`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
