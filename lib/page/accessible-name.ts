import { collapseWhitespace } from './dom-text';

/**
 * The name a screen reader would announce for an action, simplified to what host apps use:
 * `aria-labelledby`, then `aria-label`, then an input button's value, then its text, then
 * its `title`. The export guard matches on this, not on class names or icons.
 */
export function accessibleName(el: Element): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  if (ids.length > 0) {
    const root = el.getRootNode() as Partial<Pick<Document, 'getElementById'>>;
    const text = ids.map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ');
    if (text.trim() !== '') return collapseWhitespace(text);
  }
  const label = el.getAttribute('aria-label');
  if (label && label.trim() !== '') return collapseWhitespace(label);
  if (el.tagName.toUpperCase() === 'INPUT') {
    const input = el as HTMLInputElement;
    const value = input.value || (input.type.toLowerCase() === 'submit' ? 'Submit' : '');
    if (value.trim() !== '') return collapseWhitespace(value);
  } else {
    const text = collapseWhitespace(el.textContent ?? '');
    if (text !== '') return text;
  }
  return collapseWhitespace(el.getAttribute('title') ?? '');
}
