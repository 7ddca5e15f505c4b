/** Most characters of the user's own text that a problem message quotes back. */
export const MAX_QUOTED_LENGTH = 60;

/**
 * `text` short enough to quote in a problem: a wrong file can hold a "date" of a million
 * digits or a column title of megabytes, and echoing it whole would bury the message (and
 * the settings page). Longer text keeps its start and ends in "…". A cut never splits a
 * surrogate pair, so the message stays well-formed Unicode.
 */
export function clipText(text: string, max: number = MAX_QUOTED_LENGTH): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
