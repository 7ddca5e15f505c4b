import Papa from 'papaparse';
import type { ImportProblem } from './import-problem';

/** One CSV record with the physical line it starts on (1-based), for error messages. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** What {@link readCsvRows} read. */
export interface CsvRows {
  rows: CsvRow[];
  problems: ImportProblem[];
  /** Set when reading stopped early: more non-blank rows, or more lines, than allowed. */
  tooMany?: 'rows' | 'lines';
}

/** When to stop reading: a huge wrong file then costs no more than a big right one. */
export interface CsvRowLimits {
  /** Non-blank rows, the header included. */
  maxRows: number;
  /** Lines, blank ones included, counted before papaparse splits the whole text. */
  maxLines: number;
}

const NO_LIMITS: CsvRowLimits = {
  maxRows: Number.POSITIVE_INFINITY,
  maxLines: Number.POSITIVE_INFINITY,
};

/**
 * Splits CSV text into records with the line each starts on, as an editor shows it even when
 * a quoted value spans lines. Drops a UTF-8 BOM (Excel), accepts mixed CRLF/LF/CR, keeps
 * blank records for the caller, and reads nothing past a limit (`tooMany` says which).
 */
export function readCsvRows(text: string, limits: CsvRowLimits = NO_LIMITS): CsvRows {
  const unmarked = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const read: CsvRows = { rows: [], problems: [] };
  if (hasMoreLinesThan(unmarked, limits.maxLines)) return { ...read, tooMany: 'lines' };
  const delimiter = guessDelimiter(unmarked);
  const body = unifyLineEnds(unmarked, delimiter);
  const lineAt = lineCounter(body);
  let rowStart = 0;
  let filled = 0;
  Papa.parse<string[]>(body, {
    header: false,
    newline: '\n',
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      if (result.data.some((cell) => cell.trim() !== '') && ++filled > limits.maxRows) {
        read.tooMany = 'rows';
        parser.abort();
        return;
      }
      const line = lineAt(rowStart);
      read.rows.push({ line, cells: result.data });
      for (const error of result.errors) {
        if (error.type === 'Quotes') {
          read.problems.push({ line, message: quoteMessage(error.code) });
        }
      }
      rowStart = result.meta.cursor;
    },
  });
  return read;
}

/**
 * `text` with every record ending in LF; line breaks inside quoted values are left as they
 * are. Papaparse takes the first line's ending for the whole file, so a CRLF header over LF
 * rows (a header saved by Excel, rows appended by a script) ran every row into one. CRLF, LF
 * and a lone CR each end one line, so line numbers stay as an editor shows them.
 */
function unifyLineEnds(text: string, delimiter: string): string {
  if (!text.includes('\r')) return text;
  let out = '';
  let copied = 0;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      continue;
    }
    if (ch === '\r') {
      out += `${text.slice(copied, i)}\n`;
      if (text[i + 1] === '\n') i++;
      copied = i + 1;
      fieldStart = true;
      continue;
    }
    fieldStart = ch === '\n' || ch === delimiter;
  }
  return out + text.slice(copied);
}

/** True when `text` has more than `limit` lines; stops counting there. */
function hasMoreLinesThan(text: string, limit: number): boolean {
  if (text.length < limit) return false;
  const lineAt = lineCounter(text);
  return lineAt(text.length) > limit;
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
