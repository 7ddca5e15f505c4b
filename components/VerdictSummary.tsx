import { useId } from 'react';
import type { InvoiceSnapshot } from '../lib/calendar/snapshot';
import type { Verdict } from '../lib/calendar/verdict-types';
import { formatDateRange, formatLongDate } from '../lib/dates/format';
import { verdictExplanation } from '../lib/resolution/explanation';
import { verdictHeadline } from '../lib/resolution/headline';
import { verdictPeriodStatusWords } from '../lib/resolution/phrases';

export interface VerdictSummaryProps {
  verdict: Verdict;
  snapshot: InvoiceSnapshot | null;
}

/**
 * The verdict for one invoice as the popup shows it: headline, the reason in sentences, the
 * invoice number, and the facts it rests on (the dates read off the page and the period
 * holding the judged date) folded under a disclosure, so the first step fits the popup's first
 * screen while the user can still check the guard's reading against the invoice.
 */
export function VerdictSummary({ verdict, snapshot }: VerdictSummaryProps) {
  const headingId = useId();
  const rows: [string, string][] = [];
  if (snapshot) {
    rows.push([
      'Invoice date',
      snapshot.invoiceDate
        ? formatLongDate(snapshot.invoiceDate)
        : snapshot.invoiceDateText
          ? `Not readable: “${snapshot.invoiceDateText}”`
          : 'Not found',
    ]);
    if (snapshot.postingDate) rows.push(['Posting date', formatLongDate(snapshot.postingDate)]);
    if (snapshot.originalDate && snapshot.originalDate !== snapshot.invoiceDate) {
      rows.push(['Original date (as synced)', formatLongDate(snapshot.originalDate)]);
    }
    if (snapshot.accountingReferenceId) {
      rows.push(['Accounting Reference ID', snapshot.accountingReferenceId]);
    }
  }
  if (verdict.period) {
    const p = verdict.period;
    rows.push([
      'Period',
      `${p.name}, ${formatDateRange(p.start, p.end)} (${verdictPeriodStatusWords(verdict)})`,
    ]);
  }
  if (verdict.entity) rows.push(['Entity', verdict.entity]);
  if (verdict.firstOpenDay) rows.push(['First open day', formatLongDate(verdict.firstOpenDay)]);

  return (
    <section className="pg-summary" data-verdict={verdict.kind} aria-labelledby={headingId}>
      <h2 className="pg-summary-headline" id={headingId}>
        {verdictHeadline(verdict)}
      </h2>
      {snapshot?.invoiceNumber ? (
        <p className="pg-summary-invoice">
          Invoice <strong>{snapshot.invoiceNumber}</strong>
        </p>
      ) : null}
      <p className="pg-summary-explanation">{verdictExplanation(verdict, snapshot)}</p>
      {rows.length > 0 ? (
        <details className="pg-summary-facts" data-testid="popup-verdict-facts">
          <summary>Dates and period read</summary>
          <dl className="pg-facts">
            {rows.map(([term, value]) => (
              <div className="pg-fact" key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </section>
  );
}
