import { formatFieldDate } from '../../lib/dates/format';
import type { InvoiceTabState } from '../../lib/popup/read-page-state';
import { resolutionSteps } from '../../lib/resolution/steps';
import { CopyField } from '../CopyField';
import { VerdictSummary } from '../VerdictSummary';
import { WaysOut } from '../WaysOut';
import { GuardSees } from './GuardSees';

export interface InvoiceViewProps {
  state: InvoiceTabState;
  /** Write copyable dates day-first, as the user's BuildOps shows them. */
  dayFirst: boolean;
}

/**
 * The popup on a BuildOps invoice: the verdict with the invoice number and the
 * dates read, the ways out ranked for this case, the first open day to copy and, when a
 * closed period is in the way, the request to the Intacct admin, ready to send.
 */
export function InvoiceView({ state, dayFirst }: InvoiceViewProps) {
  const { verdict, snapshot } = state;
  const steps = resolutionSteps(verdict, snapshot);
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
      {openDay ? (
        <CopyField label="First open day" value={formatFieldDate(openDay, dayFirst)} />
      ) : null}
      <WaysOut
        verdict={verdict}
        snapshot={snapshot}
        dayFirst={dayFirst}
        titleClassName="pg-popup-title"
        steps={steps}
      />
      {state.seen ? <GuardSees seen={state.seen} verdict={verdict.kind} /> : null}
    </div>
  );
}
