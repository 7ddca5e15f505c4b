import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type AuditLogEntry, AuditLogTable } from '../../components/AuditLogTable';
import { axeViolations } from '../support/axe-check';

const records: AuditLogEntry[] = [
  {
    id: 'a',
    at: '2026-09-02T15:00:00.000Z',
    invoiceNumber: 'INV-1001',
    date: '2026-08-20',
    verdict: 'closed',
    period: 'August 2026',
    url: 'https://app.buildops.com/invoices/1001',
  },
  {
    id: 'c',
    at: '2026-10-01T09:30:00.000Z',
    invoiceNumber: 'INV-1042',
    date: '2026-09-15',
    verdict: 'locked',
    period: 'September 2026',
    who: 'Dana Reyes',
    reason: 'Customer signed off on the September date',
  },
  {
    id: 'b',
    at: '2026-09-20T11:00:00.000Z',
    verdict: 'unreadable-date',
    url: 'javascript:alert(1)',
    invoiceNumber: 'INV-1010',
  },
];

function renderLog(list: AuditLogEntry[] = records) {
  const onExportCsv = vi.fn();
  const onClear = vi.fn();
  const view = render(<AuditLogTable records={list} onExportCsv={onExportCsv} onClear={onClear} />);
  return { ...view, onExportCsv, onClear, user: userEvent.setup() };
}

const invoices = () =>
  screen.getAllByTestId('audit-row').map((row) => row.children[2]?.textContent);

describe('AuditLogTable', () => {
  it('lists overrides newest first with when, who, invoice, date, verdict, period and reason', () => {
    renderLog();
    expect(invoices()).toEqual(['INV-1042', 'INV-1010', 'INV-1001']);
    const [newest, unread, oldest] = screen.getAllByTestId('audit-row');
    expect(newest).toHaveTextContent(
      /Dana ReyesINV-1042September 15, 2026LockedSeptember 2026Customer signed off on the September date$/,
    );
    // A record from before names and reasons were kept says so, rather than leaving gaps.
    expect(oldest).toHaveTextContent(/Not recordedINV-1001.*August 2026None given$/);
    expect(unread).toHaveTextContent(/INV-1010Not readDate unreadable/);
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['When', 'Who', 'Invoice', 'Date', 'Verdict', 'Period', 'Reason']);
    expect(newest?.querySelector('time')).toHaveAttribute('dateTime', '2026-10-01T09:30:00.000Z');
  });

  it("shows a bulk export's unchecked invoices as how many they were", () => {
    renderLog([
      { id: 'u', at: '2026-10-02T09:30:00.000Z', verdict: 'unreadable-date', unverified: 1988 },
    ]);
    expect(invoices()).toEqual(['1,988 selected invoices, not checked']);
  });

  it('links an invoice to its page, but never through a non-web URL', () => {
    renderLog();
    expect(screen.getByRole('link', { name: 'INV-1001' })).toHaveAttribute(
      'href',
      'https://app.buildops.com/invoices/1001',
    );
    expect(screen.queryByRole('link', { name: 'INV-1010' })).toBeNull();
  });

  it('filters by invoice, verdict words or period, and exports what is shown', async () => {
    const { user, onExportCsv } = renderLog();
    const filter = screen.getByLabelText('Filter');
    await user.type(filter, 'september');
    expect(invoices()).toEqual(['INV-1042']);
    expect(screen.getByText('Showing 1 of 3 overrides.')).toBeInTheDocument();
    await user.clear(filter);
    await user.type(filter, 'unreadable');
    expect(invoices()).toEqual(['INV-1010']);
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(onExportCsv).toHaveBeenCalledWith([records[2]]);
    await user.clear(filter);
    await user.type(filter, 'dana');
    expect(invoices()).toEqual(['INV-1042']);
    await user.clear(filter);
    await user.type(filter, 'signed off');
    expect(invoices()).toEqual(['INV-1042']);
    await user.clear(filter);
    await user.type(filter, 'nothing like it');
    expect(screen.queryAllByTestId('audit-row')).toHaveLength(0);
    expect(screen.getByText('No override matches “nothing like it”.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('clears only after confirmation, and Keep changes nothing', async () => {
    const { user, onClear } = renderLog();
    const clear = screen.getByRole('button', { name: 'Clear log…' });
    await user.click(clear);
    expect(screen.getByRole('group', { name: 'Clear the audit log' })).toHaveAccessibleDescription(
      /Delete all 3 override records\? This cannot be undone/,
    );
    const keep = screen.getByRole('button', { name: 'Keep them' });
    expect(keep).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onClear).not.toHaveBeenCalled();
    expect(screen.queryByRole('group')).toBeNull();
    expect(clear).toHaveFocus();
    await user.click(clear);
    await user.click(screen.getByRole('button', { name: 'Delete all records' }));
    expect(onClear).toHaveBeenCalledOnce();
  });

  it('says when there is nothing logged', () => {
    renderLog([]);
    expect(screen.getByText('No overrides recorded.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear log…' })).toBeDisabled();
  });

  it('has no axe violations, also while confirming', async () => {
    const { container, user } = renderLog();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Clear log…' }));
    expect(await axeViolations(container)).toEqual([]);
  });
});
