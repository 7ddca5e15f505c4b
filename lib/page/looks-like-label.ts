/**
 * True when a piece of text next to a label is itself a label rather than a value. The
 * sibling and text shapes use it so that a blank Invoice Date never borrows the Due Date
 * printed after it: anything ending in a colon, anything about "due", and any "… Date"
 * without a digit in it is a label, never an invoice date.
 */
export function looksLikeLabel(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.endsWith(':') || trimmed.endsWith('\uff1a')) return true;
  if (/\bdue\b/i.test(trimmed)) return true;
  return /\bdate\b/i.test(trimmed) && !/\d/.test(trimmed);
}
