import { localToday } from '../../lib/calendar/iso-date';
import type { Calendar } from '../../lib/calendar/model';
import { CSV_TEMPLATE, calendarToCsv } from '../../lib/calendar-files/csv';
import { calendarToJson } from '../../lib/calendar-files/json';
import { useCalendarState } from '../../lib/settings/hooks';
import { downloadText } from './download';

const FORMATS = ['json', 'csv'] as const;

/** Downloads `calendar` as a dated JSON or CSV file. */
function exportCalendar(calendar: Calendar, format: (typeof FORMATS)[number]) {
  downloadText({
    name: `period-calendar-${localToday()}.${format}`,
    type: format === 'json' ? 'application/json' : 'text/csv',
    text: format === 'json' ? calendarToJson(calendar) : calendarToCsv(calendar),
  });
}

/**
 * Files to take away: the CSV template to fill in, and the calendar in use as
 * JSON (everything, imports back unchanged) or CSV (periods only, for a spreadsheet).
 */
export function CalendarExport() {
  const calendar = useCalendarState((s) => s.calendar);

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
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="pg-button"
            disabled={calendar === null}
            onClick={() => calendar && exportCalendar(calendar, format)}
          >
            Export calendar as {format.toUpperCase()}
          </button>
        ))}
      </div>
      <p className="pg-hint">
        JSON keeps everything, closed-through dates included, and imports back unchanged. CSV holds
        the periods only, for a spreadsheet.
      </p>
    </div>
  );
}
