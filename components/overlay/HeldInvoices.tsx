import { formatLongDate } from '../../lib/dates/format';
import type { JudgedRow } from '../../lib/guard/list-verdicts';
import { periodPhrase } from '../../lib/resolution/phrases';
import { verdictLabel } from '../../lib/resolution/verdict-label';

/** "2,000", as the list writes its counts. */
const count = (n: number) => n.toLocaleString('en-US');

/**
 * The bulk dialog's title: "3 selected invoices cannot be exported as they are", and how many
 * selected invoices could not be checked at all (never shown on the page).
 */
export function heldHeadline(held: readonly JudgedRow[], unchecked = 0): string {
  const refused =
    held.length === 1
      ? '1 selected invoice cannot be exported as it is'
      : `${count(held.length)} selected invoices cannot be exported as they are`;
  if (unchecked === 0) return refused;
  if (held.length === 0) {
    return unchecked === 1
      ? '1 selected invoice could not be checked'
      : `${count(unchecked)} selected invoices could not be checked`;
  }
  return `${refused}, and ${count(unchecked)} could not be checked`;
}

/** The bulk dialog's explanation, before the list of invoices. */
export const HELD_EXPLANATION =
  'Intacct refuses an invoice dated in a closed or locked period, and Period Guard cannot vouch for a date it could not read or check. Export the others on their own, or move these dates to the first open day.';

/** Why selected invoices that were never on the page hold the export, and what to do. */
export function uncheckedExplanation(unchecked: number): string {
  const one = unchecked === 1;
  return `Period Guard judges only the invoices the list shows on the page: ${count(unchecked)} selected ${one ? 'invoice was' : 'invoices were'} never shown, so it cannot vouch for ${one ? 'its date' : 'their dates'}. Filter the list to the period you are exporting, or select fewer rows so that every one shows, and export again; or open ${one ? 'that invoice' : 'those invoices'} and check ${one ? 'its date' : 'their dates'} first.`;
}

/** The whole explanation for a bulk hold: refused invoices, unchecked ones, or both. */
export function heldExplanation(held: readonly JudgedRow[], unchecked = 0): string {
  if (unchecked === 0) return HELD_EXPLANATION;
  const why = uncheckedExplanation(unchecked);
  return held.length === 0 ? why : `${HELD_EXPLANATION} ${why}`;
}

/**
 * The invoices a bulk export was held for (number, date, period, first open day), each as
 * the row shows it, so the user can find and fix them; then how many selected invoices were
 * never shown to be checked.
 */
export function HeldInvoices({
  held,
  unchecked = 0,
}: {
  held: readonly JudgedRow[];
  unchecked?: number;
}) {
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
      {unchecked > 0 ? (
        <li data-unchecked={unchecked} data-verdict="unreadable-date">
          <strong>
            {held.length === 0 ? count(unchecked) : `${count(unchecked)} more`} selected{' '}
            {unchecked === 1 ? 'invoice' : 'invoices'}
          </strong>
          {': not shown on the page · Not checked'}
        </li>
      ) : null}
    </ul>
  );
}
