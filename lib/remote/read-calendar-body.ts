import type { Calendar } from '../calendar/model';
import { mapCsvColumns } from '../calendar-files/csv-columns';
import { readCsvRows } from '../calendar-files/csv-rows';
import {
  describeProblem,
  type ImportProblem,
  importCalendarText,
  summarize,
} from '../calendar-files/import';
import { parseJsonText } from '../calendar-files/json-syntax';

/**
 * What a fetched file holds: a calendar, something that is no calendar format at all
 * (`unparseable`: not text, a web page, broken JSON, a table without calendar columns), or
 * a calendar file with mistakes in it (`invalid`: every problem named by line or field).
 * The distinction tells the user whether the address is wrong or the file is.
 */
export type CalendarBody =
  | { ok: true; calendar: Calendar }
  | { ok: false; reason: 'unparseable' | 'invalid'; detail: string };

/**
 * Reads the bytes of a fetched calendar in the calendar formats, through the same
 * import as a file the user picks, so a URL and a file are judged alike. `hint` is the
 * address's file name or the server's content type, used only to prefer JSON.
 */
export function readCalendarBody(
  bytes: Uint8Array,
  hint: { path: string; contentType: string },
): CalendarBody {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return unparseable(
      'it is not UTF-8 text; it may be a spreadsheet or another binary file, not a CSV or JSON export',
    );
  }
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return unparseable('the file is empty');
  if (body.startsWith('<')) {
    return unparseable('it is a web page, not a calendar file — perhaps a sign-in or error page');
  }

  // The content decides before the name: a CSV served as "periods.json" is still a CSV.
  let json: boolean;
  if (body.startsWith('{') || body.startsWith('[')) json = true;
  else if (hasCalendarHeader(body)) json = false;
  else if (hintsJson(hint)) json = true;
  else {
    return unparseable(
      'it is neither JSON nor a CSV table with the columns Period, Start, End and Status',
    );
  }
  if (json) {
    const syntax = parseJsonText(body);
    if (!syntax.ok) return unparseable(inSentence(syntax.problem));
  }

  const result = importCalendarText(body, json ? 'calendar.json' : 'calendar.csv');
  if (result.ok) return { ok: true, calendar: result.calendar };
  return { ok: false, reason: 'invalid', detail: summarize(result.errors) };
}

function unparseable(detail: string): CalendarBody {
  return { ok: false, reason: 'unparseable', detail };
}

function hintsJson(hint: { path: string; contentType: string }): boolean {
  return /\.json$/i.test(hint.path) || /\bjson\b/i.test(hint.contentType);
}

/** A problem as the middle of a sentence: no capital when it has no line or field first. */
function inSentence(problem: ImportProblem): string {
  if (problem.line !== undefined || problem.field !== undefined) return describeProblem(problem);
  return problem.message;
}

/** True when the first non-blank CSV row names at least one calendar column. */
function hasCalendarHeader(body: string): boolean {
  const header = readCsvRows(body).rows.find((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (!header) return false;
  return Object.keys(mapCsvColumns(header.cells, header.line).columns).length > 0;
}
