import {
  DEFAULT_ACCOUNTING_REFERENCE_LABELS,
  DEFAULT_INVOICE_NUMBER_LABELS,
  DEFAULT_SYNC_STATUS_LABELS,
} from '../settings/defaults';
import { findLabelledValues } from './find-labelled-value';
import { LIST_STATUS_LABELS } from './list-columns';
import type { RawList, RawRow } from './list-shape';

/**
 * The card of each labelled date: its highest ancestor that holds no other labelled date.
 * Each ancestor counts the dates under it once, so a list of n cards costs n walks up.
 */
function cardsOf(dates: readonly Element[]): Map<Element, Element> {
  const counts = new Map<Element, number>();
  for (const date of dates) {
    for (let el: Element | null = date; el; el = el.parentElement) {
      counts.set(el, (counts.get(el) ?? 0) + 1);
    }
  }
  const cards = new Map<Element, Element>();
  for (const date of dates) {
    let card = date;
    for (let el = date.parentElement; el && counts.get(el) === 1; el = el.parentElement) card = el;
    cards.set(date, card);
  }
  return cards;
}

/** The card holding `el`, if any (walks up to the first card it meets). */
function cardHolding(el: Element, cards: ReadonlySet<Element>): Element | undefined {
  for (let up: Element | null = el; up; up = up.parentElement) if (cards.has(up)) return up;
  return undefined;
}

/**
 * Invoice lists drawn as cards, each with its own label/value pairs ("Invoice Date" beside a
 * date, "Sync Status" beside a status): two or more cards, each with one labelled invoice
 * date, found through the same labels and shapes as the invoice page.
 */
export function cardLists(root: ParentNode, dateLabels: readonly string[]): RawList[] {
  const found = findLabelledValues(root, {
    date: dateLabels,
    number: DEFAULT_INVOICE_NUMBER_LABELS,
    syncStatus: DEFAULT_SYNC_STATUS_LABELS,
    reference: DEFAULT_ACCOUNTING_REFERENCE_LABELS,
    status: LIST_STATUS_LABELS,
  });
  const dates = [...new Set(found.date.map((v) => v.element))];
  if (dates.length < 2) return [];
  const cardOfDate = cardsOf(dates);
  const cards = new Set(cardOfDate.values());
  if (cards.size < dates.length) return [];
  const rows = new Map<Element, RawRow>();
  for (const value of found.date) {
    const card = cardOfDate.get(value.element) as Element;
    if (rows.has(card)) continue;
    rows.set(card, {
      element: card,
      parts: [card],
      cells: { date: value.element },
      texts: { date: value.text },
    });
  }
  for (const column of ['number', 'syncStatus', 'reference', 'status'] as const) {
    for (const value of found[column]) {
      const card = cardHolding(value.element, cards);
      const row = card ? rows.get(card) : undefined;
      if (!row || row.cells[column] !== undefined) continue;
      row.cells[column] = value.element;
      row.texts = { ...row.texts, [column]: value.text };
    }
  }
  const first = [...cards][0] as Element;
  let container = first.parentElement ?? first;
  while (container.parentElement && [...cards].some((card) => !container.contains(card))) {
    container = container.parentElement;
  }
  return [{ shape: 'cards', container, observed: container, rows: [...rows.values()] }];
}
