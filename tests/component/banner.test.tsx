import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Banner } from '../../components/Banner';
import { VERDICTS } from '../../lib/calendar/verdict-types';
import { axeViolations } from './axe-check';
import { closedVerdict, september, unsyncedInvoice } from './fixtures';

describe('Banner', () => {
  it.each(VERDICTS)('carries data-verdict=%s and is visible for every verdict but open', (kind) => {
    render(<Banner verdict={{ ...closedVerdict, kind }} snapshot={unsyncedInvoice} />);
    const banner = screen.getByTestId('pg-banner');
    expect(banner).toHaveAttribute('data-verdict', kind);
    if (kind === 'open') expect(banner).not.toBeVisible();
    else expect(banner).toBeVisible();
  });

  it('names the invoice and the date it judged in data-invoice and data-date', () => {
    const { rerender } = render(
      <Banner verdict={closedVerdict} snapshot={{ ...unsyncedInvoice, invoiceNumber: 'INV-9' }} />,
    );
    const banner = screen.getByTestId('pg-banner');
    expect(banner).toHaveAttribute('data-invoice', 'INV-9');
    expect(banner).toHaveAttribute('data-date', closedVerdict.date);
    rerender(<Banner verdict={{ kind: 'unreadable-date' }} snapshot={{ invoiceDate: null }} />);
    expect(banner).not.toHaveAttribute('data-invoice');
    expect(banner).not.toHaveAttribute('data-date');
  });

  it.each([
    ['closed', 'alert'],
    ['locked', 'alert'],
    ['synced-closed', 'alert'],
    ['closing-soon', 'status'],
    ['stale-calendar', 'status'],
    ['unreadable-date', 'status'],
  ] as const)('announces a %s verdict as %s', (kind, role) => {
    render(<Banner verdict={{ ...closedVerdict, kind }} snapshot={unsyncedInvoice} />);
    expect(screen.getByRole(role)).toHaveAttribute('data-testid', 'pg-banner');
  });

  it('shows the date read, the period, why, and the first open day', () => {
    render(<Banner verdict={closedVerdict} snapshot={unsyncedInvoice} />);
    const banner = screen.getByTestId('pg-banner');
    expect(banner).toHaveTextContent('Closed period: Intacct will refuse this export');
    expect(banner).toHaveTextContent('Date readSeptember 15, 2026');
    expect(banner).toHaveTextContent('PeriodSeptember 2026 (closed)');
    expect(banner).toHaveTextContent('First open dayOctober 1, 2026');
    expect(banner).toHaveTextContent('Intacct refuses transactions dated in a closed period');
  });

  it('does not repeat the date read as the first open day when the date is open', () => {
    const soon = {
      kind: 'closing-soon' as const,
      date: '2026-09-15',
      firstOpenDay: '2026-09-15',
      period: { ...september, status: 'open' as const },
      closesOn: '2026-10-05',
      daysUntilClose: 3,
    };
    render(<Banner verdict={soon} snapshot={unsyncedInvoice} />);
    expect(screen.getByTestId('pg-banner')).toHaveTextContent('PeriodSeptember 2026 (open)');
    expect(screen.queryByText('First open day')).toBeNull();
  });

  it('quotes the page text when the date could not be read', () => {
    render(
      <Banner
        verdict={{ kind: 'unreadable-date' }}
        snapshot={{ invoiceDate: null, invoiceDateText: '31/31/2026' }}
      />,
    );
    expect(screen.getByTestId('pg-banner')).toHaveTextContent(
      'Date read“31/31/2026” (not readable)',
    );
  });

  it('offers the steps when asked to', async () => {
    const onShowSteps = vi.fn();
    render(<Banner verdict={closedVerdict} snapshot={unsyncedInvoice} onShowSteps={onShowSteps} />);
    await userEvent.click(screen.getByRole('button', { name: 'What can I do?' }));
    expect(onShowSteps).toHaveBeenCalledOnce();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <Banner verdict={closedVerdict} snapshot={unsyncedInvoice} onShowSteps={() => {}} />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
