import type { IsoDate } from '../calendar/iso-date';
import type { VerdictKind } from '../calendar/verdict-types';
import type { ListRow } from '../page/list-reader';
import { type GuardInputs, type GuardVerdict, judgeReading } from './judge-reading';

/** The verdicts a row mark shows: the export would fail, or must happen before a close. */
export const MARKED_VERDICTS: ReadonlySet<VerdictKind> = new Set([
  'closed',
  'locked',
  'closing-soon',
]);
/** The verdicts counted as closed in the summary: Intacct would refuse the invoice. */
export const CLOSED_VERDICTS: ReadonlySet<VerdictKind> = new Set(['closed', 'locked']);
/**
 * The verdicts that hold a bulk export: refused, or not verifiable (the guard never lets an
 * invoice through silently when it cannot vouch for its date). Closing soon passes: exporting
 * before the close is what the warning asks for.
 */
export const HELD_VERDICTS: ReadonlySet<VerdictKind> = new Set([
  'closed',
  'locked',
  'unreadable-date',
  'outside-calendar',
  'stale-calendar',
]);

/** The verdicts whose rows need their number and status read: those marked or held. */
export const DETAILED_VERDICTS: ReadonlySet<VerdictKind> = new Set([
  ...MARKED_VERDICTS,
  ...HELD_VERDICTS,
]);

/** One unsynced row of a list and its verdict. */
export interface JudgedRow {
  row: ListRow;
  verdict: GuardVerdict;
}

/** The verdict of a list row dated `date` (null: unreadable); see {@link createDateJudge}. */
export type DateJudge = (date: IsoDate | null) => GuardVerdict;

/**
 * Judges list rows by their date alone, once per date: a list row says nothing of a synced
 * original date (its snapshot has no sync status), so rows with the same date share a verdict.
 */
export function createDateJudge(inputs: GuardInputs): DateJudge {
  const verdicts = new Map<IsoDate | null, GuardVerdict>();
  return (date) => {
    let verdict = verdicts.get(date);
    if (!verdict) {
      verdict = judgeReading({ isInvoice: true, snapshot: { invoiceDate: date } }, inputs);
      verdicts.set(date, verdict);
    }
    return verdict;
  };
}

/**
 * Judges the unsynced rows of a list as the invoice page would judge each invoice; synced
 * rows are left out (their corrections are made in Intacct, not by export from the list).
 */
export function judgeListRows(rows: readonly ListRow[], judge: DateJudge): JudgedRow[] {
  const judged: JudgedRow[] = [];
  for (const row of rows) {
    if (!row.synced) judged.push({ row, verdict: judge(row.invoiceDate) });
  }
  return judged;
}

/** A period that closes soon and how many unsynced rows are dated in it. */
export interface ClosingPeriod {
  name: string;
  count: number;
  closesOn?: IsoDate;
  daysUntilClose?: number;
}

/** What the list summary says about the rows on screen. */
export interface ListSummary {
  /** Unsynced rows dated in closed or locked periods. */
  closed: number;
  /** Unsynced rows dated in periods that close within the closing-soon days. */
  closingSoon: number;
  /** Unsynced rows whose date could not be read or verified. */
  unverified: number;
  /** The closing-soon periods, soonest close first. */
  closingPeriods: ClosingPeriod[];
}

/** Counts the judged rows for the summary (PRODUCT's "3 invoices here are dated in closed periods"). */
export function summarizeList(judged: readonly JudgedRow[]): ListSummary {
  const summary: ListSummary = { closed: 0, closingSoon: 0, unverified: 0, closingPeriods: [] };
  const periods = new Map<string, ClosingPeriod>();
  for (const { verdict } of judged) {
    if (CLOSED_VERDICTS.has(verdict.kind)) summary.closed++;
    else if (verdict.kind === 'closing-soon') {
      summary.closingSoon++;
      const name = verdict.period?.name ?? verdict.closesOn ?? 'a period';
      const period = periods.get(name) ?? {
        name,
        count: 0,
        closesOn: verdict.closesOn,
        daysUntilClose: verdict.daysUntilClose,
      };
      period.count++;
      periods.set(name, period);
    } else if (HELD_VERDICTS.has(verdict.kind)) summary.unverified++;
  }
  summary.closingPeriods = [...periods.values()].sort(
    (a, b) => (a.daysUntilClose ?? 0) - (b.daysUntilClose ?? 0),
  );
  return summary;
}

/** Worst first: a locked period cannot even be reopened; then what Intacct refuses. */
const SEVERITY: readonly VerdictKind[] = [
  'locked',
  'closed',
  'stale-calendar',
  'unreadable-date',
  'outside-calendar',
];

/** The held rows' worst verdict, which the bulk dialog states. */
export function worstVerdict(held: readonly JudgedRow[]): GuardVerdict | undefined {
  for (const kind of SEVERITY) {
    const found = held.find((h) => h.verdict.kind === kind);
    if (found) return found.verdict;
  }
  return held[0]?.verdict;
}
