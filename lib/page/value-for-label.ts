import { collapseWhitespace, isIgnoredElement, readableText } from './dom-text';
import { type LabelledValue, MAX_VALUE_LENGTH } from './labelled-value';
import { looksLikeLabel } from './looks-like-label';
import { normalizeLabel, normalizeName } from './normalize-label';
import { readControlValue } from './read-control-value';
import { BUTTON, CONTROL, HEADER_CELL } from './selectors';
import { cellForHeader } from './table-header-cell';

/** Text inside these is an action's name, not a label (a table header's sort button aside). */
const ACTION = `${BUTTON}, a[href], [role="link"], [role="tab"], [role="menuitem"], [role="option"]`;
/** A label wrapper is never promoted past these: beyond them are other fields. */
const STOP_PROMOTION = new Set(['TR', 'TBODY', 'THEAD', 'TFOOT', 'TABLE', 'DL', 'FORM', 'BODY']);
/** Icons and breaks that sit between a label and its value. */
const ORNAMENT_TAGS = new Set(['SVG', 'IMG', 'I', 'BR', 'HR']);

/** True when `el`'s whole text is the label `name` ("Invoice Date *" is "invoice date"). */
function isWholeLabel(el: Element, name: string): boolean {
  return normalizeLabel(el.textContent ?? '') === name;
}

/** Stars, colons, icons and whitespace: neither label nor value. An empty slot is a value. */
function isOrnament(node: Node): boolean {
  if (node.nodeType === 3) return normalizeName((node as Text).data) === '';
  if (node.nodeType !== 1) return true;
  const el = node as Element;
  if (isIgnoredElement(el) || ORNAMENT_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role === 'img' || role === 'presentation' || role === 'none') return true;
  const text = el.textContent ?? '';
  return (
    text.trim() !== '' &&
    normalizeName(text) === '' &&
    !el.matches(CONTROL) &&
    !el.querySelector(CONTROL)
  );
}

/** The control a `<label>` names: by `for`, or the one inside it. */
function labelControl(label: HTMLLabelElement): Element | null {
  const id = label.getAttribute('for');
  if (id) {
    const root = label.getRootNode() as Partial<Pick<Document, 'getElementById'>>;
    return root.getElementById?.(id) ?? null;
  }
  return label.querySelector(CONTROL);
}

/** The `<dd>` after a `<dt>` (several terms may share one description). */
function descriptionOf(term: Element): Element | null {
  for (let next = term.nextElementSibling; next; next = next.nextElementSibling) {
    const tag = next.tagName.toUpperCase();
    if (tag === 'DD') return next;
    if (tag !== 'DT') return null;
  }
  return null;
}

/**
 * Climbs from the label text to the largest element that is only this label (plus stars,
 * colons, icons), so "the next thing" is looked for beside the label's block, not inside it.
 */
function labelBlock(anchor: Node, boundary: Node): Node {
  let node = anchor;
  for (let depth = 0; depth < 6; depth++) {
    const parent = node.parentNode;
    if (!parent || parent === boundary || parent.nodeType !== 1) break;
    if (STOP_PROMOTION.has((parent as Element).tagName.toUpperCase())) break;
    const others = Array.from(parent.childNodes).filter((child) => child !== node);
    if (!others.every(isOrnament)) break;
    node = parent;
  }
  return node;
}

/** The first node after the label block that is not an ornament. */
function nextValueNode(block: Node): Node | null {
  let node = block.nextSibling;
  for (let steps = 0; node && steps < 8; steps++, node = node.nextSibling) {
    if (!isOrnament(node)) return node;
  }
  return null;
}

/** True when any text inside `el` reads as a label (e.g. the Due Date block after a blank). */
function holdsLabel(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'LABEL' || tag === 'DT' || el.matches(HEADER_CELL)) return true;
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4);
  for (let n = walker.nextNode(), seen = 0; n && seen < 50; n = walker.nextNode(), seen++) {
    if (n.parentElement?.closest(ACTION)) continue;
    if (looksLikeLabel((n as Text).data)) return true;
  }
  return false;
}

/** The value beside a label block, guarded against reading the next field's label. */
function siblingValue(block: Node): LabelledValue | null {
  const node = nextValueNode(block);
  if (!node) return null;
  if (node.nodeType === 3) {
    const text = collapseWhitespace((node as Text).data);
    const element = node.parentElement;
    if (!element || looksLikeLabel(text) || text.length > MAX_VALUE_LENGTH) return null;
    return { text, element, shape: 'sibling' };
  }
  const el = node as Element;
  if (holdsLabel(el) || readableText(el).length > MAX_VALUE_LENGTH) return null;
  return { ...readControlValue(el), shape: 'sibling' };
}

/**
 * The value the normalized label text `name` names: a `<label>`'s control, a `<dt>`'s `<dd>`, a
 * header's cell or the block after it, never promoted past `boundary`. Null inside a button or
 * link, or when it labels nothing.
 */
export function valueForLabel(anchor: Node, name: string, boundary: Node): LabelledValue | null {
  const el = anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement;
  if (!el) return null;
  const header = el.closest(HEADER_CELL);
  if (header && isWholeLabel(header, name)) {
    const { cell, shape } = cellForHeader(header);
    return cell ? { ...readControlValue(cell), shape } : null;
  }
  if (el.closest(ACTION)) return null;

  const label = el.closest('label');
  if (label && isWholeLabel(label, name)) {
    const control = labelControl(label);
    if (control) return { ...readControlValue(control), shape: 'label-for' };
  }
  const term = el.closest('dt');
  if (term && isWholeLabel(term, name)) {
    const description = descriptionOf(term);
    return description ? { ...readControlValue(description), shape: 'definition-list' } : null;
  }
  return siblingValue(labelBlock(anchor, boundary));
}
