import { collapseWhitespace, SHOW_TEXT } from './dom-text';
import { type LabelledValue, MAX_VALUE_LENGTH } from './labelled-value';
import { outsideUnreadRows, textJumps, unreadRowsUnder } from './long-tables';
import { looksLikeLabel } from './looks-like-label';
import { createHiddenTest } from './modal-hidden';
import { normalizeLabel, normalizeName } from './normalize-label';
import { readControlValue } from './read-control-value';
import { BUTTON, HEADING, NOT_CONTENT, TABLE } from './selectors';
import { valueForLabel } from './value-for-label';

/** What an `aria-label` or `aria-labelledby` may sit on and still be a field, not a region. */
const NOT_A_FIELD = `${BUTTON}, ${HEADING}, ${TABLE}, a, section, article, main, nav, aside, form, dialog, header, footer, ul, ol, img, svg, [role="link"], [role="tab"], [role="menuitem"], [role="menu"], [role="dialog"], [role="alertdialog"], [role="region"], [role="navigation"], [role="list"], [role="tabpanel"], [role="img"], [role="tooltip"], [role="columnheader"], [role="rowheader"]`;
/** Never page content; `aria-hidden` subtrees are ignored too (see createHiddenTest). */
const IGNORED = `${NOT_CONTENT}, [hidden]`;
/** Where text is never a label: ignored subtrees, and controls' own text (option lists). */
const NOT_LABEL_TEXT = `${IGNORED}, select, option, datalist, textarea`;
/** The first word of a text, hyphenated words whole ("Re-issue"). */
const FIRST_WORD = /\p{L}+(?:[-\u2010\u2011]\p{L}+)*|\p{N}+/u;
const COLON = /[:\uff1a]/u;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/**
 * What `FIRST_WORD` finds in `data`: plain ASCII is scanned by hand, since a Unicode regex on
 * every text node dominates a walk over a long list; the regex takes over at non-ASCII.
 */
export function firstWordOf(data: string): string | undefined {
  const n = data.length;
  let i = 0;
  for (; i < n; i++) {
    const c = data.charCodeAt(i);
    if (c > 127) return FIRST_WORD.exec(data.slice(i))?.[0];
    if (isAsciiLetter(c) || isAsciiDigit(c)) break;
  }
  if (i === n) return undefined;
  const letters = isAsciiLetter(data.charCodeAt(i));
  const inWord = letters ? isAsciiLetter : isAsciiDigit;
  let end = i + 1;
  while (end < n && inWord(data.charCodeAt(end))) end++;
  const next = end < n ? data.charCodeAt(end) : -1;
  // A hyphen or non-ASCII character may continue the word: the regex decides.
  if (next > 127 || (letters && next === 45)) return FIRST_WORD.exec(data.slice(i))?.[0];
  return data.slice(i, end);
}

/** True when `data` holds a colon, ASCII or full-width. */
function hasColon(data: string): boolean {
  return data.includes(':') || data.includes('\uff1a');
}
/** "Label: value" text: where the next "Other Label:" starts, the value ends. */
const NEXT_LABEL = /\s(?=\p{L}[\p{L} #.]*[:\uff1a])/u;

type Index<K> = Map<string, K[]>;

function indexLabels<K extends string>(fields: Record<K, readonly string[]>): Index<K> {
  const index: Index<K> = new Map();
  for (const key of Object.keys(fields) as K[]) {
    for (const label of fields[key]) {
      const name = normalizeLabel(label);
      if (name === '') continue;
      index.set(name, [...(index.get(name) ?? []), key]);
    }
  }
  return index;
}

/** Every word of every label: text starting with any other word is passed over at once. */
function labelWords<K>(index: Index<K>): Set<string> {
  return new Set([...index.keys()].flatMap((name) => name.split(' ')));
}

/**
 * Per ASCII character: may a text starting with it start with a label word? Letters and
 * digits that begin no label word cannot; anything else is left to firstWordOf. Lets most
 * text nodes be passed over with one look-up.
 */
function labelStarts(words: Set<string>): Uint8Array {
  const may = new Uint8Array(128).fill(1);
  may.fill(0, 48, 58); // 0-9
  may.fill(0, 65, 91); // A-Z
  may.fill(0, 97, 123); // a-z
  for (const word of words) {
    // Label words are normalized: an ASCII letter in them is lower case.
    const c = word.charCodeAt(0);
    if (c >= 128) continue;
    may[c] = 1;
    if (c >= 97 && c <= 122) may[c - 32] = 1;
  }
  return may;
}

/** True when `word` is a label word; the plain lower-case look-up settles almost every text. */
function isLabelWord(word: string, words: Set<string>): boolean {
  const lower = word.toLowerCase();
  if (words.has(lower)) return true;
  return /[^a-z0-9]/.test(lower) && words.has(normalizeName(word));
}

/** An element small enough that its whole text may be one label split by markup. */
function isPhrase(el: Element): boolean {
  if (el.childNodes.length > 10 || (el.textContent ?? '').length > 120) return false;
  return Array.from(el.childNodes).every(
    (child) => child.nodeType !== 1 || (child as Element).childElementCount === 0,
  );
}

function textOfIds(el: Element, ids: string[]): { text: string; labels: Element[] } {
  const root = el.getRootNode() as Partial<Pick<Document, 'getElementById'>>;
  const labels = ids.map((id) => root.getElementById?.(id)).filter((l): l is HTMLElement => !!l);
  return { text: labels.map((l) => l.textContent ?? '').join(' '), labels };
}

/**
 * Every value the page labels with one of `fields`' labels, per field: explicit associations
 * (`aria-labelledby`, `aria-label`) first, then document order. One walk for all fields and no
 * layout reads, as it runs on every relevant mutation. No entry: no such label on the page;
 * empty `text`: the field is there but blank.
 */
export function findLabelledValues<K extends string>(
  root: ParentNode,
  fields: Record<K, readonly string[]>,
): Record<K, LabelledValue[]> {
  const index = indexLabels(fields);
  const found = Object.fromEntries(Object.keys(fields).map((k) => [k, []])) as unknown as Record<
    K,
    LabelledValue[]
  >;
  const claimedLabels: Element[] = [];

  const add = (keys: readonly K[], candidate: LabelledValue | null, label: string): void => {
    if (!candidate || candidate.text.length > MAX_VALUE_LENGTH) return;
    const value = { ...candidate, label: collapseWhitespace(label).slice(0, MAX_VALUE_LENGTH) };
    for (const key of keys) {
      const list = found[key];
      const same = list.some((v) => v.element === value.element && v.text === value.text);
      if (!same) list.push(value);
    }
  };

  const words = labelWords(index);
  const mayStartLabel = labelStarts(words);
  const isIgnored = createHiddenTest(IGNORED);
  const isNotLabelText = createHiddenTest(NOT_LABEL_TEXT);
  const unread = unreadRowsUnder(root);
  const explicit = root.querySelectorAll('[aria-labelledby], [aria-label]');
  for (const el of outsideUnreadRows(explicit, unread)) {
    const labelledBy = el.getAttribute('aria-labelledby') ?? '';
    if (labelledBy === '') {
      // Most aria-labels ("Select row", one per list row) start with no label word: skip them.
      const first = firstWordOf(el.getAttribute('aria-label') ?? '');
      if (first === undefined || !isLabelWord(first, words)) continue;
    }
    const ids = labelledBy.split(/\s+/).filter(Boolean);
    // aria-labelledby overrides aria-label, as in the accessible name.
    const { text, labels } =
      ids.length > 0
        ? textOfIds(el, ids)
        : { text: el.getAttribute('aria-label') ?? '', labels: [] };
    const keys =
      index.get(normalizeLabel(text)) ??
      labels.map((l) => index.get(normalizeLabel(l.textContent ?? ''))).find(Boolean);
    if (!keys || el.matches(NOT_A_FIELD) || isIgnored(el)) continue;
    add(
      keys,
      { ...readControlValue(el), shape: ids.length > 0 ? 'aria-labelledby' : 'aria-label' },
      text,
    );
    claimedLabels.push(...labels);
  }

  const boundary = root as unknown as Node;
  const doc = boundary.ownerDocument ?? (boundary as Document);
  // Text nodes only and no filter callback (a JS call per node makes the walk slow); ignored
  // subtrees are checked only for text that could be a label.
  const walker = doc.createTreeWalker(boundary, SHOW_TEXT);
  const claimed = (node: Node): boolean => claimedLabels.some((label) => label.contains(node));
  const checkedPhrases = new Set<Element>();
  const jumps = textJumps(unread, doc);

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const jump = jumps.get(node);
    if (jump) {
      walker.currentNode = jump;
      continue;
    }
    const data = (node as Text).data;
    if (data.length > 300) continue;
    const lead = data.charCodeAt(0);
    // Ruled out by its first character, unless a later line may hold a "Label: value".
    if (mayStartLabel[lead] === 0 && !data.includes('\n')) continue;
    const first = firstWordOf(data);
    const startsWithLabelWord = first !== undefined && isLabelWord(first, words);
    // A multi-line text ("Customer: …\nInvoice Date: …") may hold a label on a later line.
    const mayHoldLines = (startsWithLabelWord || data.includes('\n')) && hasColon(data);
    if (!startsWithLabelWord && !mayHoldLines) continue;
    const parent = node.parentElement;
    if (!parent || isNotLabelText(parent)) continue;

    if (startsWithLabelWord) {
      const name = normalizeLabel(data);
      const keys = index.get(name);
      if (keys) {
        if (!claimed(node)) add(keys, valueForLabel(node, name, boundary), data);
        continue;
      }
    }
    if (mayHoldLines) {
      for (const [lineKeys, text, label] of labelledLines(data, index)) {
        add(lineKeys, { text, element: parent, shape: 'text-line' }, label);
      }
    }
    if (startsWithLabelWord && !checkedPhrases.has(parent) && isPhrase(parent)) {
      checkedPhrases.add(parent);
      const phraseText = parent.textContent ?? '';
      const phrase = normalizeLabel(phraseText);
      const phraseKeys = index.get(phrase);
      if (phraseKeys && !claimed(parent)) {
        add(phraseKeys, valueForLabel(parent, phrase, boundary), phraseText);
      }
    }
  }
  return found;
}

/** `Label: value` lines of one text node whose label is known: keys, value text, label. */
function labelledLines<K>(data: string, index: Index<K>): Array<[K[], string, string]> {
  const lines: Array<[K[], string, string]> = [];
  for (const line of data.split(/\r?\n/)) {
    const colon = line.search(COLON);
    if (colon <= 0) continue;
    const label = line.slice(0, colon);
    const keys = index.get(normalizeLabel(label));
    if (!keys) continue;
    const rest = line.slice(colon + 1);
    const cut = rest.search(NEXT_LABEL);
    const text = collapseWhitespace(cut >= 0 ? rest.slice(0, cut) : rest);
    if (text !== '' && !looksLikeLabel(text)) lines.push([keys, text, label]);
  }
  return lines;
}

/**
 * The first value labelled with one of `labels`: the first non-blank one, else the first
 * blank one (the field is there but empty), else undefined (no such label on the page).
 */
export function findLabelledValue(
  root: ParentNode,
  labels: readonly string[],
): LabelledValue | undefined {
  const { field } = findLabelledValues(root, { field: labels });
  return field.find((v) => v.text !== '') ?? field[0];
}
