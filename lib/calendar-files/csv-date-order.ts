import { clipText } from './clip-text';
import type { CsvColumns, CsvField } from './csv-columns';
import type { CsvRow } from './csv-rows';
import { SLASH_DATE, type SlashOrder } from './csv-values';
import type { ImportProblem } from './import-problem';

const DATE_FIELDS: readonly CsvField[] = ['start', 'end', 'closesOn'];

/** A cell that can only be read one way: `31/01/2026` is day first, `01/31/2026` month first. */
interface Evidence {
  line: number;
  field: string;
  cell: string;
}

/** The first cell of the file that shows each order, if any does. */
function evidence(records: readonly CsvRow[], columns: CsvColumns) {
  const found: Partial<Record<SlashOrder, Evidence>> = {};
  const dateColumns = DATE_FIELDS.flatMap((field) => {
    const column = columns[field];
    return column ? [column] : [];
  });
  for (const row of records) {
    for (const { index, title } of dateColumns) {
      const cell = (row.cells[index] ?? '').trim();
      const slash = SLASH_DATE.exec(cell);
      if (!slash) continue;
      const order =
        Number(slash[1]) > 12 ? 'day-first' : Number(slash[2]) > 12 ? 'month-first' : undefined;
      if (order && !found[order]) found[order] = { line: row.line, field: title, cell };
    }
    if (found['day-first'] && found['month-first']) break;
  }
  return found;
}

const WRITE_ISO = 'or write the dates as yyyy-MM-dd';
const SETTING = '"Dates are written day first" under Page reading';

/**
 * The one order the file's `nn/nn/yyyy` dates are read in, or the problem that refuses it: a
 * file is never read half one way. The user's day-first setting decides (month first where no
 * user's setting applies); a file whose dates contradict it is refused.
 */
export function csvDateOrder(
  records: readonly CsvRow[],
  columns: CsvColumns,
  dayFirst: boolean | undefined,
): { order: SlashOrder } | { problem: ImportProblem } {
  const found = evidence(records, columns);
  const day = found['day-first'];
  const month = found['month-first'];
  const at = (e: Evidence) => `"${clipText(e.cell)}" on line ${e.line}`;
  if (day && month) {
    return {
      problem: {
        line: day.line,
        field: day.field,
        message: `this file writes dates both day first (${at(day)}) and month first (${at(month)}); write every date as yyyy-MM-dd`,
      },
    };
  }
  if (day && !dayFirst) {
    // No user's setting applies to a team calendar: every browser must read it the same way.
    const fix =
      dayFirst === undefined
        ? 'a shared calendar file must write them as yyyy-MM-dd or MM/dd/yyyy'
        : `turn on ${SETTING}, ${WRITE_ISO}`;
    return {
      problem: {
        line: day.line,
        field: day.field,
        message: `this file writes dates day first ("${clipText(day.cell)}"); ${fix}`,
      },
    };
  }
  if (month && dayFirst) {
    return {
      problem: {
        line: month.line,
        field: month.field,
        message: `this file writes dates month first ("${clipText(month.cell)}"), but your dates are set to day first; turn off ${SETTING}, ${WRITE_ISO}`,
      },
    };
  }
  return { order: dayFirst ? 'day-first' : 'month-first' };
}
