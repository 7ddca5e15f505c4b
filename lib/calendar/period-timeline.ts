import { fromDayNumber, type IsoDate, isIsoDate, toDayNumber } from './iso-date';
import type { Module, Period, PeriodStatus } from './model';

/**
 * The periods of one set of books flattened, for one module, into sorted stretches that do
 * not overlap, each decided by one period. Built once per periods array and cached, so a
 * verdict is a binary search: the bench asks for a million verdicts a second on a 50-entity,
 * 20-year calendar.
 *
 * Periods arrays are treated as values: the stores replace them on every change. An array
 * edited in place keeps its old timeline (a changed length is noticed, nothing else is).
 */
export interface PeriodTimeline {
  /** First day of each stretch, ascending. */
  readonly starts: readonly IsoDate[];
  /** Last day of each stretch; stretches never overlap, gaps between them are uncovered. */
  readonly ends: readonly IsoDate[];
  /** `starts` and `ends` as day numbers (`isoDayNumber`), for the binary searches below. */
  readonly startDays: Int32Array;
  readonly endDays: Int32Array;
  /** The period deciding each stretch (see {@link decides}). */
  readonly periods: readonly Period[];
  /** For each index, the first open stretch at or after it; -1 when none. One extra entry. */
  readonly nextOpen: Int32Array;
  /** Length of the periods array it was built from, to notice an array edited in place. */
  readonly sourceLength: number;
}

const RANK: Record<PeriodStatus, number> = { open: 0, closed: 1, locked: 2 };

/**
 * Whether a period row binds a transaction posting through `module`: rows without a module
 * bind every module, and GL rows bind every subledger too (closing GL closes them all).
 */
export function periodApplies(period: Period, module: Module): boolean {
  return period.module === undefined || period.module === module || period.module === 'GL';
}

/**
 * Of two periods covering the same day, the one whose status counts: the most restrictive
 * (locked > closed > open). Between two open ones the sooner scheduled close, so a warning
 * is never later than the first module to close; otherwise the earlier row.
 */
function decides(current: Period | undefined, candidate: Period): Period {
  if (current === undefined) return candidate;
  const diff = RANK[candidate.status] - RANK[current.status];
  if (diff !== 0) return diff > 0 ? candidate : current;
  if (candidate.status !== 'open' || candidate.closesOn === undefined) return current;
  return current.closesOn === undefined || candidate.closesOn < current.closesOn
    ? candidate
    : current;
}

function buildTimeline(periods: readonly Period[], module: Module): PeriodTimeline {
  const rows = periods.filter(
    (p) => periodApplies(p, module) && isIsoDate(p.start) && isIsoDate(p.end) && p.end >= p.start,
  );
  const firsts = rows.map((p) => toDayNumber(p.start));
  const lasts = rows.map((p) => toDayNumber(p.end));
  // Every day where some row starts or stops: between two cuts the covering rows are constant.
  const cuts = [...new Set([...firsts, ...lasts.map((d) => d + 1)])].sort((a, b) => a - b);
  const starts: IsoDate[] = [];
  const ends: IsoDate[] = [];
  const startDays: number[] = [];
  const endDays: number[] = [];
  const deciders: Period[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c] as number;
    const to = (cuts[c + 1] as number) - 1;
    let decider: Period | undefined;
    rows.forEach((row, r) => {
      if ((firsts[r] as number) <= from && (lasts[r] as number) >= from) {
        decider = decides(decider, row);
      }
    });
    if (decider === undefined) continue;
    // One period is never split by a gap, so the same decider as the last stretch continues it.
    const last = deciders.length - 1;
    if (last >= 0 && deciders[last] === decider) {
      ends[last] = fromDayNumber(to);
      endDays[last] = to;
    } else {
      starts.push(fromDayNumber(from));
      ends.push(fromDayNumber(to));
      startDays.push(from);
      endDays.push(to);
      deciders.push(decider);
    }
  }
  const nextOpen = new Int32Array(deciders.length + 1).fill(-1);
  for (let i = deciders.length - 1; i >= 0; i--) {
    nextOpen[i] = deciders[i]?.status === 'open' ? i : (nextOpen[i + 1] as number);
  }
  return {
    starts,
    ends,
    startDays: Int32Array.from(startDays),
    endDays: Int32Array.from(endDays),
    periods: deciders,
    nextOpen,
    sourceLength: periods.length,
  };
}

const caches: Record<Module, WeakMap<readonly Period[], PeriodTimeline>> = {
  AR: new WeakMap(),
  GL: new WeakMap(),
};

/** The timeline of `periods` as seen by `module` (AR for invoices), cached per array. */
export function timelineFor(periods: readonly Period[], module: Module = 'AR'): PeriodTimeline {
  const cache = caches[module];
  let timeline = cache.get(periods);
  if (timeline === undefined || timeline.sourceLength !== periods.length) {
    timeline = buildTimeline(periods, module);
    cache.set(periods, timeline);
  }
  return timeline;
}

/**
 * Index of the first stretch that ends on or after the day `day` (an `isoDayNumber`), or
 * `starts.length` when none. The stretch covers the day when it also starts on or before it.
 * Numbers, not date strings: this is the verdict's hot path.
 */
export function stretchAtOrAfter(timeline: PeriodTimeline, day: number): number {
  const ends = timeline.endDays;
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((ends[mid] as number) < day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The period deciding the day `day` (an `isoDayNumber`), or undefined when none covers it. */
export function periodAt(timeline: PeriodTimeline, day: number): Period | undefined {
  const i = stretchAtOrAfter(timeline, day);
  return i < timeline.startDays.length && (timeline.startDays[i] as number) <= day
    ? timeline.periods[i]
    : undefined;
}
