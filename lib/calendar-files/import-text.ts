import { type ImportResult, refuse } from './import-problem';

/** Largest calendar file we read: far above any real calendar, so a bigger one is a wrong file. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * The checks every calendar text passes before a reader parses it: oversized or empty text
 * is refused with one clear message, and a byte-order mark is dropped. Gives the text to
 * parse, or the refusal.
 */
export function importableText(text: string): { body: string } | { refused: ImportResult } {
  if (isLargerThan(text, MAX_IMPORT_BYTES)) {
    return {
      refused: refuse([
        {
          message: `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; a calendar file is a few KB, so check that this is the right file`,
        },
      ]),
    };
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { refused: refuse([{ message: 'the file is empty' }]) };
  return { body };
}

/**
 * True when `text` takes more than `limit` bytes as UTF-8. Counts only as far as needed:
 * no counting when even three bytes a character stays under the limit, and it stops as soon
 * as the limit is passed.
 */
function isLargerThan(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (isSurrogatePair(text, i)) {
      bytes += 4; // one 4-byte character
      i++;
    } else bytes += 3; // other characters, and a lone surrogate (stored as U+FFFD)
    if (bytes > limit) return true;
  }
  return false;
}

/** A high surrogate at `i` followed by a low one: one character outside the BMP. */
function isSurrogatePair(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
