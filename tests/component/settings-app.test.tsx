import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsApp } from '../../components/settings/SettingsApp';
import type { AuditRecord } from '../../lib/settings/audit-schema';
import {
  makeStores,
  renderSettings,
  seed,
  storedAuditLogNow,
  storedCalendarNow,
  withFreshStorage,
} from '../support/app-stores';
import { axeViolations } from '../support/axe-check';
import { calendarOf, feb, sampleCalendar } from '../support/calendars';
import { catchDownloads } from '../support/downloads';

withFreshStorage();

const override = (id: string, at: string, change: Partial<AuditRecord> = {}): AuditRecord => ({
  id,
  at,
  invoiceNumber: `INV-${id}`,
  date: '2026-03-18',
  verdict: 'closed',
  period: 'Mar 2026',
  url: `https://acme.buildops.com/invoices/${id}`,
  ...change,
});

const auditLog = [
  override('1001', '2026-04-02T10:00:00.000Z'),
  override('1002', '2026-04-09T10:00:00.000Z', { verdict: 'closing-soon', period: 'Apr 2026' }),
  override('1003', '2026-04-20T10:00:00.000Z', { invoiceNumber: '=cmd|calc' }),
];

describe('settings page', () => {
  it('has one h1, a skip link to the main landmark, contents, and a region per section', async () => {
    await renderSettings();
    expect(screen.getByRole('heading', { level: 1, name: 'Period Guard settings' })).toBeVisible();
    const skip = screen.getByRole('link', { name: 'Skip to settings' });
    expect(skip).toHaveAttribute('href', '#settings-main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'settings-main');
    const contents = screen.getByRole('navigation', { name: 'Settings sections' });
    for (const link of within(contents).getAllByRole('link')) {
      const target = link.getAttribute('href')?.slice(1) ?? '';
      expect(document.getElementById(target), `section #${target}`).not.toBeNull();
    }
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('id'))).toEqual(
      expect.arrayContaining([
        'closed-through',
        'periods',
        'source',
        'import-export',
        'page-reading',
        'behaviour',
        'audit',
      ]),
    );
  });

  it('opens on the calendar: closed-through, import, year, periods, then the team calendar', async () => {
    await renderSettings();
    const main = screen.getByRole('main');
    const order = [...main.querySelectorAll(':scope > .pg-section')].map((section) => section.id);
    expect(order.slice(0, 5)).toEqual([
      'closed-through',
      'import-export',
      'year',
      'periods',
      'source',
    ]);
    expect(screen.getByTestId('calendar-intro')).toHaveTextContent(
      /period calendar.*closed through.*import/,
    );
    // The contents list follows the page.
    const contents = screen.getByRole('navigation', { name: 'Settings sections' });
    const targets = within(contents)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href')?.slice(1));
    expect(targets.slice(0, 5)).toEqual(order.slice(0, 5));
  });

  it('shows the calendar URL at once and folds the fetch timings under Advanced', async () => {
    const user = userEvent.setup();
    await renderSettings();
    expect(screen.getByTestId('calendar-url-input')).toBeVisible();
    const timings = ['calendar-refresh-input', 'calendar-max-age-input', 'calendar-timeout-input'];
    for (const id of timings) expect(screen.getByTestId(id)).not.toBeVisible();
    await user.click(screen.getByText(/^Advanced/));
    for (const id of timings) expect(screen.getByTestId(id)).toBeVisible();
  });

  it('keeps Save off until there is an address to save', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const save = screen.getByTestId('calendar-url-save');
    expect(screen.getByTestId('calendar-url-input')).toHaveValue('');
    expect(save).toBeDisabled();
    await user.type(screen.getByTestId('calendar-url-input'), 'https://finance.example.com/p.json');
    expect(save).toBeEnabled();
    await user.clear(screen.getByTestId('calendar-url-input'));
    expect(save).toBeDisabled();
  });

  it('keeps Save off after a reload with the saved address, until it is changed', async () => {
    const user = userEvent.setup();
    await seed({
      settings: {
        source: {
          kind: 'url',
          url: 'https://finance.example.com/p.json',
          refreshMinutes: 60,
          maxAgeHours: 24,
        },
      },
    });
    await renderSettings();
    const save = screen.getByTestId('calendar-url-save');
    expect(save).toBeDisabled();
    await user.click(screen.getByText(/^Advanced/));
    await user.clear(screen.getByTestId('calendar-refresh-input'));
    await user.type(screen.getByTestId('calendar-refresh-input'), '30');
    expect(save).toBeEnabled();
  });

  it('shows the audit rows and the file input without any click', async () => {
    await seed({ auditLog });
    await renderSettings();
    expect(screen.getAllByTestId('audit-row')).toHaveLength(3);
    expect(screen.getByTestId('calendar-file-input')).toBeVisible();
  });

  it('says what could not be read from storage', async () => {
    await fakeBrowser.storage.local.set({ calendar: { junk: true }, calendar$: { v: 1 } });
    await renderSettings();
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(
      'The saved calendar could not be read',
    );
  });

  it('offers the unreadable value for download, exactly as it was saved', async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    const junk = { junk: true, periods: 'lots' };
    await fakeBrowser.storage.local.set({ calendar: junk, calendar$: { v: 1 } });
    await renderSettings();
    await user.click(
      await screen.findByRole('button', { name: 'Download the calendar as it was saved' }),
    );
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]?.name).toMatch(/^period-guard-calendar-set-aside-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = JSON.parse((await files[0]?.text()) ?? '');
    expect(saved.entries.map((entry: { value: unknown }) => entry.value)).toEqual([junk]);
  });

  it('two pages open at once stay in step', async () => {
    const user = userEvent.setup();
    await seed({ calendar: calendarOf([feb]) });
    const first = makeStores();
    const second = makeStores();
    render(
      <>
        <div data-testid="first">
          <SettingsApp stores={first} today="2026-05-04" />
        </div>
        <div data-testid="second">
          <SettingsApp stores={second} today="2026-05-04" />
        </div>
      </>,
    );
    await act(() =>
      Promise.all(
        [first, second].flatMap((s) => [
          s.calendar.whenReady,
          s.settings.whenReady,
          s.audit.whenReady,
        ]),
      ),
    );
    const one = within(screen.getByTestId('first'));
    const two = within(screen.getByTestId('second'));
    expect(two.getAllByTestId('period-row')).toHaveLength(1);

    // A period added on the first page appears on the second.
    await user.click(one.getByRole('button', { name: 'Add period' }));
    await user.click(one.getByRole('button', { name: 'Add new period' }));
    await waitFor(() => expect(two.getAllByTestId('period-row')).toHaveLength(2));

    // A closed-through day saved on the second page appears on the first.
    await user.type(two.getByLabelText('General Ledger (GL) closed through'), '2026-02-28');
    await user.click(two.getByRole('button', { name: 'Save closed-through dates' }));
    await waitFor(() =>
      expect(one.getByLabelText('General Ledger (GL) closed through')).toHaveValue('2026-02-28'),
    );

    // A setting changed on the first page shows on the second.
    await user.click(one.getByRole('radio', { name: 'Block' }));
    await waitFor(() => expect(two.getByRole('radio', { name: 'Block' })).toBeChecked());
    await user.clear(one.getByLabelText('Warn this many days before a period closes'));
    await user.type(one.getByLabelText('Warn this many days before a period closes'), '9');
    await user.click(one.getByRole('button', { name: 'Save days' }));
    await waitFor(() =>
      expect(two.getByLabelText('Warn this many days before a period closes')).toHaveValue(9),
    );

    // Neither page wrote over the other's change.
    expect(await storedCalendarNow()).toEqual({
      version: 1,
      closedThrough: { GL: '2026-02-28' },
      periods: [feb, expect.objectContaining({ name: 'March 2026', start: '2026-03-01' })],
    });
  });

  it('has no axe violations with everything filled in', async () => {
    await seed({ calendar: sampleCalendar, auditLog });
    const { container } = await renderSettings();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('audit section', () => {
  it('lists overrides newest first and filters them', async () => {
    const user = userEvent.setup();
    await seed({ auditLog });
    await renderSettings();
    const rows = () => screen.getAllByTestId('audit-row');
    expect(rows().map((r) => r.textContent)).toEqual([
      expect.stringContaining('=cmd|calc'),
      expect.stringContaining('INV-1002'),
      expect.stringContaining('INV-1001'),
    ]);
    await user.type(screen.getByLabelText('Filter'), 'Apr 2026');
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('INV-1002');
  });

  it('exports what is shown as CSV, with formulas disarmed', async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    await seed({ auditLog });
    await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(files[0]?.name).toMatch(/^period-guard-overrides-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = ((await files[0]?.text()) ?? '').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('When,Who,Invoice,Invoice date,Verdict,Verdict code,Period,Reason,Page');
    expect(lines[1]).toContain(`,'=cmd|calc,`);
    expect(lines[3]).toContain('INV-1001');
  });

  it('clears the log only after confirmation', async () => {
    const user = userEvent.setup();
    await seed({ auditLog });
    await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Clear log…' }));
    await user.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(await storedAuditLogNow()).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Clear log…' }));
    await user.click(screen.getByRole('button', { name: 'Delete all records' }));
    await waitFor(() => expect(screen.queryAllByTestId('audit-row')).toHaveLength(0));
    expect(await storedAuditLogNow()).toEqual([]);
    expect(await screen.findByText('Cleared the audit log.')).toBeVisible();
  });

  it('shows a new override logged while the page is open', async () => {
    await renderSettings();
    expect(screen.queryAllByTestId('audit-row')).toHaveLength(0);
    await act(() => seed({ auditLog: [auditLog[0] as AuditRecord] }));
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(1));
  });
});
