import { useId, useState } from 'react';
import type { IsoDate } from '../../lib/calendar/iso-date';
import type { Calendar } from '../../lib/calendar/model';
import { checkDate } from '../../lib/calendar/verdict';
import { verdictExplanation } from '../../lib/resolution/explanation';
import { verdictHeadline } from '../../lib/resolution/headline';
import { resolutionSteps } from '../../lib/resolution/steps';
import { PopupSection } from './PopupSection';

export interface DateCheckerProps {
  calendar: Calendar | null;
  today: IsoDate;
  closingSoonDays: number;
  /** The team calendar is past its maximum age: every date is 'stale-calendar', as on the page. */
  stale?: boolean;
}

/**
 * "Would Intacct take an invoice dated …?": a date field that answers as
 * soon as a whole date is in it, no Enter needed, in the same words as the banner and dialog.
 * The answer is a polite live region, so it is read out when it changes.
 */
export function DateChecker({ calendar, today, closingSoonDays, stale = false }: DateCheckerProps) {
  const inputId = useId();
  const [date, setDate] = useState('');
  // A half-typed date reads as '' in a date input: no answer until the date is whole.
  const verdict = date === '' ? null : checkDate(date, calendar, { today, closingSoonDays, stale });
  // The best way out, as the banner ranks it for an invoice not yet synced.
  const firstStep = verdict ? resolutionSteps(verdict, null)[0] : undefined;

  return (
    <PopupSection className="pg-check-date" title="Check a date">
      <div className="pg-field">
        <label htmlFor={inputId}>Invoice date to check</label>
        <input
          id={inputId}
          type="date"
          className="pg-input"
          data-testid="popup-check-date-input"
          value={date}
          onChange={(event) => setDate(event.currentTarget.value)}
        />
      </div>
      <div
        className="pg-check-result"
        data-testid="popup-check-date-result"
        data-verdict={verdict?.kind}
        role="status"
      >
        {verdict ? (
          <>
            <p className="pg-check-headline">{verdictHeadline(verdict)}</p>
            <p>{verdictExplanation(verdict, null)}</p>
            {firstStep ? (
              <p className="pg-check-step" data-testid="popup-check-date-step">
                First step: {firstStep.title}
              </p>
            ) : null}
          </>
        ) : (
          <p className="pg-muted">Pick a date to see whether its period is open.</p>
        )}
      </div>
    </PopupSection>
  );
}
