import {
  outsideUnreadRows,
  TABLE_ROWS_READ,
  textJumps,
  unreadRowsUnder,
} from '../../../lib/page/long-tables';
import { htmlDocument } from '../../support/host-pages';

/** A table body of `count` rows, each `<tr><td><input aria-label="r{i}"></td></tr>`. */
function rows(count: number): string {
  return Array.from(
    { length: count },
    (_, i) => `<tr><td><input aria-label="r${i}"><span>row ${i}</span></td></tr>`,
  ).join('');
}

const labelled = (doc: Document) => doc.querySelectorAll('[aria-label]');
const names = (elements: Element[]) => elements.map((el) => el.getAttribute('aria-label'));

describe('long tables', () => {
  it('finds no unread rows in a body of exactly the rows read, and keeps every element', () => {
    const doc = htmlDocument(`<table><tbody>${rows(TABLE_ROWS_READ)}</tbody></table>`);
    const unread = unreadRowsUnder(doc);
    expect(unread).toEqual([]);
    expect(outsideUnreadRows(labelled(doc), unread)).toHaveLength(TABLE_ROWS_READ);
  });

  it('keeps the read rows and what follows, and passes over the unread rows to the last one', () => {
    const doc = htmlDocument(
      `<p aria-label="before"></p><table><tbody>${rows(TABLE_ROWS_READ + 3)}</tbody></table>` +
        '<p aria-label="after"></p>',
    );
    const kept = names(outsideUnreadRows(labelled(doc), unreadRowsUnder(doc)));
    expect(kept).toHaveLength(TABLE_ROWS_READ + 2);
    expect(kept.slice(0, 2)).toEqual(['before', 'r0']);
    expect(kept.at(-2)).toBe(`r${TABLE_ROWS_READ - 1}`);
    expect(kept.at(-1)).toBe('after');
  });

  it('passes over an unread part that ends the document, its last node included', () => {
    const doc = htmlDocument(
      `<table><tbody>${rows(TABLE_ROWS_READ)}<tr><td><input aria-label="last"></td></tr></tbody></table>`,
    );
    const kept = names(outsideUnreadRows(labelled(doc), unreadRowsUnder(doc)));
    expect(kept).toHaveLength(TABLE_ROWS_READ);
    expect(kept).not.toContain('last');
  });

  it('keeps nothing from an empty list', () => {
    const doc = htmlDocument(`<table><tbody>${rows(TABLE_ROWS_READ + 1)}</tbody></table>`);
    expect(outsideUnreadRows([], unreadRowsUnder(doc))).toEqual([]);
  });

  it('maps the first text of each unread part to the body end, for the text walk', () => {
    const doc = htmlDocument(`<table><tbody>${rows(TABLE_ROWS_READ + 2)}</tbody></table>`);
    const [from, to] = [...textJumps(unreadRowsUnder(doc), doc)][0] ?? [];
    expect(from?.textContent).toBe(`row ${TABLE_ROWS_READ}`);
    expect(to?.textContent).toBe(`row ${TABLE_ROWS_READ + 1}`);
  });
});
