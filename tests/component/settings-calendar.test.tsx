import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  renderSettings,
  seed,
  storedCalendarNow,
  storedSettingsNow,
  withFreshStorage,
} from '../support/app-stores';
import { axeViolations } from '../support/axe-check';
import { apr, feb, mar, sampleCalendar } from '../support/calendars';

withFreshStorage();

const teamSource = {
  kind: 'url' as const,
  url: 'https://finance.example.com/periods.json',
  refreshMinutes: 60,
  maxAgeHours: 24,
};

describe('closed-through section', () => {
  it('saves the closed-through days into the calendar, starting one when there is none', async () => {
    const user = userEvent.setup();
    await renderSettings();
    await user.type(screen.getByLabelText('Accounts Receivable (AR) closed through'), '2026-03-31');
    await user.click(screen.getByRole('button', { name: 'Save closed-through dates' }));
    await waitFor(async () =>
      expect(await storedCalendarNow()).toEqual({
        version: 1,
        closedThrough: { AR: '2026-03-31' },
        periods: [],
      }),
    );
    expect(await screen.findByText(/Invoices dated on or before March 31, 2026/)).toBeVisible();
  });

  it('clears one module without touching the periods or the other module', async () => {
    const user = userEvent.setup();
    await seed({ calendar: sampleCalendar });
    await renderSettings();
    await user.clear(screen.getByLabelText('General Ledger (GL) closed through'));
    await user.click(screen.getByRole('button', { name: 'Save closed-through dates' }));
    await waitFor(async () =>
      expect(await storedCalendarNow()).toEqual({
        ...sampleCalendar,
        closedThrough: { AR: '2026-03-31' },
      }),
    );
  });
});

describe('periods section', () => {
  it('shows one period-row per period and adds a period typed into the table', async () => {
    const user = userEvent.setup();
    await seed({
      calendar: { version: 1, closedThrough: { AR: '2026-01-31' }, periods: [feb, mar] },
    });
    await renderSettings();
    expect(screen.getAllByTestId('period-row')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Add period' }));
    // Prefilled with the month after the last period; only the close day is typed.
    expect(screen.getByLabelText('Name of new period')).toHaveValue('April 2026');
    await user.type(screen.getByLabelText('Close day of new period'), '2026-05-08');
    await user.click(screen.getByRole('button', { name: 'Add new period' }));
    await waitFor(() => expect(screen.getAllByTestId('period-row')).toHaveLength(3));
    expect(await storedCalendarNow()).toEqual({
      version: 1,
      closedThrough: { AR: '2026-01-31' },
      periods: [feb, mar, { ...apr, name: 'April 2026' }],
    });
  });

  it('deletes a period', async () => {
    const user = userEvent.setup();
    await seed({ calendar: sampleCalendar });
    await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Delete Feb 2026' }));
    // Feb 2026 is closed: the delete waits for a second yes.
    await user.click(screen.getByTestId('period-delete-confirm'));
    await waitFor(() => expect(screen.getAllByTestId('period-row')).toHaveLength(4));
    expect((await storedCalendarNow())?.periods.map((p) => p.name)).toEqual([
      'Jan 2026',
      'Mar 2026',
      'Apr 2026',
      'May 2026',
    ]);
    await user.click(screen.getByRole('button', { name: 'Undo delete of Feb 2026' }));
    await waitFor(() => expect(screen.getAllByTestId('period-row')).toHaveLength(5));
    expect(await storedCalendarNow()).toEqual(sampleCalendar);
  });
});

describe('year section', () => {
  it('shows the fiscal year with today marked, and saves the month it starts in', async () => {
    const user = userEvent.setup();
    await seed({ calendar: sampleCalendar });
    await renderSettings('2026-05-04');
    const months = () => screen.getAllByTestId('year-month');
    expect(months().map((m) => m.dataset.month)[0]).toBe('2026-01');
    expect(months().find((m) => m.getAttribute('aria-current') === 'date')?.dataset.month).toBe(
      '2026-05',
    );
    expect(months()[0]).toHaveAttribute('data-status', 'locked');
    expect(months()[3]).toHaveAttribute('data-status', 'closing-soon');

    await user.selectOptions(screen.getByLabelText('Fiscal year starts in'), 'July');
    await waitFor(() => expect(months()[0]).toHaveAttribute('data-month', '2025-07'));
    expect((await storedSettingsNow()).fiscalYearStartMonth).toBe(7);
    expect(await screen.findByText('Saved: the fiscal year starts in July.')).toBeVisible();
  });

  it('says how to fill an empty strip when there is no calendar', async () => {
    await renderSettings();
    expect(screen.getByText(/No calendar yet: every month shows “Not in calendar”/)).toBeVisible();
    expect(screen.getAllByTestId('year-month').every((m) => m.dataset.status === 'unknown')).toBe(
      true,
    );
  });
});

describe('team calendar section', () => {
  it('says the calendar in use is the one above and offers the URL without further clicks', async () => {
    await renderSettings();
    const section = screen.getByRole('region', { name: 'Team calendar' });
    expect(section.querySelector('[data-slot="remote-source"]')).toHaveTextContent(
      'The calendar in use is the one set up above',
    );
    expect(within(section).getByTestId('calendar-url-input')).toBeVisible();
  });

  it('makes a team calendar read-only here: it is edited at its source', async () => {
    await seed({ calendar: sampleCalendar, settings: { source: teamSource } });
    await renderSettings();
    expect(screen.getByRole('region', { name: 'Team calendar' })).toHaveTextContent(
      'Team calendar from https://finance.example.com/periods.json',
    );
    expect(screen.getByTestId('calendar-intro')).toHaveTextContent(
      'comes from the team calendar at https://finance.example.com/periods.json; it is read-only here',
    );
    expect(screen.getByLabelText('Accounts Receivable (AR) closed through')).toBeDisabled();
    expect(screen.getByTestId('calendar-file-input')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Add period' })).not.toBeInTheDocument();
    expect(screen.getAllByTestId('period-row')).toHaveLength(5);
  });
});

describe('calendar sections', () => {
  it('have no axe violations', async () => {
    await seed({ calendar: sampleCalendar });
    const { container } = await renderSettings();
    expect(await axeViolations(container)).toEqual([]);
    within(container).getByRole('main');
  });
});
