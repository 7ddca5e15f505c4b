import { toIsoDate } from '../calendar/iso-date';
import { collapseWhitespace, readableText } from './dom-text';
import { HIDDEN_INPUT } from './selectors';

/** What a field shows, and the element that shows it (the observer watches that one). */
export interface ControlValue {
  /** Whitespace collapsed; empty when the field is blank. */
  text: string;
  element: Element;
}

const SEGMENT = '[role="spinbutton"]';
const INNER_CONTROL = `input:not(${HIDDEN_INPUT}), textarea, select`;

/**
 * The value of a field however the host app renders it: a native control, a date picker
 * that keeps its value in a hidden input beside the text it shows, a date field made of
 * month/day/year segments, or plain text.
 */
export function readControlValue(el: Element): ControlValue {
  return { text: collapseWhitespace(rawValue(el)), element: el };
}

function rawValue(el: Element): string {
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT') return inputValue(el as HTMLInputElement);
  if (tag === 'TEXTAREA') return (el as HTMLTextAreaElement).value;
  if (tag === 'SELECT') return selectValue(el as HTMLSelectElement);
  if (el.matches(SEGMENT)) return segmentValue(el);

  // A picker's hidden input holds the value it will submit: the most faithful copy.
  const hidden = el.querySelector<HTMLInputElement>(HIDDEN_INPUT);
  if (hidden && hidden.value.trim() !== '') return hidden.value;
  const segments = Array.from(el.querySelectorAll(SEGMENT));
  if (segments.length >= 2) return segmentedDate(el, segments);
  const inner = el.querySelector(INNER_CONTROL);
  if (inner) return rawValue(inner);
  return readableText(el);
}

/** A visible input's value; a blank display input falls back to its picker's hidden twin. */
function inputValue(input: HTMLInputElement): string {
  if (input.value.trim() !== '' || input.type === 'hidden') return input.value;
  const twin = input.parentElement?.querySelector<HTMLInputElement>(HIDDEN_INPUT);
  return twin?.value ?? '';
}

/** The chosen option's text ("Acme West"), which is what the user sees, not its id. */
function selectValue(select: HTMLSelectElement): string {
  const option = select.selectedOptions?.[0] ?? select.options[select.selectedIndex];
  return option?.textContent ?? select.value;
}

function segmentValue(segment: Element): string {
  return segment.getAttribute('aria-valuenow') ?? segment.textContent ?? '';
}

type Part = 'year' | 'month' | 'day';

/** Which part of a date a segment edits, from the names pickers give them. */
function partOf(segment: Element): Part | undefined {
  const hint = [
    segment.getAttribute('data-segment'),
    segment.getAttribute('data-type'),
    segment.getAttribute('aria-label'),
  ]
    .join(' ')
    .toLowerCase();
  if (/\byear\b|\byyyy\b/.test(hint)) return 'year';
  if (/\bmonth\b|\bmm\b/.test(hint)) return 'month';
  if (/\bday\b|\bdd\b/.test(hint)) return 'day';
  return undefined;
}

/**
 * A date held in segments. When the segments say which part they are, the parts are put
 * together as `yyyy-MM-dd`, so the page's display order and the day-first setting cannot
 * swap them. Otherwise the text reads as shown ("09/15/2026"). A segment still showing its
 * placeholder ("mm") means the date is incomplete: blank.
 */
function segmentedDate(container: Element, segments: Element[]): string {
  const values = segments.map((s) => segmentValue(s).trim());
  if (values.some((v) => !/^\d+$/.test(v))) return '';
  const parts = new Map<Part, string>();
  segments.forEach((segment, i) => {
    const part = partOf(segment);
    if (part) parts.set(part, values[i] ?? '');
  });
  const year = parts.get('year');
  const month = parts.get('month');
  const day = parts.get('day');
  if (year && month && day) {
    const iso = toIsoDate(Number(year), Number(month), Number(day));
    // A day that does not exist stays visibly wrong, so the parser reports it as invalid.
    return iso ?? `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  const shown = readableText(container);
  return /\d[./-]\d/.test(shown) ? shown : values.join('/');
}
