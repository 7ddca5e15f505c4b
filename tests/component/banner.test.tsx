import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type BannerProps, renderBanner } from '../../components/banner-dom';
import { VERDICTS } from '../../lib/calendar/verdict-types';
import { axeViolations } from './axe-check';
import { closedVerdict, september, unsyncedInvoice } from './fixtures';

/** Draws the banner into the document, as the content script does (in its shadow root). */
function render(props: BannerProps): HTMLElement {
  const banner = renderBanner(document, props);
  document.body.replaceChildren(banner);
  return banner;
}

describe('Banner', () => {
  it.each(VERDICTS)('carries data-verdict=%s and is visible for every verdict but open', (kind) => {
    render({ verdict: { ...closedVerdict, kind }, snapshot: unsyncedInvoice });
    const banner = screen.getByTestId('pg-banner');
    expect(banner).toHaveAttribute('data-verdict', kind);
    if (kind === 'open') expect(banner).not.toBeVisible();
    else expect(banner).toBeVisible();
  });

  it('names the invoice and the date it judged in data-invoice and data-date', () => {
    const banner = render({
      verdict: closedVerdict,
      snapshot: { ...unsyncedInvoice, invoiceNumber: 'INV-9' },
    });
    expect(banner).toHaveAttribute('data-invoice', 'INV-9');
    expect(banner).toHaveAttribute('data-date', closedVerdict.date);
    renderBanner(
      document,
      { verdict: { kind: 'unreadable-date' }, snapshot: { invoiceDate: null } },
      banner,
    );
    expect(banner).not.toHaveAttribute('data-invoice');
    expect(banner).not.toHaveAttribute('data-date');
  });

  it('redraws in place: the same element (a live region) with the new verdict only', () => {
    const banner = render({ verdict: closedVerdict, snapshot: unsyncedInvoice });
    const again = renderBanner(
      document,
      { verdict: { kind: 'stale-calendar' }, snapshot: unsyncedInvoice },
      banner,
    );
    expect(again).toBe(banner);
    expect(screen.getAllByTestId('pg-banner')).toHaveLength(1);
    expect(banner).toHaveAttribute('role', 'status');
    expect(banner).not.toHaveTextContent('Closed period');
    expect(banner).not.toHaveTextContent('First open day');
  });

  it.each([
    ['closed', 'alert'],
    ['locked', 'alert'],
    ['synced-closed', 'alert'],
    ['closing-soon', 'status'],
    ['stale-calendar', 'status'],
    ['unreadable-date', 'status'],
  ] as const)('announces a %s verdict as %s', (kind, role) => {
    render({ verdict: { ...closedVerdict, kind }, snapshot: unsyncedInvoice });
    expect(screen.getByRole(role)).toHaveAttribute('data-testid', 'pg-banner');
  });

  it('shows the date read, the period, why, and the first open day', () => {
    const banner = render({ verdict: closedVerdict, snapshot: unsyncedInvoice });
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
    const banner = render({ verdict: soon, snapshot: unsyncedInvoice });
    expect(banner).toHaveTextContent('PeriodSeptember 2026 (open)');
    expect(screen.queryByText('First open day')).toBeNull();
  });

  it('quotes the page text when the date could not be read, as text', () => {
    const banner = render({
      verdict: { kind: 'unreadable-date' },
      snapshot: { invoiceDate: null, invoiceDateText: '<img src=x onerror=alert(1)>' },
    });
    expect(banner).toHaveTextContent('Date read“<img src=x onerror=alert(1)>” (not readable)');
    expect(banner.querySelector('img')).toBeNull();
  });

  it('offers the steps when asked to', async () => {
    const onShowSteps = vi.fn();
    render({ verdict: closedVerdict, snapshot: unsyncedInvoice, onShowSteps });
    await userEvent.click(screen.getByRole('button', { name: 'What can I do?' }));
    expect(onShowSteps).toHaveBeenCalledOnce();
  });

  it('has no axe violations', async () => {
    render({ verdict: closedVerdict, snapshot: unsyncedInvoice, onShowSteps: () => {} });
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
