import { localToday } from '../../lib/calendar/iso-date';
import { CSV_TEMPLATE, calendarToCsv } from '../../lib/calendar-files/csv';
import { calendarToJson } from '../../lib/calendar-files/json';
import { useCalendarState } from '../../lib/settings/hooks';
import { downloadText } from './download';

/**
 * Files to take away: the CSV template to fill in, and the calendar in use as
 * JSON (everything, imports back unchanged) or CSV (periods only, for a spreadsheet).
 */
export function CalendarExport() {
  const calendar = useCalendarState((s) => s.calendar);
  const stamp = localToday();

  return (
    <div className="pg-export">
      <h3 className="pg-subtitle">Download</h3>
      <div className="pg-actions">
        <button
          type="button"
          className="pg-button"
          onClick={() =>
            downloadText({
              name: 'period-calendar-template.csv',
              type: 'text/csv',
              text: CSV_TEMPLATE,
            })
          }
        >
          CSV template
        </button>
        <button
          type="button"
          className="pg-button"
          disabled={calendar === null}
          onClick={() =>
            calendar &&
            downloadText({
              name: `period-calendar-${stamp}.json`,
              type: 'application/json',
              text: calendarToJson(calendar),
            })
          }
        >
          Export calendar as JSON
        </button>
        <button
          type="button"
          className="pg-button"
          disabled={calendar === null}
          onClick={() =>
            calendar &&
            downloadText({
              name: `period-calendar-${stamp}.csv`,
              type: 'text/csv',
              text: calendarToCsv(calendar),
            })
          }
        >
          Export calendar as CSV
        </button>
      </div>
      <p className="pg-hint">
        JSON keeps everything, closed-through dates included, and imports back unchanged. CSV holds
        the periods only, for a spreadsheet.
      </p>
    </div>
  );
}
