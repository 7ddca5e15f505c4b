import type { IsoDate } from '../../lib/calendar/iso-date';
import { isEmptyCalendar } from '../../lib/calendar/model';
import type { PageSeen } from '../../lib/messages';
import { calendarIsStale } from '../../lib/remote/stale';
import { useCalendarState, useRemoteStatus, useSettingsState } from '../../lib/settings/hooks';
import { CalendarSummary } from './CalendarSummary';
import { DateChecker } from './DateChecker';
import { GuardSees } from './GuardSees';
import { SetupPrompt } from './SetupPrompt';

export interface ElsewhereViewProps {
  today: IsoDate;
  onOpenSettings: () => void;
  /** The clock, for the team calendar's age (tests pass a fixed one). */
  now?: () => number;
  /** What the guard sees on this tab, when its content script answered. */
  seen?: PageSeen;
}

/**
 * The popup away from an invoice: the calendar's state and a box to check any
 * date; before any calendar exists, only the way to set one up.
 */
export function ElsewhereView({ today, onOpenSettings, now = Date.now, seen }: ElsewhereViewProps) {
  const ready = useCalendarState((s) => s.ready);
  const calendar = useCalendarState((s) => s.calendar);
  const problem = useCalendarState((s) => s.problem);
  const source = useSettingsState((s) => s.settings.source);
  const closingSoonDays = useSettingsState((s) => s.settings.closingSoonDays);
  const remoteStatus = useRemoteStatus((s) => s.remoteStatus);

  if (!ready) {
    return (
      <p className="pg-muted" role="status">
        Loading the calendar…
      </p>
    );
  }
  if (problem) {
    return (
      <div className="pg-popup-problem" role="alert">
        <p>{problem}</p>
        <button type="button" className="pg-button pg-button--primary" onClick={onOpenSettings}>
          Open settings
        </button>
      </div>
    );
  }
  if (calendar === null || isEmptyCalendar(calendar)) {
    return <SetupPrompt onOpenSettings={onOpenSettings} />;
  }
  // The same rule as the guard's: a team calendar past its maximum age vouches for nothing.
  const nowMs = now();
  const stale = calendarIsStale({ source }, remoteStatus, nowMs);
  const status =
    source.kind === 'url' && remoteStatus?.sourceUrl === source.url ? remoteStatus : null;
  return (
    <>
      <CalendarSummary
        calendar={calendar}
        source={source}
        today={today}
        lastGoodFetch={status?.lastGoodFetch}
        stale={stale}
        now={nowMs}
      />
      <DateChecker
        calendar={calendar}
        today={today}
        closingSoonDays={closingSoonDays}
        stale={stale}
      />
      {seen ? <GuardSees seen={seen} verdict={null} /> : null}
    </>
  );
}
