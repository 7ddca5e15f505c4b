import { useId } from 'react';
import type { InvoiceSnapshot } from '../lib/calendar/snapshot';
import type { Verdict } from '../lib/calendar/verdict-types';
import { reopenRequest } from '../lib/resolution/reopen-request';
import { type ResolutionStep, resolutionSteps } from '../lib/resolution/steps';
import { CopyField } from './CopyField';
import { ResolutionList } from './ResolutionList';

export interface WaysOutProps {
  verdict: Verdict;
  snapshot: InvoiceSnapshot | null;
  /** Write copyable dates day-first, as the user's BuildOps shows them. */
  dayFirst: boolean;
  /** Class of the two section headings (each surface sizes its own). */
  titleClassName: string;
  /** Defaults to {@link resolutionSteps} for the verdict. */
  steps?: readonly ResolutionStep[];
}

/**
 * The ways out ranked for this invoice and, when a closed period is in the way, the request to
 * the Intacct admin with its Copy button: the same in the popup and the on-page banner.
 */
export function WaysOut({ verdict, snapshot, dayFirst, titleClassName, steps }: WaysOutProps) {
  const stepsId = useId();
  const requestId = useId();
  const shownSteps = steps ?? resolutionSteps(verdict, snapshot);
  const request = reopenRequest(verdict, snapshot, dayFirst);
  return (
    <>
      {shownSteps.length > 0 ? (
        <section aria-labelledby={stepsId}>
          <h2 className={titleClassName} id={stepsId}>
            What you can do
          </h2>
          <ResolutionList steps={shownSteps} dayFirst={dayFirst} />
        </section>
      ) : null}
      {request ? (
        <section aria-labelledby={requestId}>
          <h2 className={titleClassName} id={requestId}>
            Request to the Intacct admin
          </h2>
          <CopyField label="Request to reopen the period" value={request} multiline />
        </section>
      ) : null}
    </>
  );
}
