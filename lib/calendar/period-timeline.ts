import { isoDateOfDay, isoDayNumber } from './day-number';
import type { IsoDate } from './iso-date';
import type { Module, Period, PeriodStatus } from './model';

/**
 * The periods of one set of books, for one module, flattened into sorted non-overlapping
 * stretches, each decided by one period: built once per periods array, so a verdict is a
 * binary search. Arrays are values (the stores replace them); in-place edits go unnoticed
 * unless the length changes.
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

/**
 * One sweep over the days where some row starts or stops, keeping the rows that cover the
 * current cut: O(n log n), since periods rarely overlap, rather than every row at every cut.
 */
function buildTimeline(periods: readonly Period[], module: Module): PeriodTimeline {
  const rows: Period[] = [];
  const firsts: number[] = [];
  const lasts: number[] = [];
  for (const p of periods) {
    if (!periodApplies(p, module)) continue;
    const first = isoDayNumber(p.start);
    const last = isoDayNumber(p.end);
    // NaN (not a real yyyy-MM-dd date) fails both comparisons.
    if (!(last >= first)) continue;
    rows.push(p);
    firsts.push(first);
    lasts.push(last);
  }
  const byFirst = rows
    .map((_, r) => r)
    .sort((a, b) => (firsts[a] as number) - (firsts[b] as number));
  const cuts = [...new Set([...firsts, ...lasts.map((d) => d + 1)])].sort((a, b) => a - b);

  const startDays: number[] = [];
  const endDays: number[] = [];
  const deciders: Period[] = [];
  /** Indices of the rows covering the current cut, in row order (ties go to the earlier row). */
  let covering: number[] = [];
  let next = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c] as number;
    const to = (cuts[c + 1] as number) - 1;
    covering = covering.filter((r) => (lasts[r] as number) >= from);
    let added = false;
    while (next < byFirst.length && (firsts[byFirst[next] as number] as number) <= from) {
      covering.push(byFirst[next] as number);
      next++;
      added = true;
    }
    if (added) covering.sort((a, b) => a - b);
    let decider: Period | undefined;
    for (const r of covering) decider = decides(decider, rows[r] as Period);
    if (decider === undefined) continue;
    // One period is never split by a gap, so the same decider as the last stretch continues it.
    const last = deciders.length - 1;
    if (last >= 0 && deciders[last] === decider) {
      endDays[last] = to;
    } else {
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
    starts: startDays.map((day) => isoDateOfDay(day)),
    ends: endDays.map((day) => isoDateOfDay(day)),
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
