/**
 * Label and action-name matching that survives the host app's cosmetic changes: case,
 * punctuation, required-field stars, colons, odd spaces. Matching is on the whole name, so
 * "Due Date" can never pass for "Invoice Date" however the page dresses it.
 */

/**
 * Lower case, letters, digits and `#` only, one space between words. A hyphen between
 * letters joins them, so "Re-sync" and "Resync" are one word (and never the word "sync").
 */
export function normalizeName(text: string): string {
  return isAscii(text) ? normalizeAsciiName(text) : normalizeUnicodeName(text);
}

/** True when every character of `text` is ASCII: the cheap rules of this folder then apply. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * {@link normalizeName} for ASCII text, where NFKC changes nothing, letters are `a-z` once
 * lower-cased and digits `0-9`. Almost every label and button name a page shows is ASCII,
 * and V8 builds the Unicode property classes of the general rule at first use, which slows
 * the first page read. Property-tested equal to the general rule.
 */
function normalizeAsciiName(text: string): string {
  return text
    .toLowerCase()
    .replace(/([a-z])-(?=[a-z])/g, '$1')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}

/** {@link normalizeName}, for any text (exported for the property test). */
export function normalizeUnicodeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\p{L})[-\u2010\u2011](?=\p{L})/gu, '$1')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

/**
 * {@link normalizeName} for field labels, which also drops a trailing format hint:
 * "Invoice Date (MM/DD/YYYY) *" and "INVOICE DATE:" both become "invoice date".
 */
export function normalizeLabel(text: string): string {
  const withoutHint = text.replace(/\([^()]*\)[\s:*\uff1a]*$/u, '');
  return normalizeName(withoutHint);
}

/** True when `text`, as a label, is one of `labels` (see {@link normalizeLabel}). */
export function matchesLabel(text: string, labels: readonly string[]): boolean {
  const name = normalizeLabel(text);
  return name !== '' && labels.some((label) => normalizeLabel(label) === name);
}
