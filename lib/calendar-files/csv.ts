import { CALENDAR_VERSION, type Calendar, type EntityBooks, type Period } from '../calendar/model';
import { findPeriodClashes, type PlacedPeriod } from '../calendar/validate';
import { mapCsvColumns } from './csv-columns';
import { csvDateOrder } from './csv-date-order';
import { recordReader } from './csv-record';
import { readCsvRows } from './csv-rows';
import { formatCount, MAX_CSV_LINES, MAX_PERIODS } from './import-limits';
import { type ImportResult, refuse } from './import-problem';

export { CSV_TEMPLATE, calendarToCsv } from './csv-export';

/** What the user's settings say about reading a CSV file. */
export interface CsvReadOptions {
  /**
   * The user writes dates day first: `03/04/2026` is April 3. Left out where no user's
   * setting applies (a team calendar, read alike in every browser): month first.
   */
  dayFirst?: boolean;
}

/**
 * Reads the CSV calendar format (docs/calendar-files.md). A CSV carries periods only, so
 * `closedThrough` is always `{}`. Any bad row refuses the whole file, each problem named by its
 * line and the column title the user wrote.
 */
export function parseCalendarCsv(text: string, options: CsvReadOptions = {}): ImportResult {
  const { rows, problems, tooMany } = readCsvRows(text, {
    maxRows: MAX_PERIODS + 1,
    maxLines: MAX_CSV_LINES,
  });
  if (tooMany) {
    const what =
      tooMany === 'rows'
        ? `${formatCount(MAX_PERIODS)} periods`
        : `${formatCount(MAX_CSV_LINES)} lines`;
    return refuse([
      {
        message: `the file has more than ${what}; a calendar has a few dozen, so check that this is the right file`,
      },
    ]);
  }
  const filled = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...records] = filled;
  if (!header) return refuse([{ message: 'the file is empty' }]);

  // Header problems refuse the file, but the rows are still read when they can be, so one
  // attempt shows everything to fix.
  const mapped = mapCsvColumns(header.cells, header.line);
  // Loops, not push(...list): spreading a list of 100,000 problems overflows the stack.
  for (const problem of mapped.problems) problems.push(problem);
  if (!mapped.rowsReadable) return refuse(problems);
  if (records.length === 0) {
    return refuse([
      ...problems,
      { line: header.line, message: 'the file has a header but no periods below it' },
    ]);
  }

  // One order for every `nn/nn/yyyy` date of the file, decided before any row is read.
  const dates = csvDateOrder(records, mapped.columns, options.dayFirst);
  if ('problem' in dates) return refuse([...problems, dates.problem]);
  const readRecord = recordReader(mapped, header.cells.length, problems, dates.order);
  const placed: PlacedPeriod[] = [];
  for (const row of records) {
    const period = readRecord(row);
    if (period) placed.push(period);
  }
  for (const problem of findPeriodClashes(placed)) problems.push(problem);
  if (problems.length > 0) return refuse(problems);
  return { ok: true, calendar: buildCalendar(placed), format: 'csv' };
}

/** Company rows first, then each entity's, in file order. */
function buildCalendar(placed: readonly PlacedPeriod[]): Calendar {
  const periods: Period[] = [];
  const entities = new Map<string, EntityBooks>();
  for (const { period, entity } of placed) {
    if (entity === undefined) {
      periods.push(period);
      continue;
    }
    const books = entities.get(entity) ?? { closedThrough: {}, periods: [] };
    books.periods.push(period);
    entities.set(entity, books);
  }
  const calendar: Calendar = { version: CALENDAR_VERSION, closedThrough: {}, periods };
  if (entities.size > 0) calendar.entities = Object.fromEntries(entities);
  return calendar;
}
