import { useId } from 'react';
import { formatFieldDate } from '../../lib/dates/format';
import type { InvoiceTabState } from '../../lib/popup/read-page-state';
import { reopenRequest } from '../../lib/resolution/reopen-request';
import { resolutionSteps } from '../../lib/resolution/steps';
import { CopyField } from '../CopyField';
import { ResolutionList } from '../ResolutionList';
import { VerdictSummary } from '../VerdictSummary';
import { GuardSees } from './GuardSees';

export interface InvoiceViewProps {
  state: InvoiceTabState;
  /** Write copyable dates day-first, as the user's BuildOps shows them. */
  dayFirst: boolean;
}

/**
 * The popup on a BuildOps invoice, in the order a user acts: the verdict, then the first step
 * with what to copy for it, all on the popup's first screen; the other ways out, the request
 * to the Intacct admin (unless it is the first step) and what the guard read follow, folded
 * under disclosures.
 */
export function InvoiceView({ state, dayFirst }: InvoiceViewProps) {
  const firstId = useId();
  const { verdict, snapshot } = state;
  const steps = resolutionSteps(verdict, snapshot);
  // The best way out that is possible: a step that is not (reopening a locked period) waits
  // among the others, where it says why.
  const first = steps.find((step) => step.possible) ?? steps[0];
  const rest = steps.filter((step) => step !== first);
  const request = reopenRequest(verdict, snapshot, dayFirst);
  const requestField = request ? (
    <CopyField label="Request to reopen the period" value={request} multiline />
  ) : null;
  // The move-date step already offers the day to copy; say it once.
  const openDay =
    verdict.firstOpenDay &&
    verdict.firstOpenDay !== verdict.date &&
    !steps.some((step) => step.date === verdict.firstOpenDay)
      ? verdict.firstOpenDay
      : undefined;

  return (
    <div className="pg-invoice" data-testid="popup-verdict" data-verdict={verdict.kind}>
      <VerdictSummary verdict={verdict} snapshot={snapshot} />
      {first ? (
        <section aria-labelledby={firstId} className="pg-first-step">
          <h2 className="pg-popup-title" id={firstId}>
            First step
          </h2>
          <ResolutionList steps={[first]} dayFirst={dayFirst} />
          {first.id === 'ask-reopen' ? requestField : null}
        </section>
      ) : null}
      {openDay ? (
        <CopyField label="First open day" value={formatFieldDate(openDay, dayFirst)} />
      ) : null}
      {rest.length > 0 ? (
        <details className="pg-more" data-testid="popup-other-steps">
          <summary>
            {rest.length === 1 ? 'One other way out' : `${rest.length} other ways out`}
          </summary>
          <ResolutionList steps={rest} dayFirst={dayFirst} start={2} />
        </details>
      ) : null}
      {requestField && first?.id !== 'ask-reopen' ? (
        <details className="pg-more" data-testid="popup-reopen-request">
          <summary>Request to the Intacct admin</summary>
          {requestField}
        </details>
      ) : null}
      {state.seen ? <GuardSees seen={state.seen} verdict={verdict.kind} /> : null}
    </div>
  );
}
