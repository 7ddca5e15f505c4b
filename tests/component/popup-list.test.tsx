import { screen, within } from '@testing-library/react';
import type { JudgedRow } from '../../lib/guard/list-verdicts';
import { pageListState } from '../../lib/guard/page-list-state';
import { type PageState, pageStateSchema } from '../../lib/messages';
import type { ListRow } from '../../lib/page/list-reader';
import { renderPopup, seed, withFreshStorage } from '../support/app-stores';
import { axeViolations } from '../support/axe-check';
import { sampleCalendar } from '../support/calendars';

function marked(
  number: string,
  date: string,
  kind: 'closed' | 'locked',
  period: string,
): JudgedRow {
  return {
    row: { invoiceNumber: number, invoiceDate: date, synced: false } as unknown as ListRow,
    verdict: {
      kind,
      date,
      period: { name: period, start: `${date.slice(0, 8)}01`, end: date, status: kind },
      firstOpenDay: '2026-10-01',
    },
  };
}

/** The answer a list page gives, built as the content script builds it and validated. */
function listPageState(): PageState {
  const list = pageListState({
    summary: {
      closed: 2,
      closingSoon: 0,
      unverified: 0,
      closingPeriods: [],
    },
    marked: [
      marked('INV-1102', '2026-09-03', 'closed', 'Sep 2026'),
      marked('INV-1103', '2026-08-05', 'locked', 'Aug 2026'),
    ],
  });
  const answer = { isInvoice: false, snapshot: null, verdict: null, list };
  return pageStateSchema.parse(answer);
}

describe('popup on an invoice list', () => {
  withFreshStorage();

  it('shows the counts and every marked invoice', async () => {
    await seed({ calendar: sampleCalendar });
    await renderPopup({ readState: () => Promise.resolve(listPageState()) });
    const list = await screen.findByTestId('popup-list');
    expect(list.getAttribute('data-closed')).toBe('2');
    expect(list.getAttribute('data-closing-soon')).toBe('0');
    expect(list).toHaveTextContent('2 invoices here are dated in closed periods');
    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.hasAttribute('data-invoice'));
    expect(items.map((li) => li.textContent)).toEqual([
      'INV-1102: September 3, 2026 · Closed · Sep 2026 · first open day October 1, 2026',
      'INV-1103: August 5, 2026 · Locked · Aug 2026 · first open day October 1, 2026',
    ]);
  });

  it('refuses a list answer that does not validate', () => {
    const bad = { isInvoice: false, snapshot: null, verdict: null, list: { closed: '2' } };
    expect(pageStateSchema.safeParse(bad).success).toBe(false);
  });

  it('is axe-clean', async () => {
    await seed({ calendar: sampleCalendar });
    const { container } = await renderPopup({ readState: () => Promise.resolve(listPageState()) });
    await screen.findByTestId('popup-list');
    expect(await axeViolations(container)).toEqual([]);
  });
});
