import { render, screen, within } from '@testing-library/react';
import { VerdictSummary } from '../../components/VerdictSummary';
import { axeViolations } from '../support/axe-check';
import {
  closedVerdict,
  september,
  syncedInvoice,
  unsyncedInvoice,
} from '../support/sample-invoices';

function fact(term: string): string | null {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? null;
}

describe('VerdictSummary', () => {
  it('shows the headline as a heading, the reason, and the facts it rests on', () => {
    render(<VerdictSummary verdict={closedVerdict} snapshot={unsyncedInvoice} />);
    const region = screen.getByRole('region', {
      name: 'Closed period: Intacct will refuse this export',
    });
    expect(within(region).getByText(/is in September 2026, a closed period/)).toBeInTheDocument();
    // The invoice number stays in view; the dates and period are one click away.
    expect(within(region).getByText('INV-1042')).toBeVisible();
    expect(within(region).getByText('Dates and period read')).toBeVisible();
    expect(within(region).getByText('September 15, 2026')).not.toBeVisible();
    expect(fact('Invoice date')).toBe('September 15, 2026');
    expect(fact('Period')).toBe('September 2026, September 1 – September 30, 2026 (closed)');
    expect(fact('First open day')).toBe('October 1, 2026');
    expect(region).toHaveAttribute('data-verdict', 'closed');
  });

  it('does not call a period open beside a verdict its closed-through date makes closed', () => {
    const stillMarkedOpen = { ...september, status: 'open' as const };
    render(
      <VerdictSummary
        verdict={{ ...closedVerdict, period: stillMarkedOpen }}
        snapshot={unsyncedInvoice}
      />,
    );
    expect(fact('Period')).toBe(
      'September 2026, September 1 – September 30, 2026 (marked open, but the books are closed through this day)',
    );
  });

  it('shows a synced invoice by its reference and original date', () => {
    render(
      <VerdictSummary
        verdict={{ ...closedVerdict, kind: 'synced-closed', dateSource: 'original' }}
        snapshot={{ ...syncedInvoice, invoiceDate: '2026-10-02', originalDate: '2026-09-15' }}
      />,
    );
    expect(fact('Accounting Reference ID')).toBe('SI-7781');
    expect(fact('Invoice date')).toBe('October 2, 2026');
    expect(fact('Original date (as synced)')).toBe('September 15, 2026');
  });

  it('quotes an unreadable date instead of guessing', () => {
    render(
      <VerdictSummary
        verdict={{ kind: 'unreadable-date' }}
        snapshot={{ invoiceDate: null, invoiceDateText: 'TBD' }}
      />,
    );
    expect(fact('Invoice date')).toBe('Not readable: “TBD”');
    expect(screen.getByRole('heading')).toHaveTextContent('cannot verify');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <VerdictSummary verdict={closedVerdict} snapshot={unsyncedInvoice} />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
