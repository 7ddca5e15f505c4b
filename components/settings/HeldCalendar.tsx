import { useId } from 'react';
import { describeInstant } from '../../lib/remote/describe-instant';
import { MANAGED_HOLD } from '../../lib/remote/messages';
import type { RemoteStatus } from '../../lib/settings/remote-status-schema';

export interface HeldCalendarProps {
  held: NonNullable<RemoteStatus['held']>;
  now: number;
  applying: boolean;
  /** Why the last "Apply" did not go through, if it did not. */
  problem: string | null;
  /** The organization manages the calendar: only its policy or its file can settle this. */
  managed: boolean;
  onApply: () => void;
}

/**
 * A fetched team calendar held back as a likely publishing mistake: why, when it came, and
 * the one way to put it in use anyway. A plain button (keyboard and screen reader alike),
 * described by the reason so the reason is read with it. Inside the source status, whose
 * `role="status"` line already announces the hold.
 */
export function HeldCalendar({
  held,
  now,
  applying,
  problem,
  managed,
  onApply,
}: HeldCalendarProps) {
  const reasonId = useId();
  const at = describeInstant(held.at, now);
  return (
    <div className="pg-held-calendar" data-testid="calendar-held">
      <p className="pg-held-calendar-line">
        <strong>A new calendar was held back</strong>
        {at ? ` (fetched ${at.absolute}, ${at.relative})` : ''}
      </p>
      <p id={reasonId} className="pg-held-calendar-line" data-testid="calendar-held-reason">
        {held.reason} The calendar in use is unchanged. If the change is meant, apply it; otherwise
        ask whoever publishes the calendar to fix the file.
      </p>
      {problem && <p role="alert">{problem}</p>}
      {managed ? (
        <p className="pg-held-calendar-line" data-testid="calendar-held-managed">
          {MANAGED_HOLD}
        </p>
      ) : (
        <button
          type="button"
          className="pg-button"
          data-testid="calendar-accept-held"
          aria-describedby={reasonId}
          onClick={onApply}
          disabled={applying}
        >
          {applying ? 'Applying…' : 'Apply the held calendar'}
        </button>
      )}
    </div>
  );
}
