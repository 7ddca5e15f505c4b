import type { ImportProblem } from '../calendar-files/import-problem';
import type { Module, Period } from './model';

/** A period as it sat in an imported file (CSV line or JSON path), to point back at it. */
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
 * The cross-row checks: within one set of books two periods of the same module (no module
 * means every module) may share neither a day nor a name, or a date's verdict would depend on
 * row order. Each clash is reported once, on the later period, in O(n log n).
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
