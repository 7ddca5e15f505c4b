import type { Period } from '../calendar/model';
import type { PlacedPeriod } from '../calendar/validate';
import { clipText } from './clip-text';
import { CSV_FIELDS, CSV_TITLES, type CsvField, type CsvHeader } from './csv-columns';
import type { CsvRow } from './csv-rows';
import {
  type CellReading,
  readCsvDate,
  readCsvModule,
  readCsvStatus,
  type SlashOrder,
  unescapeCsvText,
} from './csv-values';
import type { ImportProblem } from './import-problem';

/** Longest period name the model accepts. */
const MAX_NAME_LENGTH = 100;

/**
 * Reads data rows to periods for one header layout, adding every problem of a row to `problems`.
 * The checks mirror `periodSchema` (the round-trip tests hold them to it), so the schema is not
 * run again on each row.
 */
export function recordReader(
  { columns, titled }: CsvHeader,
  headerWidth: number,
  problems: ImportProblem[],
  order: SlashOrder = 'month-first',
): (row: CsvRow) => PlacedPeriod | undefined {
  const titles = Object.fromEntries(
    CSV_FIELDS.map((field) => [field, columns[field]?.title ?? CSV_TITLES[field]]),
  ) as Record<CsvField, string>;
  const fieldName = (field: CsvField) => titles[field];

  // The row being read; the helpers below are made once, not once per row.
  let row: CsvRow = { line: 0, cells: [] };
  const cell = (field: CsvField) => {
    const column = columns[field];
    return column === undefined ? '' : (row.cells[column.index] ?? '').trim();
  };
  const report = (field: CsvField, message: string) => {
    problems.push({ line: row.line, field: titles[field], message });
  };
  const read = <T>(field: CsvField, reading: CellReading<T>): T | undefined => {
    if (reading.ok) return reading.value;
    report(field, reading.message);
    return undefined;
  };

  return (current) => {
    row = current;
    const before = problems.length;
    const name = unescapeCsvText(cell('name'));
    if (name === '') report('name', 'the period has no name');
    else if (name.length > MAX_NAME_LENGTH) {
      report('name', `the name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    const start = read('start', readCsvDate(cell('start'), order));
    const end = read('end', readCsvDate(cell('end'), order));
    if (start !== undefined && end !== undefined && end < start) {
      report('end', `end ${end} is before start ${start}`);
    }
    const status = read('status', readCsvStatus(cell('status')));
    const closesOnCell = cell('closesOn');
    const closesOn =
      closesOnCell === '' ? undefined : read('closesOn', readCsvDate(closesOnCell, order));
    const module = read('module', readCsvModule(cell('module')));
    const entity = unescapeCsvText(cell('entity')) || undefined;
    if (entity === '__proto__') report('entity', '"__proto__" cannot be used as an entity name');
    if (row.cells.length > titled.size) reportStrayCells(row, titled, headerWidth, problems);

    if (problems.length > before || start === undefined || end === undefined || !status) {
      return undefined;
    }
    const period: Period = { name, start, end, status };
    if (closesOn !== undefined) period.closesOn = closesOn;
    if (module !== undefined) period.module = module;
    return { period, entity, line: row.line, fieldName, place: `line ${row.line}` };
  };
}

/**
 * Values outside the known columns: past the header's end (often an unquoted comma in a
 * name) or under a blank header cell. Either way something the user wrote would be lost.
 * One problem per row and kind, naming the first such value and counting the others, so a
 * row of a million stray commas-separated values is one line of the report, not a million.
 */
function reportStrayCells(
  row: CsvRow,
  titled: ReadonlySet<number>,
  headerWidth: number,
  problems: ImportProblem[],
): void {
  const stray = { untitled: [] as string[], pastEnd: [] as string[] };
  row.cells.forEach((cell, index) => {
    if (titled.has(index) || cell.trim() === '') return;
    (index >= headerWidth ? stray.pastEnd : stray.untitled).push(cell.trim());
  });
  const report = (values: string[], where: string) => {
    const [first] = values;
    if (first === undefined) return;
    const others = values.length - 1;
    const what =
      others === 0
        ? `the value "${clipText(first)}" is`
        : `the value "${clipText(first)}" and ${others} more ${others === 1 ? 'value' : 'values'} are`;
    problems.push({ line: row.line, message: `${what} ${where}` });
  };
  report(stray.untitled, 'in a column without a header');
  report(
    stray.pastEnd,
    'past the last column of the header; a name with a comma needs double quotes around it',
  );
}
