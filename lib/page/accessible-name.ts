import { collapseWhitespace } from './dom-text';

/** Elements that never give text to a name. */
const NO_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Phrasing elements that run into their neighbours on screen ("Re<b>sync</b>"); every other
 * element is set apart by spaces, as a browser lays a block out on a line of its own.
 */
const INLINE = new Set([
  'SPAN',
  'B',
  'STRONG',
  'I',
  'EM',
  'SMALL',
  'MARK',
  'U',
  'S',
  'SUB',
  'SUP',
  'ABBR',
  'CODE',
  'KBD',
  'Q',
  'BDI',
  'BDO',
  'FONT',
]);

const BUTTON_INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  submit: 'Submit',
  reset: 'Reset',
  button: '',
};

/**
 * The name a screen reader announces for an action (WAI-ARIA accname, leaving out what is hidden
 * from assistive tech), which the export guard matches on. Our own walk: dom-accessibility-api
 * reads computed style for every part and names no role-less clickable.
 */
export function accessibleName(el: Element): string {
  return collapseWhitespace(nameOf(el, false));
}

function nameOf(el: Element, inLabelledBy: boolean): string {
  if (!inLabelledBy) {
    const referenced = labelledByText(el);
    if (referenced.trim() !== '') return referenced;
  }
  const label = el.getAttribute('aria-label');
  if (label && label.trim() !== '') return label;
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT') return inputName(el as HTMLInputElement);
  if (tag === 'IMG') return el.getAttribute('alt') || el.getAttribute('title') || '';
  // An SVG is named by its <title> (SVG accessibility mapping), never by its drawing.
  const text = tag === 'SVG' ? svgTitle(el) : contentText(el, inLabelledBy);
  if (text.trim() !== '') return text;
  return el.getAttribute('title') ?? '';
}

/** The text of the elements `aria-labelledby` points at, in its order. */
function labelledByText(el: Element): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  if (ids.length === 0) return '';
  const root = el.getRootNode() as Partial<Pick<Document, 'getElementById'>>;
  return ids
    .map((id) => {
      const target = root.getElementById?.(id);
      // A referenced element counts even when it is hidden itself (accname step 2A).
      return target ? nameOf(target, true) : '';
    })
    .join(' ');
}

function inputName(input: HTMLInputElement): string {
  const type = input.type.toLowerCase();
  if (type === 'image') return input.getAttribute('alt') || input.getAttribute('title') || '';
  const fallback = BUTTON_INPUT_DEFAULTS[type];
  if (fallback === undefined) return input.getAttribute('title') ?? '';
  return input.value || fallback || input.getAttribute('title') || '';
}

function svgTitle(svg: Element): string {
  for (const child of Array.from(svg.children)) {
    if (child.tagName.toUpperCase() === 'TITLE') return child.textContent ?? '';
  }
  return '';
}

/** True for a part of an action that assistive tech does not announce. */
function isHiddenPart(el: Element): boolean {
  return (
    NO_TEXT.has(el.tagName.toUpperCase()) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true'
  );
}

function contentText(el: Element, inLabelledBy: boolean): string {
  let text = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) {
      text += (child as Text).data;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const part = child as Element;
    if (isHiddenPart(part)) continue;
    const name = nameOf(part, inLabelledBy);
    text += INLINE.has(part.tagName.toUpperCase()) ? name : ` ${name} `;
  }
  return text;
}
