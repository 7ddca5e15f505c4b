import { SHOW_TEXT } from './dom-text';
import { FORM_CONTROLS } from './selectors';

/** What decides whether a batch of DOM mutations can change the invoice reading. */
export interface RelevanceSource {
  /** The elements the last reading took values from. */
  watched(): readonly Element[];
  /** Words of every label the reader looks for (lower case). */
  labelWords(): readonly string[];
  /** Our own overlay's nodes. */
  isOwnNode(node: Node): boolean;
}

/** Text that could be a date: digits with separators, or a month name next to a number. */
const DATE_LIKE =
  /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** How much added text we scan for label words; a new screen shows its labels early on. */
const MAX_SCAN = 20_000;

/** Where a growing sample is first tested: most new screens show a label or date early. */
const FIRST_LOOK = 1_000;

/**
 * Whether the first `MAX_SCAN` characters of `node`'s text pass `test`, read a text node at a
 * time (tested once past {@link FIRST_LOOK} and again at the end): a list of thousands of rows
 * added in one go is never turned into one long string.
 */
function leadingTextPasses(node: Node, test: (text: string) => boolean): boolean {
  if (node.nodeType !== 1) return test((node.textContent ?? '').slice(0, MAX_SCAN));
  const walker = (node.ownerDocument as Document).createTreeWalker(node, SHOW_TEXT);
  let text = '';
  let looked = false;
  for (let t = walker.nextNode(); t && text.length < MAX_SCAN; t = walker.nextNode()) {
    text += (t as Text).data;
    if (!looked && text.length >= FIRST_LOOK) {
      looked = true;
      if (test(text)) return true;
    }
  }
  return test(text);
}

/** `node` sits inside (or is) an element we read a value from. */
function insideWatched(node: Node, watched: readonly Element[]): boolean {
  for (const element of watched) if (element.contains(node)) return true;
  return false;
}

/** `node` holds (or is) an element we read a value from: removing it changes the page. */
function holdsWatched(node: Node, watched: readonly Element[]): boolean {
  for (const element of watched) if (node.contains(element)) return true;
  return false;
}

/**
 * Filters mutation batches before the page is re-read: only changes near the values we read,
 * text bringing a label or a date, or the removal of what we read can change the reading.
 * Misses are safe: every export click re-reads the page.
 */
export function createRelevanceFilter(source: RelevanceSource) {
  let words: readonly string[] = [];
  let wordPattern: RegExp | null = null;
  const bringsLabelOrDate = (text: string) => {
    const current = source.labelWords();
    if (current !== words || !wordPattern) {
      words = current;
      const escaped = current.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      wordPattern = new RegExp(`\\b(${escaped.join('|')})\\b`, 'i');
    }
    return wordPattern.test(text) || DATE_LIKE.test(text);
  };

  // The patterns are compiled on their first use: here, in our own task, rather than inside
  // the host's first render of a big screen.
  bringsLabelOrDate('');

  return (records: readonly MutationRecord[]): boolean => {
    const watched = source.watched();
    for (const record of records) {
      const target = record.target;
      if (source.isOwnNode(target)) continue;
      if (record.type === 'attributes') {
        // Only value-carrying attributes are observed; a control's value is worth a look.
        return true;
      }
      if (insideWatched(target, watched)) return true;
      if (record.type === 'characterData') {
        if (leadingTextPasses(target, bringsLabelOrDate)) return true;
        continue;
      }
      for (const node of record.addedNodes) {
        if (source.isOwnNode(node)) continue;
        if (leadingTextPasses(node, bringsLabelOrDate)) return true;
        if (
          node instanceof Element &&
          (node.matches(FORM_CONTROLS) || node.querySelector(FORM_CONTROLS))
        ) {
          return true;
        }
      }
      for (const node of record.removedNodes) {
        if (holdsWatched(node, watched)) return true;
      }
    }
    return false;
  };
}
