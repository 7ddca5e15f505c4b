import type { IsoDate } from '../calendar/iso-date';
import { parsePageDate } from '../dates/parse-page-date';
import { collapseWhitespace } from './dom-text';
import { findLabelledValues } from './find-labelled-value';
import { normalizeLabel } from './normalize-label';
import { readControlValue } from './read-control-value';
import { CONTROL, HEADER_CELL, TABLE } from './selectors';

/** What teaching found for the element the user picked as the invoice date. */
export type DateLabelFinding =
  | { ok: true; label: string; date: IsoDate }
  | {
      ok: false;
      /** `no-date`: it shows no date we can read; `no-label`: none of the reader's rules finds it. */
      why: 'no-date' | 'no-label';
    };

export interface DateLabelOptions {
  dayFirst: boolean;
  /** Labels that must never be learned as the invoice date's (the posting date's, say). */
  refuse: readonly string[];
}

/** More candidates than this is a picked region, not a field. */
const MAX_CANDIDATES = 24;
const MAX_LABEL_LENGTH = 60;
/** The Due Date is never the invoice date, whatever the page calls it. */
const DUE = /\bdue\b/;

/**
 * The label under which the page shows `picked`: each nearby text that could label it is put
 * to {@link findLabelledValues}, and the first that leads back to it with a readable date wins,
 * so a learned label is one the reader will follow.
 */
export function dateLabelOf(
  picked: Element,
  root: ParentNode,
  options: DateLabelOptions,
): DateLabelFinding {
  const field = picked.closest(CONTROL) ?? picked;
  const shown = parsePageDate(readControlValue(field).text, { dayFirst: options.dayFirst });
  if (!shown.ok) return { ok: false, why: 'no-date' };

  const refused = new Set(options.refuse.map(normalizeLabel));
  const candidates = labelCandidates(field).filter((label) => {
    const name = normalizeLabel(label);
    // A label names a field; text with a digit in it ("Invoice INV-7") shows a value.
    return name !== '' && !/\d/.test(name) && !DUE.test(name) && !refused.has(name);
  });
  const fields = Object.fromEntries(candidates.map((label, i) => [`c${i}`, [label]]));
  const found = findLabelledValues(root, fields);
  for (const [i, label] of candidates.entries()) {
    for (const value of found[`c${i}`] ?? []) {
      const same =
        value.element === field || value.element.contains(field) || field.contains(value.element);
      const reading = parsePageDate(value.text, { dayFirst: options.dayFirst });
      if (same && reading.ok) return { ok: true, label, date: reading.date };
    }
  }
  return { ok: false, why: 'no-label' };
}

/** Texts near `field` that may be its label, the explicit associations first. */
function labelCandidates(field: Element): string[] {
  const texts: string[] = [];
  const add = (text: string | null | undefined) => {
    const label = cleanLabel(text ?? '');
    if (label !== '' && label.length <= MAX_LABEL_LENGTH && !texts.includes(label)) {
      texts.push(label);
    }
  };
  const labels = (field as Partial<HTMLInputElement>).labels;
  for (const label of labels ?? []) add(label.textContent);
  const doc = field.ownerDocument;
  for (const id of (field.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    add(doc.getElementById(id)?.textContent);
  }
  add(field.getAttribute('aria-label'));

  const dd = field.closest('dd');
  let dt = dd?.previousElementSibling;
  while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
  add(dt?.textContent);

  const table = field.closest(TABLE);
  for (const header of table?.querySelectorAll(HEADER_CELL) ?? []) {
    add(header.textContent);
    if (texts.length >= MAX_CANDIDATES) return texts;
  }

  // Sibling label/value blocks: the short texts just before the field or its wrappers.
  let node: Element | null = field;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let n = 0; sibling && n < 2; n++, sibling = sibling.previousElementSibling) {
      add(sibling.textContent);
    }
    // "Label: value" text: the words before the colon that precedes the value.
    const text = node.textContent ?? '';
    const colon = text.lastIndexOf(':', text.indexOf(readControlValue(field).text));
    if (colon > 0)
      add(
        text
          .slice(0, colon)
          .split(/\n|[.;|]/)
          .pop(),
      );
  }
  return texts.slice(0, MAX_CANDIDATES);
}

/** A label as the user would type it: no trailing colon, required-field star or spaces. */
function cleanLabel(text: string): string {
  return collapseWhitespace(text)
    .replace(/[\s:*\uff1a]+$/u, '')
    .trim();
}
