import { useId } from 'react';
import { formatLongDate } from '../../lib/dates/format';
import type { PageList } from '../../lib/messages';
import { verdictLabel } from '../../lib/resolution/verdict-label';

/**
 * The popup on a page that lists invoices: the same counts as the list summary on the page,
 * and every invoice it marks (number, date, verdict, period, first open day), so the
 * accountant can work through them from here.
 */
export function ListView({ list }: { list: PageList }) {
  const titleId = useId();
  return (
    <section
      aria-labelledby={titleId}
      data-testid="popup-list"
      data-closed={list.closed}
      data-closing-soon={list.closingSoon}
    >
      <h2 className="pg-popup-title" id={titleId}>
        Invoice list
      </h2>
      <ul className="pg-popup-list-lines">
        {list.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {list.marked.length > 0 ? (
        <>
          <h3 className="pg-popup-subtitle">Marked invoices</h3>
          <ul className="pg-popup-marked">
            {list.marked.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a list may show one number twice
              <li key={i} data-invoice={m.invoiceNumber ?? ''} data-verdict={m.verdict}>
                <strong>{m.invoiceNumber ?? 'Invoice without a number'}</strong>
                {m.date ? `: ${formatLongDate(m.date)}` : ''}
                {` · ${verdictLabel(m.verdict)}`}
                {m.period ? ` · ${m.period}` : ''}
                {m.firstOpenDay && m.firstOpenDay !== m.date
                  ? ` · first open day ${formatLongDate(m.firstOpenDay)}`
                  : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
