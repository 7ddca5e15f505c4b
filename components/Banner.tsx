import type { InvoiceSnapshot } from '../lib/calendar/snapshot';
import type { Verdict, VerdictKind } from '../lib/calendar/verdict-types';
import { formatLongDate } from '../lib/dates/format';
import { verdictExplanation } from '../lib/resolution/explanation';
import { verdictHeadline } from '../lib/resolution/headline';

export interface BannerProps {
  verdict: Verdict;
  snapshot: InvoiceSnapshot | null;
  /** Opens the resolution steps (the popup or the dialog); no button when absent. */
  onShowSteps?: () => void;
}

/** Verdicts where the export will be refused: announced assertively. */
const REFUSED: ReadonlySet<VerdictKind> = new Set(['closed', 'locked', 'synced-closed']);

const STATUS_WORDS = { open: 'open', closed: 'closed', locked: 'closed and locked' } as const;

/**
 * The on-page banner (PRODUCT.md §4, §7): which date was read, which period holds it, why that
 * matters and the first open day. Always rendered with `data-verdict` so tests and QA can read
 * the verdict (and `data-invoice` / `data-date`: what it was judged on); hidden for `open`, where there is nothing to say. A refusal is an `alert`,
 * warnings and cannot-verify verdicts a polite `status`.
 */
export function Banner({ verdict, snapshot, onShowSteps }: BannerProps) {
  const open = verdict.kind === 'open';
  const dateRead = verdict.date
    ? formatLongDate(verdict.date)
    : snapshot?.invoiceDateText
      ? `“${snapshot.invoiceDateText}” (not readable)`
      : undefined;
  const tone = REFUSED.has(verdict.kind)
    ? 'refused'
    : verdict.kind === 'closing-soon'
      ? 'warning'
      : 'unverified';

  return (
    <div
      className="pg-banner"
      data-testid="pg-banner"
      data-verdict={verdict.kind}
      // Which invoice and date the verdict is about, so QA can tell a stale banner from a
      // fresh one after in-app navigation (absent when the page shows none).
      data-invoice={snapshot?.invoiceNumber}
      data-date={verdict.date}
      data-tone={open ? 'open' : tone}
      role={REFUSED.has(verdict.kind) ? 'alert' : 'status'}
      hidden={open}
    >
      <p className="pg-banner-title">
        <span className="pg-banner-brand">Period Guard</span> {verdictHeadline(verdict)}
      </p>
      {open ? null : (
        <>
          <p className="pg-banner-why">{verdictExplanation(verdict, snapshot)}</p>
          <dl className="pg-facts pg-facts--inline">
            {dateRead ? (
              <div className="pg-fact">
                <dt>Date read</dt>
                <dd>{dateRead}</dd>
              </div>
            ) : null}
            {verdict.period ? (
              <div className="pg-fact">
                <dt>Period</dt>
                <dd>
                  {verdict.period.name} ({STATUS_WORDS[verdict.period.status]})
                </dd>
              </div>
            ) : null}
            {/* Only a day other than the one read: for an open date it would just repeat it. */}
            {verdict.firstOpenDay && verdict.firstOpenDay !== verdict.date ? (
              <div className="pg-fact">
                <dt>First open day</dt>
                <dd>{formatLongDate(verdict.firstOpenDay)}</dd>
              </div>
            ) : null}
          </dl>
          {onShowSteps ? (
            <button type="button" className="pg-button pg-button--small" onClick={onShowSteps}>
              What can I do?
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
