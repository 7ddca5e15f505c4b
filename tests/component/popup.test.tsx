import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { InvoiceTabState } from '../../lib/popup/read-page-state';
import { storedRemoteStatus } from '../../lib/settings/items';
import { writeStored } from '../../lib/settings/validated';
import { renderPopup, seed, withFreshStorage } from '../support/app-stores';
import { axeViolations } from '../support/axe-check';
import { apr, emptyCalendar, mar, sampleCalendar } from '../support/calendars';

withFreshStorage();

/** An unsynced invoice dated in March, a closed period, as the content script reports it. */
const closedInvoice: InvoiceTabState = {
  isInvoice: true,
  snapshot: { invoiceNumber: 'INV-1042', invoiceDate: '2026-03-18', invoiceDateText: '03/18/2026' },
  verdict: {
    kind: 'closed',
    date: '2026-03-18',
    dateSource: 'invoice',
    period: mar,
    closedThrough: '2026-03-31',
    firstOpenDay: '2026-04-01',
  },
};

/** The same invoice after it synced: its original period is now closed. */
const syncedInvoice: InvoiceTabState = {
  isInvoice: true,
  snapshot: {
    ...closedInvoice.snapshot,
    invoiceDate: '2026-03-18',
    accountingReferenceId: 'SI-7781',
  },
  verdict: { ...closedInvoice.verdict, kind: 'synced-closed', dateSource: 'original' },
};

const onInvoice = (state: InvoiceTabState) => () => Promise.resolve(state);
const elsewhere = () => Promise.resolve(null);

describe('popup: what the guard sees', () => {
  const seen = {
    invoiceDate: { label: 'Invoice Date', text: '03/18/2026', kind: 'field' as const },
    exportActions: { names: ['Sync to Intacct'], count: 1 },
  };

  it('shows the field read and the export actions found on an invoice', async () => {
    await seed({ calendar: sampleCalendar });
    await renderPopup({ readState: onInvoice({ ...closedInvoice, seen }) });
    const sees = await screen.findByTestId('popup-guard-sees');
    expect(sees).toHaveTextContent('“03/18/2026”, labelled “Invoice Date” (form field)');
    expect(sees).toHaveTextContent('Sync to Intacct');
  });

  it('shows them on a BuildOps page without an invoice too, beside the calendar', async () => {
    await seed({ calendar: sampleCalendar });
    await renderPopup({
      readState: () => Promise.resolve({ isInvoice: false, snapshot: null, verdict: null, seen }),
    });
    const sees = await screen.findByTestId('popup-guard-sees');
    expect(sees).toHaveTextContent('Sync to Intacct');
    expect(screen.queryByTestId('popup-verdict')).not.toBeInTheDocument();
  });

  it('is not shown where no content script answered', async () => {
    await seed({ calendar: sampleCalendar });
    await renderPopup({ readState: elsewhere });
    await screen.findByTestId('popup-check-date-input');
    expect(screen.queryByTestId('popup-guard-sees')).not.toBeInTheDocument();
  });
});

describe('popup on a BuildOps invoice', () => {
  it('shows the verdict, the invoice, the ranked steps and the first open day to copy', async () => {
    await seed({ calendar: sampleCalendar });
    await renderPopup({ readState: onInvoice(closedInvoice) });
    const verdict = await screen.findByTestId('popup-verdict');
    expect(verdict).toHaveAttribute('data-verdict', 'closed');
    expect(within(verdict).getByRole('heading', { level: 2, name: /Closed period/ })).toBeVisible();
    expect(verdict).toHaveTextContent('INV-1042');
    expect(verdict).toHaveTextContent('March 18, 2026');
    expect(verdict).toHaveTextContent('Mar 2026, March 1 – March 31, 2026 (closed)');

    const steps = within(verdict)
      .getAllByRole('listitem')
      .filter((li) => li.dataset.step);
    expect(steps.map((li) => li.dataset.step)).toEqual(['move-date', 'ask-reopen']);
    expect(screen.getByLabelText('New invoice date')).toHaveValue('04/01/2026');
    expect(screen.getByRole('button', { name: 'Copy New invoice date' })).toBeEnabled();
    // The first open day is offered once, with the step that uses it.
    expect(screen.queryByLabelText('First open day')).not.toBeInTheDocument();
  });

  it('leads with the verdict and the first step; folds the other ways out and the request', async () => {
    await renderPopup({ readState: onInvoice(closedInvoice) });
    const verdict = await screen.findByTestId('popup-verdict');
    const first = within(verdict).getByRole('region', { name: 'First step' });
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((li) => li.dataset.step),
    ).toEqual(['move-date']);
    expect(within(first).getByRole('button', { name: 'Copy New invoice date' })).toBeVisible();
    expect(verdict).toHaveTextContent(/^Closed period.*Invoice INV-1042/);
    // The rest is there, one click away.
    expect(screen.getByText('One other way out')).toBeVisible();
    expect(screen.getByText('Dates and period read')).toBeVisible();
    expect(screen.getByText('Mar 2026, March 1 – March 31, 2026 (closed)')).not.toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Copy Request to reopen the period' }),
    ).not.toBeVisible();
  });

  it('offers the reopen request for the Intacct admin, ready to copy', async () => {
    const user = userEvent.setup();
    await renderPopup({ readState: onInvoice(closedInvoice) });
    await user.click(await screen.findByText('Request to the Intacct admin'));
    const request = await screen.findByLabelText('Request to reopen the period');
    expect(request).toBeInstanceOf(HTMLTextAreaElement);
    const text = (request as HTMLTextAreaElement).value;
    expect(text).toContain('Subject: Please reopen Mar 2026');
    expect(text).toContain('Invoice: INV-1042');
    expect(screen.getByRole('button', { name: 'Copy Request to reopen the period' })).toBeVisible();
  });

  it('for a synced invoice never suggests moving the date, and gives the first open day apart', async () => {
    await renderPopup({ readState: onInvoice(syncedInvoice) });
    const verdict = await screen.findByTestId('popup-verdict');
    expect(verdict).toHaveAttribute('data-verdict', 'synced-closed');
    const steps = within(verdict)
      .getAllByRole('listitem')
      .filter((li) => li.dataset.step);
    expect(steps.map((li) => li.dataset.step)).toEqual([
      'adjust-in-intacct',
      'mark-exported',
      'ask-reopen',
    ]);
    expect(screen.getByLabelText('First open day')).toHaveValue('04/01/2026');
  });

  it('writes dates to copy day first when the user reads dates that way', async () => {
    await seed({ settings: { dayFirst: true } });
    await renderPopup({ readState: onInvoice(closedInvoice) });
    expect(await screen.findByLabelText('New invoice date')).toHaveValue('01/04/2026');
  });

  it('has no reopen request and no steps for an open date', async () => {
    const open: InvoiceTabState = {
      ...closedInvoice,
      verdict: { kind: 'open', date: '2026-04-20', dateSource: 'invoice', period: apr },
    };
    await renderPopup({ readState: onInvoice(open) });
    const verdict = await screen.findByTestId('popup-verdict');
    expect(verdict).toHaveAttribute('data-verdict', 'open');
    expect(screen.queryByRole('heading', { name: 'What you can do' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Request to reopen the period')).not.toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = await renderPopup({ readState: onInvoice(closedInvoice) });
    await screen.findByTestId('popup-verdict');
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('popup elsewhere', () => {
  it('says it is checking the tab until the tab answers', async () => {
    let answer: (state: InvoiceTabState | null) => void = () => {};
    const pending = new Promise<InvoiceTabState | null>((resolve) => {
      answer = resolve;
    });
    await seed({ calendar: sampleCalendar });
    await renderPopup({ readState: () => pending });
    expect(screen.getByRole('status')).toHaveTextContent('Checking this tab…');
    await act(async () => answer(null));
    expect(await screen.findByTestId('popup-check-date-input')).toBeVisible();
  });

  it('shows the calendar: closed through per module, the next close and the source', async () => {
    await seed({ calendar: sampleCalendar });
    await renderPopup({ readState: elsewhere });
    expect(await screen.findByTestId('popup-closed-through-ar')).toHaveTextContent(
      'March 31, 2026',
    );
    // GL's date is February 28, but March is a closed period for every module.
    expect(screen.getByTestId('popup-closed-through-gl')).toHaveTextContent('March 31, 2026');
    expect(screen.getByTestId('popup-closed-through-gl').parentElement).toHaveTextContent(
      'March 31, 2026, from the closed-through date, February 28, 2026, and the closed periods after it, through Mar 2026',
    );
    expect(screen.getByTestId('popup-next-close')).toHaveTextContent(
      'Apr 2026 closes in 4 days (May 8, 2026)',
    );
    expect(screen.getByTestId('popup-calendar-source')).toHaveTextContent('Set up in this browser');
    expect(screen.queryByTestId('popup-verdict')).not.toBeInTheDocument();
  });

  it('shows how far a calendar imported as closed periods is closed, and from what', async () => {
    const months = Array.from({ length: 12 }, (_, i) => {
      const m = String(i + 1).padStart(2, '0');
      const end = new Date(Date.UTC(2026, i + 1, 0)).toISOString().slice(0, 10);
      return {
        name: `${m}/2026`,
        start: `2026-${m}-01`,
        end,
        status: i < 9 ? ('closed' as const) : ('open' as const),
      };
    });
    await seed({ calendar: { version: 1, closedThrough: {}, periods: months } });
    await renderPopup({ readState: elsewhere });
    const ar = await screen.findByTestId('popup-closed-through-ar');
    expect(ar).toHaveTextContent('September 30, 2026');
    expect(ar.parentElement).toHaveTextContent('from the closed periods, through 09/2026');
    expect(screen.getByTestId('popup-closed-through-gl')).toHaveTextContent('September 30, 2026');
    expect(screen.queryByText(/Not set/)).not.toBeInTheDocument();
  });

  it('names each entity’s closed-through day: their invoices are judged by their books', async () => {
    await seed({
      calendar: {
        ...sampleCalendar,
        entities: { 'West Coast LLC': { closedThrough: { AR: '2026-04-30' }, periods: [] } },
      },
    });
    await renderPopup({ readState: elsewhere });
    expect(await screen.findByTestId('popup-closed-through-entities')).toHaveTextContent(
      'West Coast LLC: AR closed through April 30, 2026',
    );
  });

  it('names a team calendar by its host', async () => {
    await seed({
      calendar: sampleCalendar,
      settings: {
        source: {
          kind: 'url',
          url: 'https://finance.example.com/periods.json',
          refreshMinutes: 60,
          maxAgeHours: 24,
        },
      },
    });
    await renderPopup({ readState: elsewhere });
    expect(await screen.findByTestId('popup-calendar-source')).toHaveTextContent(
      'Team calendar from finance.example.com',
    );
  });

  it('answers the date checker on change, without Enter, and again on every change', async () => {
    await seed({ calendar: sampleCalendar });
    await renderPopup({ readState: elsewhere });
    const input = await screen.findByTestId('popup-check-date-input');
    const result = screen.getByTestId('popup-check-date-result');
    expect(input).toHaveAttribute('type', 'date');
    expect(result).not.toHaveAttribute('data-verdict');

    fireEvent.change(input, { target: { value: '2026-03-18' } });
    expect(result).toHaveAttribute('data-verdict', 'closed');
    expect(result).toHaveTextContent('The first open day is April 1, 2026.');
    // The answer leads with the first thing to do, as the banner ranks it.
    expect(screen.getByTestId('popup-check-date-step')).toHaveTextContent(
      'First step: Move the invoice date to April 1, 2026',
    );

    fireEvent.change(input, { target: { value: '2026-01-10' } });
    expect(result).toHaveAttribute('data-verdict', 'locked');

    fireEvent.change(input, { target: { value: '2026-04-20' } });
    expect(result).toHaveAttribute('data-verdict', 'closing-soon');

    fireEvent.change(input, { target: { value: '2026-05-20' } });
    expect(result).toHaveAttribute('data-verdict', 'open');
    expect(screen.queryByTestId('popup-check-date-step')).not.toBeInTheDocument();

    fireEvent.change(input, { target: { value: '2027-02-01' } });
    expect(result).toHaveAttribute('data-verdict', 'outside-calendar');

    fireEvent.change(input, { target: { value: '' } });
    expect(result).not.toHaveAttribute('data-verdict');
  });

  /** The popup away from an invoice, with a team calendar last fetched at `lastGoodFetch`. */
  async function renderWithTeamCalendar(lastGoodFetch: string) {
    const url = 'https://finance.example.com/calendar.json';
    const source = { kind: 'url', url, refreshMinutes: 60, maxAgeHours: 24 } as const;
    await seed({ calendar: sampleCalendar, settings: { source } });
    await writeStored(storedRemoteStatus, {
      sourceUrl: url,
      since: '2026-05-01T00:00:00.000Z',
      lastGoodFetch,
      consecutiveFailures: 0,
    });
    await renderPopup({
      readState: elsewhere,
      now: () => Date.parse('2026-05-04T10:00:00.000Z'),
    });
    // May 20 is in an open period that closes on June 8: open, unless the calendar is stale.
    fireEvent.change(screen.getByTestId('popup-check-date-input'), {
      target: { value: '2026-05-20' },
    });
    return {
      fetched: screen.getByTestId('popup-last-fetch'),
      answer: screen.getByTestId('popup-check-date-result'),
    };
  }

  it('says a team calendar past its maximum age vouches for no date, as the guard does', async () => {
    // 49 hours after the last good fetch, with a maximum age of 24.
    const { fetched, answer } = await renderWithTeamCalendar('2026-05-02T09:00:00.000Z');
    expect(fetched).toHaveAttribute('data-stale', 'true');
    expect(fetched).toHaveTextContent('2 days ago');
    expect(fetched).toHaveTextContent('Out of date');
    expect(answer).toHaveAttribute('data-verdict', 'stale-calendar');
  });

  it('shows a fresh team calendar as fresh, and answers from it', async () => {
    const { fetched, answer } = await renderWithTeamCalendar('2026-05-04T07:00:00.000Z');
    expect(fetched).toHaveAttribute('data-stale', 'false');
    expect(fetched).toHaveTextContent('3 hours ago');
    expect(answer).toHaveAttribute('data-verdict', 'open');
  });

  it('falls back to the calendar view when asking the tab fails', async () => {
    await seed({ calendar: sampleCalendar });
    await renderPopup({ readState: () => Promise.reject(new Error('No tab with id: 7')) });
    expect(await screen.findByTestId('popup-check-date-input')).toBeVisible();
  });

  it('has no axe violations with an answer shown', async () => {
    await seed({ calendar: sampleCalendar });
    const { container } = await renderPopup({ readState: elsewhere });
    fireEvent.change(await screen.findByTestId('popup-check-date-input'), {
      target: { value: '2026-03-18' },
    });
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('popup with nothing set up', () => {
  it('offers one clear way to the settings page and nothing else', async () => {
    const user = userEvent.setup();
    const openSettings = vi.fn();
    await renderPopup({ readState: elsewhere, openSettings });
    await screen.findByTestId('popup-setup');
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]).toHaveAccessibleName('Open settings to set up the calendar');
    expect(screen.queryByTestId('popup-check-date-input')).not.toBeInTheDocument();
    await user.click(buttons[0] as HTMLElement);
    expect(openSettings).toHaveBeenCalledTimes(1);
  });

  it('counts an empty calendar as nothing set up', async () => {
    await seed({ calendar: emptyCalendar });
    await renderPopup({ readState: elsewhere });
    expect(await screen.findByTestId('popup-setup')).toBeVisible();
  });

  it('shows the calendar as soon as the settings page saves one', async () => {
    await renderPopup({ readState: elsewhere });
    await screen.findByTestId('popup-setup');
    await act(() => seed({ calendar: sampleCalendar }));
    expect(await screen.findByTestId('popup-check-date-input')).toBeVisible();
    expect(screen.queryByTestId('popup-setup')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Settings' })).toBeVisible();
  });

  it('says so when the stored calendar cannot be read, with the way to the settings', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    await fakeBrowser.storage.local.set({ calendar: 'garbage', calendar$: { v: 1 } });
    await renderPopup({ readState: elsewhere });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The saved calendar could not be read',
    );
    expect(screen.getByRole('button', { name: 'Open settings' })).toBeVisible();
  });

  it('has no axe violations', async () => {
    const { container } = await renderPopup({ readState: elsewhere });
    await screen.findByTestId('popup-setup');
    expect(await axeViolations(container)).toEqual([]);
  });
});
