import { SHOW_TEXT } from './dom-text';

/**
 * Long tables: rows of a table body past the first {@link TABLE_ROWS_READ} are a list of
 * records, never the fields of the invoice on screen, so the reader passes over them.
 */

/** Rows of one table body that are read; after these the reader jumps to the body's end. */
export const TABLE_ROWS_READ = 50;

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING: after, descendants included

/** The unread part of one long table body: its first unread row to its very last node. */
export interface UnreadRows {
  body: Element;
  first: Element;
  last: Node;
}

/** The row after the first `count` rows of a table body, if it has one (stops there). */
function rowAfter(body: Element, count: number): Element | undefined {
  let seen = 0;
  for (let child = body.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName !== 'TR') continue;
    if (seen === count) return child;
    seen++;
  }
  return undefined;
}

/** True when `node` is `ref` or comes after it in document order (its descendants too). */
function atOrAfter(node: Node, ref: Node): boolean {
  return node === ref || (ref.compareDocumentPosition(node) & FOLLOWING) !== 0;
}

/** The unread rows of every long table body under `root`, in document order. */
export function unreadRowsUnder(root: ParentNode): UnreadRows[] {
  const unread: UnreadRows[] = [];
  for (const body of Array.from(root.querySelectorAll('tbody'))) {
    const first = rowAfter(body, TABLE_ROWS_READ);
    if (!first) continue;
    let last: Node = body;
    while (last.lastChild) last = last.lastChild;
    unread.push({ body, first, last });
  }
  // A long body inside the read rows of another starts before the outer one's unread rows.
  return unread.sort((a, b) => (atOrAfter(b.first, a.first) ? -1 : 1));
}

/**
 * For a text walk: the first text node of each unread part, mapped to the body's last
 * node, where the walk jumps to from there.
 */
export function textJumps(unread: readonly UnreadRows[], doc: Document): Map<Node, Node> {
  const jumps = new Map<Node, Node>();
  for (const { body, first, last } of unread) {
    const inBody = doc.createTreeWalker(body, SHOW_TEXT);
    inBody.currentNode = first;
    const from = inBody.nextNode();
    if (from) jumps.set(from, last);
  }
  return jumps;
}

/** The first index from `low` on whose node passes `test`, false before and true after. */
function firstIndex(list: ArrayLike<Node>, low: number, test: (node: Node) => boolean): number {
  let lo = low;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(list[mid] as Node)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The elements of `list` (in document order, as `querySelectorAll` returns it) outside unread
 * rows. Each unread part is found by binary search, so its elements are never touched.
 */
export function outsideUnreadRows<E extends Element>(
  list: ArrayLike<E>,
  unread: readonly UnreadRows[],
): E[] {
  const kept: E[] = [];
  let next = 0;
  for (const { first, last } of unread) {
    const start = firstIndex(list, next, (node) => atOrAfter(node, first));
    const end = firstIndex(list, start, (node) => node !== last && atOrAfter(node, last));
    for (let i = next; i < start; i++) kept.push(list[i] as E);
    next = Math.max(next, end);
  }
  for (let i = next; i < list.length; i++) kept.push(list[i] as E);
  return kept;
}
