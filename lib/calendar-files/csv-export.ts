import Papa from 'papaparse';
import type { Calendar, Period } from '../calendar/model';
import { CSV_FIELDS, CSV_TITLES, type CsvField } from './csv-columns';
import { escapeCsvText } from './csv-values';

/**
 * The calendar's periods as CSV (docs/calendar-files.md), company periods first. A cell a
 * spreadsheet would run as a formula gets a leading apostrophe, which the reader removes.
 */
export function calendarToCsv(calendar: Calendar): string {
  const rows: string[][] = calendar.periods.map((period) => csvRow(period, undefined));
  const entities = calendar.entities ?? {};
  for (const entity of Object.keys(entities).sort()) {
    for (const period of entities[entity]?.periods ?? []) rows.push(csvRow(period, entity));
  }
  return Papa.unparse(
    { fields: CSV_FIELDS.map((field) => CSV_TITLES[field]), data: rows },
    { newline: '\r\n' },
  );
}

function csvRow(period: Period, entity: string | undefined): string[] {
  const values: Record<CsvField, string> = {
    name: escapeCsvText(period.name),
    start: period.start,
    end: period.end,
    status: period.status.charAt(0).toUpperCase() + period.status.slice(1),
    closesOn: period.closesOn ?? '',
    entity: entity === undefined ? '' : escapeCsvText(entity),
    module: period.module ?? '',
  };
  return CSV_FIELDS.map((field) => values[field]);
}

/**
 * The example the settings page offers as a download: a quarter of company periods (one
 * closed in AR only while GL stays open) and one entity with its own books.
 */
export const CSV_TEMPLATE = [
  'Period,Start,End,Status,Closes On,Entity,Module',
  'Jan 2026,2026-01-01,2026-01-31,Locked,2026-02-10,,',
  'Feb 2026,2026-02-01,2026-02-28,Closed,2026-03-10,,',
  'Mar 2026,2026-03-01,2026-03-31,Closed,2026-04-10,,AR',
  'Mar 2026,2026-03-01,2026-03-31,Open,2026-04-10,,GL',
  'Apr 2026,2026-04-01,2026-04-30,Open,2026-05-11,,',
  'Jan 2026,2026-01-01,2026-01-31,Closed,,West Coast LLC,',
  'Feb 2026,2026-02-01,2026-02-28,Open,2026-03-12,West Coast LLC,',
  '',
].join('\r\n');
