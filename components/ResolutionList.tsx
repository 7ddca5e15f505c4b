import { formatFieldDate } from '../lib/dates/format';
import type { ResolutionStep } from '../lib/resolution/steps';
import { CopyField } from './CopyField';

export interface ResolutionListProps {
  steps: readonly ResolutionStep[];
  /** Write copyable dates day-first, as the user's BuildOps shows them. */
  dayFirst?: boolean;
  /** The number of the first step shown, when the list goes on from steps shown elsewhere. */
  start?: number;
}

/**
 * The ways out, best first, as an ordered list. A step that is not possible (reopening a locked
 * period) stays in the list so the user knows why it is missing, and says "Not possible" in
 * text, not only in colour. A step with a date offers it ready to paste into the date field.
 */
export function ResolutionList({ steps, dayFirst = false, start }: ResolutionListProps) {
  if (steps.length === 0) return null;
  return (
    <ol className="pg-steps" start={start}>
      {steps.map((step) => (
        <li
          key={step.id}
          className={step.possible ? 'pg-step' : 'pg-step pg-step--impossible'}
          data-step={step.id}
          data-possible={step.possible}
        >
          <p className="pg-step-title">
            {step.possible ? null : <span className="pg-tag pg-tag--impossible">Not possible</span>}
            {step.possible ? null : ' '}
            {step.title}
          </p>
          <p className="pg-step-detail">{step.detail}</p>
          {step.date ? (
            <CopyField
              label={step.dateLabel ?? 'New invoice date'}
              value={formatFieldDate(step.date, dayFirst)}
            />
          ) : null}
        </li>
      ))}
    </ol>
  );
}
