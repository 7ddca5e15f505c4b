import type { IsoDate } from '../../lib/calendar/iso-date';
import { isEmptyCalendar } from '../../lib/calendar/model';
import { useCalendarState, useSettingsState } from '../../lib/settings/hooks';
import { useStores } from '../settings/stores-context';
import { CalendarSummary } from './CalendarSummary';
import { DateChecker } from './DateChecker';
import { SetupPrompt } from './SetupPrompt';

export interface ElsewhereViewProps {
  today: IsoDate;
  onOpenSettings: () => void;
}

/**
 * The popup away from an invoice (PRODUCT.md §5): the calendar's state and a box to check any
 * date; before any calendar exists, only the way to set one up.
 */
export function ElsewhereView({ today, onOpenSettings }: ElsewhereViewProps) {
  const { calendar: calendarStore, settings: settingsStore } = useStores();
  const ready = useCalendarState((s) => s.ready, calendarStore);
  const calendar = useCalendarState((s) => s.calendar, calendarStore);
  const problem = useCalendarState((s) => s.problem, calendarStore);
  const source = useSettingsState((s) => s.settings.source, settingsStore);
  const closingSoonDays = useSettingsState((s) => s.settings.closingSoonDays, settingsStore);

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
  return (
    <>
      <CalendarSummary calendar={calendar} source={source} today={today} />
      <DateChecker calendar={calendar} today={today} closingSoonDays={closingSoonDays} />
    </>
  );
}
