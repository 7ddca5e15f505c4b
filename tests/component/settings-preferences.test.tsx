import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UserNameField } from '../../components/settings/UserNameField';
import { DEFAULT_EXPORT_WORDS, DEFAULT_INVOICE_DATE_LABELS } from '../../lib/settings/defaults';
import { StoresProvider } from '../../lib/settings/hooks';
import {
  makeStores,
  renderSettings,
  seed,
  storedSettingsNow,
  withFreshStorage,
} from '../support/app-stores';
import { axeViolations } from '../support/axe-check';

withFreshStorage();

const list = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent?.replace('×', '').trim());

describe('page reading section', () => {
  it('adds a label with Enter and saves it at once', async () => {
    const user = userEvent.setup();
    await renderSettings();
    await user.type(screen.getByLabelText('Add to invoice date labels'), 'Billing Date{Enter}');
    await waitFor(async () =>
      expect((await storedSettingsNow()).invoiceDateLabels).toEqual([
        ...DEFAULT_INVOICE_DATE_LABELS,
        'Billing Date',
      ]),
    );
    expect(list('Invoice date labels')).toContain('Billing Date');
    expect(screen.getByLabelText('Add to invoice date labels')).toHaveValue('');
    expect(await screen.findByText('Saved the invoice date labels.')).toBeVisible();
  });

  it('refuses a word already in the list, whatever its case', async () => {
    const user = userEvent.setup();
    await renderSettings();
    await user.type(screen.getByLabelText('Add to export words'), 'sync{Enter}');
    expect(screen.getByText('“sync” is already in the list.')).toBeVisible();
    expect(screen.getByLabelText('Add to export words')).toHaveAttribute('aria-invalid', 'true');
    expect((await storedSettingsNow()).exportWords).toEqual(DEFAULT_EXPORT_WORDS);
  });

  it('removes a word, but never the last invoice date label', async () => {
    const user = userEvent.setup();
    await seed({ settings: { invoiceDateLabels: ['Invoice Date', 'Issued'] } });
    await renderSettings();
    await user.click(
      screen.getByRole('button', { name: 'Remove “Issued” from invoice date labels' }),
    );
    await waitFor(async () =>
      expect((await storedSettingsNow()).invoiceDateLabels).toEqual(['Invoice Date']),
    );
    await user.click(
      screen.getByRole('button', { name: 'Remove “Invoice Date” from invoice date labels' }),
    );
    expect(screen.getByText(/Keep at least 1 entry/)).toBeVisible();
    expect((await storedSettingsNow()).invoiceDateLabels).toEqual(['Invoice Date']);
  });

  it('posting date labels may be emptied, and defaults come back with one click', async () => {
    const user = userEvent.setup();
    await seed({ settings: { postingDateLabels: ['GL Date'] } });
    await renderSettings();
    await user.click(
      screen.getByRole('button', { name: 'Remove “GL Date” from posting date labels' }),
    );
    await waitFor(async () => expect((await storedSettingsNow()).postingDateLabels).toEqual([]));
    await user.click(
      screen.getByRole('button', { name: 'Restore defaults for posting date labels' }),
    );
    await waitFor(async () =>
      expect((await storedSettingsNow()).postingDateLabels).toEqual([
        'Posting Date',
        'GL Posting Date',
      ]),
    );
  });

  it('saves day-first dates from the checkbox', async () => {
    const user = userEvent.setup();
    await renderSettings();
    await user.click(screen.getByLabelText('Dates are written day first (dd/MM/yyyy)'));
    await waitFor(async () => expect((await storedSettingsNow()).dayFirst).toBe(true));
    expect(
      await screen.findByText('Saved: dates like 03/04/2026 are read as 3 April.'),
    ).toBeVisible();
  });

  it('shows the store’s sentence when the settings cannot be saved', async () => {
    const user = userEvent.setup();
    const { stores } = await renderSettings();
    await fakeBrowser.storage.local.set({ settings$: { v: 99 } });
    await stores.settings.refresh();
    await user.click(screen.getByLabelText('Dates are written day first (dd/MM/yyyy)'));
    const alerts = await screen.findAllByRole('alert');
    expect(
      alerts.some((a) =>
        /A newer version of Period Guard saved the settings/.test(a.textContent ?? ''),
      ),
    ).toBe(true);
  });
});

describe('behaviour section', () => {
  it('saves the closing-soon days', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const days = screen.getByLabelText('Warn this many days before a period closes');
    expect(days).toHaveValue(5);
    await user.clear(days);
    await user.type(days, '10');
    await user.click(screen.getByRole('button', { name: 'Save days' }));
    await waitFor(async () => expect((await storedSettingsNow()).closingSoonDays).toBe(10));
    expect(await screen.findByText('Saved: warn 10 days before a period closes.')).toBeVisible();
  });

  it.each(['61', '-1', '2.5', ''])(
    'refuses %j days with a sentence and saves nothing',
    async (typed) => {
      const user = userEvent.setup();
      await renderSettings();
      const days = screen.getByLabelText('Warn this many days before a period closes');
      await user.clear(days);
      if (typed) await user.type(days, typed);
      await user.click(screen.getByRole('button', { name: 'Save days' }));
      expect(days).toHaveAttribute('aria-invalid', 'true');
      expect(days).toHaveAccessibleDescription(/Enter a whole number of days from 0 to 60/);
      expect((await storedSettingsNow()).closingSoonDays).toBe(5);
    },
  );

  it('switches between warn and block', async () => {
    const user = userEvent.setup();
    await renderSettings();
    expect(screen.getByRole('radio', { name: 'Warn' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Block' }));
    await waitFor(async () => expect((await storedSettingsNow()).mode).toBe('block'));
    expect(screen.getByRole('radio', { name: 'Block' })).toBeChecked();
    expect(await screen.findByText('Saved: held exports are blocked.')).toBeVisible();
  });
});

describe('preference sections', () => {
  it('have no axe violations', async () => {
    const { container } = await renderSettings();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('who and why in the audit log', () => {
  it('saves the name overrides are logged as, and clears it', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const name = screen.getByLabelText('Your name in the log');
    const saveName = screen.getByRole('button', { name: 'Save name' });
    expect(saveName).toBeDisabled();
    await user.type(name, '  Dana Reyes ');
    await user.click(saveName);
    await waitFor(async () => expect((await storedSettingsNow()).userName).toBe('Dana Reyes'));
    expect(await screen.findByText('Saved: overrides are logged as Dana Reyes.')).toBeVisible();
    await user.clear(name);
    await user.click(saveName);
    await waitFor(async () => expect((await storedSettingsNow()).userName).toBeUndefined());
  });

  it('shows a name set by policy read-only', async () => {
    await fakeBrowser.storage.managed.set({ userName: 'Dana Reyes (IT)' });
    const stores = makeStores();
    await stores.managed.whenReady;
    render(
      <StoresProvider stores={stores}>
        <UserNameField />
      </StoresProvider>,
    );
    const name = screen.getByLabelText('Your name in the log');
    expect(name).toHaveValue('Dana Reyes (IT)');
    expect(name).toHaveAttribute('readonly');
    expect(name).toHaveAccessibleDescription(/Set by your organization/);
    expect(screen.queryByRole('button', { name: 'Save name' })).toBeNull();
  });

  it('makes a reason for Export anyway required, and optional again', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const required = screen.getByRole('checkbox', { name: 'Require a reason for “Export anyway”' });
    expect(required).not.toBeChecked();
    await user.click(required);
    await waitFor(async () => expect((await storedSettingsNow()).requireOverrideReason).toBe(true));
    expect(required).toBeChecked();
    await user.click(required);
    await waitFor(async () =>
      expect((await storedSettingsNow()).requireOverrideReason).toBe(false),
    );
  });
});
