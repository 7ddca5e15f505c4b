import type { IsoDate } from './iso-date';
import type { Period } from './model';

/** Every verdict the guard can give. Only `open` lets an export through without a question. */
export const VERDICTS = [
  'open',
  'closing-soon',
  'closed',
  'locked',
  'synced-closed',
  'outside-calendar',
  'no-calendar',
  'stale-calendar',
  'unreadable-date',
] as const;
export type VerdictKind = (typeof VERDICTS)[number];

/** Verdicts where the guard cannot vouch for the date either way. */
export const CANNOT_VERIFY: ReadonlySet<VerdictKind> = new Set([
  'outside-calendar',
  'no-calendar',
  'stale-calendar',
  'unreadable-date',
]);

/** The answer for one invoice, with what decided it, so every surface can explain it. */
export interface Verdict {
  kind: VerdictKind;
  /** The date that was judged (the original date for a synced invoice), if one was read. */
  date?: IsoDate;
  /** Which of the snapshot's dates was judged. */
  dateSource?: 'invoice' | 'posting' | 'original';
  /** The period holding the date, when the calendar has one. */
  period?: Period;
  /** The effective last closed day for this invoice (later of AR and GL, entity included). */
  closedThrough?: IsoDate;
  /** The first open day on or after the date; absent when the calendar cannot say. */
  firstOpenDay?: IsoDate;
  /**
   * The scheduled close of the open period holding the date and the days left (0 = today,
   * negative when overdue). Set for `closing-soon`, and for `open` when the period has one.
   */
  closesOn?: IsoDate;
  daysUntilClose?: number;
  /** The entity whose books were used, when an override applied. */
  entity?: string;
}

/** What the verdict needs besides the snapshot and calendar. */
export interface VerdictOptions {
  /** Today's calendar date where the user is (for closing-soon). */
  today: IsoDate;
  /** Warn this many days before a period's scheduled close. */
  closingSoonDays: number;
  /** True when the calendar is older than its maximum age without a good refresh. */
  stale?: boolean;
}
