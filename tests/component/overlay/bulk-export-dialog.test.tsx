import { render, screen, within } from '@testing-library/react';
import { createStore } from 'zustand/vanilla';
import { OverlayDialogs } from '../../../components/overlay/OverlayDialogs';
import type { GuardController, GuardState } from '../../../lib/guard/guard-controller';
import type { JudgedRow } from '../../../lib/guard/list-verdicts';
import type { ExportAttempt } from '../../../lib/page/export-guard';
import type { ListRow } from '../../../lib/page/list-reader';
import { axeViolations } from '../../support/axe-check';

const attempt = {
  action: document.createElement('button'),
  via: 'click',
  liveAction: () => null,
  replay: () => false,
  dismiss: () => {},
} as unknown as ExportAttempt;

function heldRow(
  number: string,
  date: string,
  kind: 'closed' | 'locked',
  period: string,
): JudgedRow {
  const row = {
    invoiceNumber: number,
    invoiceDate: date,
    invoiceDateText: date,
    synced: false,
  } as unknown as ListRow;
  return {
    row,
    verdict: {
      kind,
      date,
      period: { name: period, start: `${date.slice(0, 8)}01`, end: date, status: kind },
      firstOpenDay: '2026-10-01',
    },
  };
}

const HELD = [
  heldRow('INV-5002', '2026-07-08', 'closed', 'Jul 2026'),
  heldRow('INV-5006', '2026-08-05', 'locked', 'Aug 2026'),
];

function bulkGuard(held: JudgedRow[] = HELD, unchecked = 0) {
  const store = createStore<GuardState>(() => ({
    reading: null,
    verdict: null,
    attempt,
    exporting: false,
    exportProblem: null,
    mode: 'warn',
    orphaned: false,
    policyPending: false,
    dayFirst: false,
    reasonRequired: false,
    bulk: {
      held,
      unchecked,
      worst: (held.length > 0
        ? HELD[1]?.verdict
        : { kind: 'unreadable-date' }) as JudgedRow['verdict'],
    },
  }));
  return {
    store,
    refresh: () => {},
    onPageChange: () => {},
    cancel: () => {},
    exportAnyway: async () => false,
  } as unknown as GuardController;
}

describe('the export dialog for a bulk export', () => {
  it('states the worst verdict and lists each held invoice with its date, period and first open day', () => {
    render(<OverlayDialogs guard={bulkGuard()} />);
    const dialog = screen.getByTestId('pg-export-dialog');
    expect(dialog.getAttribute('data-verdict')).toBe('locked');
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe(
      '2 selected invoices cannot be exported as they are',
    );
    const items = within(dialog)
      .getAllByRole('listitem')
      .filter((li) => li.hasAttribute('data-invoice'));
    expect(items.map((li) => li.textContent)).toEqual([
      'INV-5002: July 8, 2026 · Closed · Jul 2026 · first open day October 1, 2026',
      'INV-5006: August 5, 2026 · Locked · Aug 2026 · first open day October 1, 2026',
    ]);
    expect(screen.getByTestId('pg-export-cancel')).toBeTruthy();
    expect(screen.getByTestId('pg-export-anyway')).toBeTruthy();
  });

  it('is axe-clean', async () => {
    const { container } = render(<OverlayDialogs guard={bulkGuard()} />);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('holds a selection larger than the rows it could judge: how many, and what to do', async () => {
    const { container } = render(<OverlayDialogs guard={bulkGuard([], 1988)} />);
    const dialog = screen.getByTestId('pg-export-dialog');
    expect(dialog.getAttribute('data-verdict')).toBe('unreadable-date');
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe(
      '1,988 selected invoices could not be checked',
    );
    expect(dialog.querySelector('.pg-dialog-description')?.textContent).toBe(
      'Period Guard judges only the invoices the list shows on the page: 1,988 selected invoices were never shown, so it cannot vouch for their dates. Filter the list to the period you are exporting, or select fewer rows so that every one shows, and export again; or open those invoices and check their dates first.',
    );
    const items = within(dialog).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '1,988 selected invoices: not shown on the page · Not checked',
    ]);
    // No steps for a single date: there is none.
    expect(within(dialog).queryByText('What you can do')).toBeNull();
    expect(screen.getByTestId('pg-export-anyway')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lists the refused invoices it saw, then the selected ones it could not check', () => {
    render(<OverlayDialogs guard={bulkGuard(HELD, 1)} />);
    const dialog = screen.getByTestId('pg-export-dialog');
    expect(dialog.getAttribute('data-verdict')).toBe('locked');
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe(
      '2 selected invoices cannot be exported as they are, and 1 could not be checked',
    );
    expect(dialog.querySelector('.pg-dialog-description')?.textContent).toContain(
      '1 selected invoice was never shown, so it cannot vouch for its date.',
    );
    const items = [...dialog.querySelectorAll('.pg-held-invoices li')];
    expect(items.map((li) => li.textContent)).toEqual([
      'INV-5002: July 8, 2026 · Closed · Jul 2026 · first open day October 1, 2026',
      'INV-5006: August 5, 2026 · Locked · Aug 2026 · first open day October 1, 2026',
      '1 more selected invoice: not shown on the page · Not checked',
    ]);
  });
});
