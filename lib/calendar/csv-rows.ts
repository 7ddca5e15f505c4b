import Papa from 'papaparse';
import type { ImportProblem } from './import-problem';

/** One CSV record with the physical line it starts on (1-based), for error messages. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * Splits CSV text into records, keeping each record's starting line. Papaparse does the
 * quoting (commas and line breaks inside quotes, doubled quotes); its `step` cursor tells
 * where each record ends, and counting line breaks up to there gives the line a person sees
 * in a text editor, even when a quoted value spans lines. A UTF-8 byte order mark (Excel's
 * "CSV UTF-8") is dropped first. Blank records are kept: the caller decides what they mean.
 */
export function readCsvRows(text: string): { rows: CsvRow[]; problems: ImportProblem[] } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lineAt = lineCounter(body);
  const rows: CsvRow[] = [];
  const problems: ImportProblem[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(body, {
    header: false,
    delimiter: guessDelimiter(body),
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(rowStart);
      rows.push({ line, cells: result.data });
      for (const error of result.errors) {
        if (error.type === 'Quotes') problems.push({ line, message: quoteMessage(error.code) });
      }
      rowStart = result.meta.cursor;
    },
  });
  return { rows, problems };
}

/**
 * Excel writes `;` or tabs in some locales. Looking only at the header line keeps the guess
 * predictable: a comma there means comma, otherwise the first of `;` or tab that appears.
 */
function guessDelimiter(text: string): string {
  const headerLine = text.trimStart().split(/\r\n|\n|\r/, 1)[0] ?? '';
  if (headerLine.includes(',')) return ',';
  if (headerLine.includes(';')) return ';';
  if (headerLine.includes('\t')) return '\t';
  return ',';
}

/**
 * Line number of an offset, for offsets that only grow (one pass over the text in all).
 * CRLF, LF and lone CR each end one line.
 */
function lineCounter(text: string): (offset: number) => number {
  let position = 0;
  let line = 1;
  return (offset) => {
    for (; position < offset && position < text.length; position++) {
      const code = text.charCodeAt(position);
      if (code === 10 || (code === 13 && text.charCodeAt(position + 1) !== 10)) line++;
    }
    return line;
  };
}

function quoteMessage(code: string): string {
  return code === 'MissingQuotes'
    ? 'a value opened with a double quote is never closed; add the closing quote'
    : 'a quoted value is malformed; a value in quotes must end right after its closing quote, and a quote inside it is written twice ("")';
}
