import { BUTTON, NOT_CONTENT_TAGS } from './selectors';

/** `NodeFilter.SHOW_TEXT`: a tree walk over the text nodes only. */
export const SHOW_TEXT = 4;

const NOT_CONTENT = new Set(NOT_CONTENT_TAGS.map((tag) => tag.toUpperCase()));

/**
 * True for elements the reader ignores with everything inside: non-content, and what the
 * host app hides with the `hidden` attribute or `aria-hidden` (e.g. the duplicate label in a
 * Material UI outline). Attribute checks only: no layout is read on the host page.
 */
export function isIgnoredElement(el: Element): boolean {
  return (
    NOT_CONTENT.has(el.tagName.toUpperCase()) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true'
  );
}

/** Runs of whitespace (non-breaking ones too) as one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Elements that start a new line on screen: their text must not run into the next one. */
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'BR', 'TD', 'TH', 'DT', 'DD', 'TR', 'SECTION']);

/**
 * Text of an element as a reader sees it: non-content and hidden parts and buttons (a
 * picker's "Open calendar") left out, whitespace collapsed.
 */
export function readableText(el: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (child !== el && (isIgnoredElement(child) || isButtonLike(child))) return;
    const block = BLOCK_TAGS.has(child.tagName.toUpperCase());
    if (block) parts.push(' ');
    for (const next of Array.from(child.childNodes)) visit(next);
    if (block) parts.push(' ');
  };
  visit(el);
  return collapseWhitespace(parts.join(''));
}

/** Buttons and things acting as buttons: their text is an action, never a field value. */
export function isButtonLike(el: Element): boolean {
  return el.matches(BUTTON);
}
