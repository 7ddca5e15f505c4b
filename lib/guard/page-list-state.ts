import type { PageList } from '../messages';
import { listSummaryLines } from '../resolution/list-summary-text';
import type { ListState } from './list-guard';

/** Marked invoices the popup is told about; a longer list is cut (its counts stay whole). */
const MAX_MARKED = 500;

/** The list guard's state as the popup's page-state answer carries it, or undefined off a list. */
export function pageListState(state: ListState): PageList | undefined {
  const { summary, marked } = state;
  if (!summary) return undefined;
  return {
    closed: summary.closed,
    closingSoon: summary.closingSoon,
    unverified: summary.unverified,
    lines: listSummaryLines(summary),
    marked: marked.slice(0, MAX_MARKED).map(({ row, verdict }) => ({
      invoiceNumber: row.invoiceNumber?.slice(0, 200),
      date: verdict.date,
      verdict: verdict.kind,
      period: verdict.period?.name.slice(0, 100),
      firstOpenDay: verdict.firstOpenDay,
    })),
  };
}
