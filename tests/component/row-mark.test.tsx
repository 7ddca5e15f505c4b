import { getByRole } from '@testing-library/dom';
import type { Verdict } from '../../lib/calendar/verdict-types';
import { createRowMark, MARK_TAG, updateRowMark } from '../../lib/page/row-mark';
import { axeViolations } from '../support/axe-check';

const CLOSED: Verdict = {
  kind: 'closed',
  date: '2026-09-15',
  period: { name: 'Sep 2026', start: '2026-09-01', end: '2026-09-30', status: 'closed' },
  firstOpenDay: '2026-10-01',
};
const CLOSING: Verdict = {
  kind: 'closing-soon',
  date: '2026-11-03',
  period: { name: 'Nov 2026', start: '2026-11-01', end: '2026-11-30', status: 'open' },
  closesOn: '2026-12-07',
  daysUntilClose: 2,
  firstOpenDay: '2026-11-03',
};

function markedCell(verdict: Verdict) {
  document.body.innerHTML =
    '<table><tr><th>Invoice Date</th></tr><tr><td id="cell">09/15/2026</td></tr></table>';
  const cell = document.getElementById('cell') as HTMLElement;
  const mark = createRowMark(document, { verdict, invoiceNumber: 'INV-1' });
  cell.append(mark);
  return { cell, mark, shadow: mark.shadowRoot as ShadowRoot };
}

describe('<period-guard-mark>', () => {
  afterEach(() => {
    document.body.textContent = '';
  });

  it('carries the test hooks and adds no text to the host cell', () => {
    const { cell, mark } = markedCell(CLOSED);
    expect(mark.tagName.toLowerCase()).toBe(MARK_TAG);
    expect(mark.getAttribute('data-verdict')).toBe('closed');
    expect(mark.getAttribute('data-invoice')).toBe('INV-1');
    // The host page (and our own list reader) read the cell's text: the mark must not change it.
    expect(cell.textContent).toBe('09/15/2026');
  });

  it('is named for a screen reader and described by the first open day', () => {
    const { shadow } = markedCell(CLOSED);
    const badge = getByRole(shadow as unknown as HTMLElement, 'img', {
      name: 'Closed period: Sep 2026',
    });
    expect(badge.tabIndex).toBe(0);
    const tip = shadow.getElementById(badge.getAttribute('aria-describedby') ?? '');
    expect(tip?.getAttribute('role')).toBe('tooltip');
    expect(tip?.textContent).toBe('Sep 2026 · first open day: October 1, 2026');
    expect(badge.getAttribute('title')).toBe('Sep 2026 · first open day: October 1, 2026');
  });

  it('listens on the document for all its marks, on no mark of its own', () => {
    // Wherever this DOM defines it for elements (not always EventTarget.prototype).
    let owner: object = document.createElement('span');
    while (!Object.hasOwn(owner, 'addEventListener')) owner = Object.getPrototypeOf(owner);
    const listening = vi.spyOn(owner as EventTarget, 'addEventListener');
    for (let i = 0; i < 5; i++) markedCell(CLOSED);
    const targets = listening.mock.contexts.filter((target) => target !== document);
    expect(targets).toEqual([]);
    listening.mockRestore();
  });

  it('shows its tooltip while focused or hovered, and hides it after', () => {
    const { shadow } = markedCell(CLOSED);
    const badge = shadow.querySelector('.badge') as HTMLElement;
    const tip = shadow.querySelector('.tip') as HTMLElement;
    expect(tip.classList.contains('shown')).toBe(false);
    badge.focus();
    expect(tip.classList.contains('shown')).toBe(true);
    // Placed under the badge, in the viewport's coordinates (a popover, clear of the cell).
    expect(tip.style.top).toMatch(/^-?\d+px$/);
    // A pointer over the badge, as the page sees it: bubbling out of the mark's shadow root.
    badge.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    badge.blur();
    expect(tip.classList.contains('shown')).toBe(true);
    badge.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true }));
    expect(tip.classList.contains('shown')).toBe(false);
  });

  it('says when a closing-soon period closes', () => {
    const { shadow } = markedCell(CLOSING);
    expect(shadow.querySelector('.badge')?.getAttribute('aria-label')).toBe(
      'Period closing soon: Nov 2026, closes in 2 days (December 7, 2026)',
    );
  });

  it('is rewritten in place when the verdict changes', () => {
    const { mark, shadow } = markedCell(CLOSED);
    const glyph = () => shadow.querySelector('.badge path')?.getAttribute('d');
    const closedGlyph = glyph();
    updateRowMark(mark, { verdict: { ...CLOSED, kind: 'locked' }, invoiceNumber: 'INV-1' });
    expect(mark.getAttribute('data-verdict')).toBe('locked');
    expect(shadow.querySelector('.badge')?.getAttribute('aria-label')).toBe(
      'Locked period: Sep 2026',
    );
    expect(glyph()).toBeTruthy();
    expect(glyph()).not.toBe(closedGlyph);
  });

  it('is a compact icon: the words are its name and tooltip, not text in the row', () => {
    const { shadow } = markedCell(CLOSED);
    const badge = shadow.querySelector('.badge');
    expect(badge?.textContent).toBe('');
    expect(badge?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    const css = shadow.querySelector('style')?.textContent ?? '';
    expect(css).toMatch(/\.badge\{[^}]*width:16px;height:16px/);
  });

  it('never takes width in the row: a zero-width anchor at the end edge of the cell', () => {
    const { mark } = markedCell(CLOSED);
    const style = mark.getAttribute('style') ?? '';
    expect(style).toContain('width:0!important');
    // A float in a block cell, the last item pushed to the end in a flex or grid cell.
    expect(style).toContain('float:right!important');
    expect(style).toContain('order:1!important');
    expect(style).toContain('margin-inline-start:auto!important');
  });

  it('keeps its text at 12 px or more', () => {
    const { shadow } = markedCell(CLOSED);
    const css = shadow.querySelector('style')?.textContent ?? '';
    const sizes = [...css.matchAll(/(\d+)px\/\d+px/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });

  it('is axe-clean', async () => {
    const { shadow } = markedCell(CLOSED);
    expect(
      await axeViolations(shadow.querySelector('.badge')?.parentNode as unknown as Element),
    ).toEqual([]);
  });
});
