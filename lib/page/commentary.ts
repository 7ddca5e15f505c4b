import { normalizeLabel } from './normalize-label';
import { COLUMN_HEADER, FORM_CONTROLS, HEADING, ROW, TABLE } from './selectors';

/** ARIA roles of running commentary: activity logs, feeds, comments, notes. */
const COMMENTARY_ROLES = new Set(['log', 'feed', 'comment', 'note']);
/** Names of sections that tell about the invoice rather than hold its fields. */
const COMMENTARY_NAME =
  /^(?:internal )?(?:notes?|comments?|activity(?: feed| log)?|(?:change )?history|change ?log|changes|audit (?:trail|log)|timeline|events?)(?: \d+)?$/;
/** Column headers of a change-history table. */
const CHANGE_COLUMN =
  /^(?:old|new|previous|original) value$|^changed (?:by|on|at|from|to)$|^modified (?:by|on|at)$|^(?:change|changes|activity|event|comment|comments|note|notes)$/;
const TITLE = `${HEADING}, legend, caption`;
/** A field's own label and control: a first child holding one is a field, not a title. */
const FIELD_PART = `label, ${FORM_CONTROLS}, [role="textbox"], [contenteditable]`;

const named = (text: string | null | undefined, pattern: RegExp): boolean =>
  !!text && text.length <= 60 && pattern.test(normalizeLabel(text));

/**
 * The title a section starts with, before `inner` (where the value is): a heading, or a short
 * card header with no field in it.
 */
function titleOf(section: Element, inner: Element): string | undefined {
  const first = section.firstElementChild;
  if (!first || first.contains(inner)) return undefined;
  if (first.matches(TITLE)) return first.textContent ?? undefined;
  if (first.matches(FIELD_PART) || first.querySelector(FIELD_PART)) return undefined;
  return first.textContent ?? undefined;
}

/** True when a table's first row names change-history columns (one row: lists are long). */
function isChangeTable(table: Element): boolean {
  const headers = Array.from(table.querySelector(ROW)?.children ?? []).filter((cell) =>
    cell.matches(COLUMN_HEADER),
  );
  return headers.some((header) => named(header.textContent, CHANGE_COLUMN));
}

function accessibleRegionName(el: Element): string | undefined {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  if (ids.length > 0) {
    const doc = el.ownerDocument;
    return ids.map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
  }
  return el.getAttribute('aria-label') ?? undefined;
}

/**
 * True when `el` sits in notes, comments, an activity feed or a change-history table: text
 * there tells the invoice's story ("Invoice Date: 01/01/2020 corrected"), it is not the
 * invoice's field. Told by roles, region names, section titles and change-table columns, by
 * climbing from the element: asked only of the few values a label led to.
 */
export function isInCommentary(el: Element): boolean {
  let inner = el;
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (COMMENTARY_ROLES.has(node.getAttribute('role') ?? '')) return true;
    if (named(accessibleRegionName(node), COMMENTARY_NAME)) return true;
    if (node !== el && named(titleOf(node, inner), COMMENTARY_NAME)) return true;
    inner = node;
    if (node.matches(TABLE) && isChangeTable(node)) return true;
  }
  return false;
}
