import { formatLongDate } from '../../lib/dates/format';
import type { JudgedRow } from '../../lib/guard/list-verdicts';
import { periodPhrase } from '../../lib/resolution/phrases';
import { verdictLabel } from '../../lib/resolution/verdict-label';

/** "3 selected invoices cannot be exported as they are", the bulk dialog's title. */
export function heldHeadline(held: readonly JudgedRow[]): string {
  return held.length === 1
    ? '1 selected invoice cannot be exported as it is'
    : `${held.length} selected invoices cannot be exported as they are`;
}

/** The bulk dialog's explanation, before the list of invoices. */
export const HELD_EXPLANATION =
  'Intacct refuses an invoice dated in a closed or locked period, and Period Guard cannot vouch for a date it could not read or check. Export the others on their own, or move these dates to the first open day.';

/**
 * The invoices a bulk export was held for (number, date, period, first open day), each as
 * the row shows it, so the user can find and fix them.
 */
export function HeldInvoices({ held }: { held: readonly JudgedRow[] }) {
  return (
    <ul className="pg-held-invoices" aria-label="Invoices held">
      {held.map(({ row, verdict }, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows carry no id of their own
        <li key={i} data-invoice={row.invoiceNumber ?? ''} data-verdict={verdict.kind}>
          <strong>{row.invoiceNumber ?? 'Invoice without a number'}</strong>
          {`: ${verdict.date ? formatLongDate(verdict.date) : row.invoiceDateText || 'no date'}`}
          {` · ${verdictLabel(verdict.kind)}`}
          {verdict.period || verdict.date ? ` · ${periodPhrase(verdict)}` : ''}
          {verdict.firstOpenDay && verdict.firstOpenDay !== verdict.date
            ? ` · first open day ${formatLongDate(verdict.firstOpenDay)}`
            : ''}
        </li>
      ))}
    </ul>
  );
}
