import { getByRole } from '@testing-library/dom';
import { createListSummaryView } from '../../../components/overlay/list-summary-dom';
import type { ListSummary } from '../../../lib/guard/list-verdicts';
import { listSummaryLines } from '../../../lib/resolution/list-summary-text';
import { axeViolations } from '../../support/axe-check';

const SUMMARY: ListSummary = {
  closed: 3,
  closingSoon: 5,
  unverified: 0,
  closingPeriods: [{ name: 'Nov 2026', count: 5, closesOn: '2026-12-07', daysUntilClose: 2 }],
};

function drawn(summary = SUMMARY, marks = 8, collapsed = false) {
  const steps: number[] = [];
  let toggled = 0;
  const view = createListSummaryView(document, {
    onToggle: () => toggled++,
    onStep: (direction) => steps.push(direction),
  });
  document.body.append(view.element);
  view.draw({ summary, marks, collapsed });
  return { view, steps, toggled: () => toggled };
}

describe('the list summary', () => {
  afterEach(() => {
    document.body.textContent = '';
  });

  it('says how many invoices are in closed periods and which period closes when', () => {
    expect(listSummaryLines(SUMMARY)).toEqual([
      '3 invoices here are dated in closed periods',
      '5 are in Nov 2026, which closes in 2 days (December 7, 2026)',
    ]);
  });

  it('says it when nothing on screen is closed or closing, and names what it cannot verify', () => {
    expect(
      listSummaryLines({ closed: 0, closingSoon: 0, unverified: 0, closingPeriods: [] }),
    ).toEqual(['No unsynced invoice here is in a closed or closing period']);
    expect(
      listSummaryLines({
        closed: 1,
        closingSoon: 0,
        unverified: 2,
        closingPeriods: [],
      }),
    ).toEqual([
      '1 invoice here is dated in a closed period',
      '2 invoices here have dates Period Guard cannot verify',
    ]);
  });

  it('carries its counts as data attributes', () => {
    const { view } = drawn();
    expect(view.element.getAttribute('data-testid')).toBe('pg-list-summary');
    expect(view.element.getAttribute('data-closed')).toBe('3');
    expect(view.element.getAttribute('data-closing-soon')).toBe('5');
    // Placed and framed by the corner panel's rule, as the banner is.
    expect(view.element).toHaveClass('pg-corner');
    expect(view.element.textContent).toContain('3 invoices here are dated in closed periods');
  });

  it('collapses and says so to assistive tech', () => {
    const { view, toggled } = drawn(SUMMARY, 8, true);
    const toggle = getByRole(view.element, 'button', { name: 'Show the list summary' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    expect(toggled()).toBe(1);
    view.draw({ summary: SUMMARY, marks: 8, collapsed: false });
    expect(
      getByRole(view.element, 'button', { name: 'Hide the list summary' }).getAttribute(
        'aria-expanded',
      ),
    ).toBe('true');
  });

  it('steps through the marked rows, both ways', () => {
    const { view, steps } = drawn();
    getByRole(view.element, 'button', { name: 'Next marked invoice' }).click();
    getByRole(view.element, 'button', { name: 'Previous marked invoice' }).click();
    expect(steps).toEqual([1, -1]);
  });

  it('offers no steps when no row is marked', () => {
    const { view } = drawn({ closed: 0, closingSoon: 0, unverified: 0, closingPeriods: [] }, 0);
    expect(view.element.querySelector<HTMLElement>('.pg-list-summary-steps')?.hidden).toBe(true);
  });

  it('is axe-clean', async () => {
    const { view } = drawn();
    expect(await axeViolations(view.element)).toEqual([]);
  });
});
