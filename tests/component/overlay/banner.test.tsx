import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  type BannerHandlers,
  type BannerProps,
  type BannerView,
  createBannerView,
} from '../../../components/overlay/banner-dom';
import { VERDICTS } from '../../../lib/calendar/verdict-types';
import { axeViolations } from '../../support/axe-check';
import { closedVerdict, september, unsyncedInvoice } from '../../support/sample-invoices';

const noop: BannerHandlers = { onToggleFolded() {}, onToggleSteps() {} };

/** Draws the banner into the document, as the content script does (in its shadow root). */
function render(
  props: Partial<BannerProps> & Pick<BannerProps, 'verdict' | 'snapshot'>,
  handlers: BannerHandlers = noop,
): BannerView {
  const view = createBannerView(document, handlers);
  view.draw({ folded: false, stepsOpen: false, ...props });
  document.body.replaceChildren(view.element);
  return view;
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
    const view = render({
      verdict: closedVerdict,
      snapshot: { ...unsyncedInvoice, invoiceNumber: 'INV-9' },
    });
    expect(view.element).toHaveAttribute('data-invoice', 'INV-9');
    expect(view.element).toHaveAttribute('data-date', closedVerdict.date);
    view.draw({
      verdict: { kind: 'unreadable-date' },
      snapshot: { invoiceDate: null },
      folded: false,
      stepsOpen: false,
    });
    expect(view.element).not.toHaveAttribute('data-invoice');
    expect(view.element).not.toHaveAttribute('data-date');
  });

  it('is the overlay’s corner panel, as the list summary is', () => {
    render({ verdict: closedVerdict, snapshot: unsyncedInvoice });
    expect(screen.getByTestId('pg-banner')).toHaveClass('pg-corner');
  });

  it('shows the invoice number', () => {
    render({ verdict: closedVerdict, snapshot: { ...unsyncedInvoice, invoiceNumber: 'INV-9' } });
    expect(screen.getByText('Invoice INV-9')).toBeVisible();
  });

  it('redraws in place: the same element and live region, with the new verdict only', () => {
    const view = render({ verdict: closedVerdict, snapshot: unsyncedInvoice });
    const live = within(view.element).getByRole('alert');
    view.draw({
      verdict: { kind: 'stale-calendar' },
      snapshot: unsyncedInvoice,
      folded: false,
      stepsOpen: false,
    });
    expect(screen.getAllByTestId('pg-banner')).toHaveLength(1);
    expect(live).toHaveAttribute('role', 'status');
    expect(within(view.element).getByRole('status')).toBe(live);
    expect(view.element).not.toHaveTextContent('Closed period');
    expect(view.element).not.toHaveTextContent('First open day');
  });

  it.each([
    ['closed', 'alert'],
    ['locked', 'alert'],
    ['synced-closed', 'alert'],
    ['closing-soon', 'status'],
    ['stale-calendar', 'status'],
    ['unreadable-date', 'status'],
  ] as const)('announces a %s verdict as %s', (kind, role) => {
    const view = render({ verdict: { ...closedVerdict, kind }, snapshot: unsyncedInvoice });
    expect(within(view.element).getByRole(role)).toHaveTextContent('Period Guard');
  });

  it('says a period still marked open is closed by the closed-through date', () => {
    const period = { ...september, status: 'open' as const };
    const { element } = render({
      verdict: { ...closedVerdict, period },
      snapshot: unsyncedInvoice,
    });
    expect(element).toHaveTextContent(
      'PeriodSeptember 2026 (marked open, but the books are closed through this day)',
    );
  });

  it('names the date it judged, the period, why, and the first open day', () => {
    const { element } = render({ verdict: closedVerdict, snapshot: unsyncedInvoice });
    expect(element).toHaveTextContent('Closed period: Intacct will refuse this export');
    expect(element).toHaveTextContent('Invoice dateSeptember 15, 2026');
    expect(element).not.toHaveTextContent('Date read');
    expect(element).toHaveTextContent('PeriodSeptember 2026 (closed)');
    expect(element).toHaveTextContent('First open dayOctober 1, 2026');
    expect(element).toHaveTextContent('Intacct refuses transactions dated in a closed period');
  });

  it('says "Posting date" when Intacct judges the posting date', () => {
    const posted = { ...closedVerdict, dateSource: 'posting' as const };
    const { element } = render({ verdict: posted, snapshot: unsyncedInvoice });
    expect(element).toHaveTextContent('Posting dateSeptember 15, 2026');
    expect(element).not.toHaveTextContent('Invoice dateSeptember');
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
    const { element } = render({ verdict: soon, snapshot: unsyncedInvoice });
    expect(element).toHaveTextContent('PeriodSeptember 2026 (open)');
    expect(screen.queryByText('First open day')).toBeNull();
  });

  it('quotes the page text when the date could not be read, as text', () => {
    const { element } = render({
      verdict: { kind: 'unreadable-date' },
      snapshot: { invoiceDate: null, invoiceDateText: '<img src=x onerror=alert(1)>' },
    });
    expect(element).toHaveTextContent('Invoice date“<img src=x onerror=alert(1)>” (not readable)');
    expect(element.querySelector('img')).toBeNull();
  });

  it('asks for the ways out, and says whether they are open', async () => {
    const onToggleSteps = vi.fn();
    const view = render(
      { verdict: closedVerdict, snapshot: unsyncedInvoice },
      {
        ...noop,
        onToggleSteps,
      },
    );
    const ask = screen.getByRole('button', { name: 'What can I do?' });
    expect(ask).toHaveAttribute('aria-expanded', 'false');
    expect(view.panel).not.toBeVisible();
    await userEvent.click(ask);
    expect(onToggleSteps).toHaveBeenCalledOnce();
    view.draw({
      verdict: closedVerdict,
      snapshot: unsyncedInvoice,
      folded: false,
      stepsOpen: true,
    });
    // The same button, still focused, now says the steps are open.
    expect(ask).toHaveFocus();
    expect(ask).toHaveAttribute('aria-expanded', 'true');
    expect(ask).toHaveAccessibleName('Hide what I can do');
    expect(view.panel).toBeVisible();
    expect(ask).toHaveAttribute('aria-controls', view.panel.id);
  });

  it('folds to a pill that still says the verdict and the invoice, and unfolds again', async () => {
    const onToggleFolded = vi.fn();
    const view = render(
      { verdict: closedVerdict, snapshot: unsyncedInvoice },
      { ...noop, onToggleFolded },
    );
    const fold = screen.getByRole('button', { name: 'Hide Period Guard details' });
    expect(fold).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(fold);
    expect(onToggleFolded).toHaveBeenCalledOnce();
    view.draw({
      verdict: closedVerdict,
      snapshot: unsyncedInvoice,
      folded: true,
      stepsOpen: false,
    });
    expect(view.element).toHaveAttribute('data-folded', 'true');
    expect(view.element).toHaveAttribute('data-verdict', 'closed');
    expect(view.element).toBeVisible();
    expect(screen.getByText('Closed')).toBeVisible();
    expect(screen.getByText('Invoice INV-1042')).toBeVisible();
    expect(screen.queryByText(/Intacct refuses transactions/)).not.toBeVisible();
    // The full headline stays for screen readers; the pill's short word is for the eye.
    expect(within(view.element).getByRole('alert')).toHaveTextContent(
      'Period Guard Closed period: Intacct will refuse this export',
    );
    expect(fold).toHaveFocus();
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    expect(fold).toHaveAccessibleName('Show Period Guard details');
  });

  it('offers to be shown the invoice date only when asked to (an unreadable date)', async () => {
    const onTeach = vi.fn();
    const unreadable = {
      verdict: { kind: 'unreadable-date' as const },
      snapshot: { invoiceDate: null },
    };
    const view = render({ ...unreadable }, { ...noop, onTeach });
    expect(screen.getByTestId('pg-teach-start')).not.toBeVisible();
    view.draw({ ...unreadable, folded: false, stepsOpen: false, teach: { picking: false } });
    const teach = screen.getByTestId('pg-teach-start');
    expect(teach).toHaveAccessibleName('Show me the invoice date');
    await userEvent.click(teach);
    expect(onTeach).toHaveBeenCalledOnce();
    view.draw({ ...unreadable, folded: false, stepsOpen: false, teach: { picking: true } });
    expect(teach).toHaveAccessibleName('Cancel picking');
    expect(screen.getByTestId('pg-teach-message')).toHaveTextContent(
      'Click the invoice date on the page (or Tab to it and press Enter). Escape cancels.',
    );
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('says what came of teaching, whatever the verdict now is', () => {
    const view = render({ verdict: closedVerdict, snapshot: unsyncedInvoice });
    expect(screen.getByTestId('pg-teach-message')).not.toBeVisible();
    view.draw({
      verdict: closedVerdict,
      snapshot: unsyncedInvoice,
      folded: false,
      stepsOpen: false,
      note: 'Period Guard now reads “Bill Date” as the invoice date.',
    });
    const note = screen.getByTestId('pg-teach-message');
    expect(note).toBeVisible();
    expect(note).toHaveAttribute('role', 'status');
    expect(screen.getByTestId('pg-teach-start')).not.toBeVisible();
  });

  it('has no axe violations, unfolded, with the steps asked for, and folded', async () => {
    const view = render({ verdict: closedVerdict, snapshot: unsyncedInvoice });
    expect(await axeViolations(document.body)).toEqual([]);
    view.draw({
      verdict: closedVerdict,
      snapshot: unsyncedInvoice,
      folded: false,
      stepsOpen: true,
    });
    expect(await axeViolations(document.body)).toEqual([]);
    view.draw({
      verdict: closedVerdict,
      snapshot: unsyncedInvoice,
      folded: true,
      stepsOpen: false,
    });
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
