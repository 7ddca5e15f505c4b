import { clipText } from './clip-text';
import type { ImportProblem } from './import-problem';
import { jsonErrorOffset } from './json-scan';

/**
 * `JSON.parse` that turns a syntax error into a problem with a line, so the user can find
 * the missing comma. Engines word the error differently: V8 says "at position 42" (newer
 * V8 adds "(line 3 column 5)"), Firefox says "at line 3 column 5 of the JSON data". When the
 * message gives neither (V8's "Unexpected token"), json-scan.ts finds the place.
 */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: ImportProblem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: syntaxProblem(raw, text) };
  }
}

function syntaxProblem(raw: string, text: string): ImportProblem {
  const where = locate(raw, text);
  const reason = cleanReason(raw);
  const advice = 'check for a missing comma, quote or bracket';
  if (!where) return { message: `the file is not valid JSON (${reason}); ${advice}` };
  return {
    line: where.line,
    message: `the file is not valid JSON at column ${where.column} (${reason}); ${advice} there`,
  };
}

function locate(raw: string, text: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(raw);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(raw);
  if (position) return lineAndColumn(text, Number(position[1]));
  // V8 gives no position for "Unexpected token" or "Unexpected end": find it ourselves.
  const offset = jsonErrorOffset(text);
  return offset === undefined ? undefined : lineAndColumn(text, offset);
}

/** 1-based line and column of a character offset; CRLF, LF and lone CR end a line. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** The engine's reason without its position and without the text excerpt V8 quotes. */
function cleanReason(raw: string): string {
  const reason = raw
    .replace(/^JSON\.parse:\s*/, '')
    .replace(/\s*in JSON at position \d+.*$/, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data$/, '')
    .replace(/,\s*".*" is not valid JSON$/s, '')
    .trim();
  // Engines may quote the offending text; a file's text is not ours to echo at length.
  return clipText(reason.charAt(0).toLowerCase() + reason.slice(1), 120);
}
