import { useId } from 'react';
import type { IsoDate } from '../../lib/calendar/iso-date';
import { emptyCalendar } from '../../lib/calendar/model';
import { monthName } from '../../lib/dates/month-names';
import { useCalendarState, useSettingsState, useStores } from '../../lib/settings/hooks';
import { fiscalYearStartMonthOf } from '../../lib/settings/settings-schema';
import { YearStrip } from '../YearStrip';
import { SaveStatus } from './SaveStatus';
import { useSave } from './use-save';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * The fiscal year at a glance: the year strip of the calendar in use, and the
 * month the fiscal year starts in. Placed first on the page: it is the answer to "where are
 * we?" before any detail.
 */
export function YearSection({ today }: { today: IsoDate }) {
  const selectId = useId();
  const { settings: settingsStore } = useStores();
  const calendar = useCalendarState((s) => s.calendar);
  const closingSoonDays = useSettingsState((s) => s.settings.closingSoonDays);
  const startMonth = useSettingsState((s) => fiscalYearStartMonthOf(s.settings));
  const { outcome, save } = useSave();

  return (
    <div className="pg-section pg-section--year" id="year">
      <YearStrip
        // A new start month starts the strip again at the fiscal year holding today.
        key={startMonth}
        calendar={calendar ?? emptyCalendar()}
        fiscalYearStartMonth={startMonth}
        today={today}
        closingSoonDays={closingSoonDays}
      />
      {calendar === null ? (
        <p className="pg-hint">
          No calendar yet: every month shows “Not in calendar” until you set closed-through dates,
          add periods or import a file below.
        </p>
      ) : null}
      <div className="pg-field pg-field--inline pg-year-start">
        <label htmlFor={selectId}>Fiscal year starts in</label>
        <select
          id={selectId}
          className="pg-input"
          value={startMonth}
          onChange={(event) => {
            const month = Number(event.currentTarget.value);
            void save(
              () => settingsStore.getState().update({ fiscalYearStartMonth: month }),
              `Saved: the fiscal year starts in ${monthName(month)}.`,
            );
          }}
        >
          {MONTHS.map((month) => (
            <option key={month} value={month}>
              {monthName(month)}
            </option>
          ))}
        </select>
      </div>
      <SaveStatus outcome={outcome} />
    </div>
  );
}
