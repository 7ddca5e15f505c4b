import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ExportDialog } from '../../../components/overlay/ExportDialog';
import { axeViolations } from '../../support/axe-check';
import { closedVerdict, syncedInvoice, unsyncedInvoice } from '../../support/sample-invoices';

function renderDialog(mode: 'warn' | 'block' = 'warn', reasonRequired = false) {
  const onCancel = vi.fn();
  const onExportAnyway = vi.fn();
  const view = render(
    <ExportDialog
      verdict={closedVerdict}
      snapshot={unsyncedInvoice}
      mode={mode}
      reasonRequired={reasonRequired}
      onCancel={onCancel}
      onExportAnyway={onExportAnyway}
    />,
  );
  return { ...view, onCancel, onExportAnyway };
}

/** A host page whose Export button opens the dialog. */
function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Export
      </button>
      {open ? (
        <ExportDialog
          verdict={closedVerdict}
          snapshot={unsyncedInvoice}
          mode="warn"
          onCancel={() => setOpen(false)}
          onExportAnyway={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

/** Focus goes back once the close is committed, a microtask after the dialog unmounts. */
const closed = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ExportDialog', () => {
  it('is an alert dialog named by the headline and described by the reason', () => {
    renderDialog();
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveAttribute('data-testid', 'pg-export-dialog');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleName('Closed period: Intacct will refuse this export');
    expect(dialog).toHaveAccessibleDescription(/is in September 2026, a closed period/);
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.dataset.step),
    ).toEqual(['move-date', 'ask-reopen']);
  });

  it('starts on Cancel, the safe choice', () => {
    renderDialog();
    expect(screen.getByTestId('pg-export-cancel')).toHaveFocus();
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Host page button</button>
        <ExportDialog
          verdict={closedVerdict}
          snapshot={unsyncedInvoice}
          mode="warn"
          onCancel={() => {}}
          onExportAnyway={() => {}}
        />
      </>,
    );
    const cancel = screen.getByTestId('pg-export-cancel');
    const anyway = screen.getByTestId('pg-export-anyway');
    const copy = screen.getByRole('button', { name: 'Copy New invoice date' });
    await user.tab();
    expect(anyway).toHaveFocus();
    await user.tab(); // past the last control: back to the first one inside the dialog
    expect(screen.getByLabelText('New invoice date')).toHaveFocus();
    await user.tab();
    expect(copy).toHaveFocus();
    await user.tab();
    expect(screen.getByTestId('pg-export-reason')).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(copy).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab({ shift: true }); // before the first control: round to the last one
    expect(anyway).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Host page button' })).not.toHaveFocus();
  });

  it('cancels on Escape and on Cancel', async () => {
    const user = userEvent.setup();
    const { onCancel, onExportAnyway } = renderDialog();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    await user.click(screen.getByTestId('pg-export-cancel'));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onExportAnyway).not.toHaveBeenCalled();
  });

  it('cancels on Escape even when focus has left the dialog, and the page does not see that key', async () => {
    const user = userEvent.setup();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const outside = document.body.appendChild(document.createElement('button'));
    const { onCancel } = renderDialog();
    outside.focus();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(pageKeys).not.toHaveBeenCalled();
    await user.keyboard('a');
    expect(pageKeys).toHaveBeenCalledTimes(1); // other keys still reach the page
    document.removeEventListener('keydown', pageKeys);
    outside.remove();
  });

  it('hands Export anyway the click itself, so the guard can check isTrusted', async () => {
    const user = userEvent.setup();
    const { onExportAnyway, onCancel } = renderDialog();
    await user.click(screen.getByTestId('pg-export-anyway'));
    expect(onExportAnyway).toHaveBeenCalledOnce();
    const event = onExportAnyway.mock.calls[0]?.[0];
    expect(event.type).toBe('click');
    expect(event.nativeEvent).toBeInstanceOf(Event);
    // A scripted click is never trusted (happy-dom leaves the flag out; browsers say false).
    expect(event.nativeEvent.isTrusted).not.toBe(true);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('disables Export anyway, and says why, while the policy is being read', async () => {
    const user = userEvent.setup();
    const onExportAnyway = vi.fn();
    render(
      <ExportDialog
        verdict={closedVerdict}
        snapshot={unsyncedInvoice}
        mode="warn"
        policyPending
        onCancel={() => {}}
        onExportAnyway={onExportAnyway}
      />,
    );
    const anyway = screen.getByTestId('pg-export-anyway');
    expect(anyway).toBeDisabled();
    expect(anyway).toHaveAccessibleDescription(
      "Waiting for your organization's policy, which may not allow this…",
    );
    await user.click(anyway);
    expect(onExportAnyway).not.toHaveBeenCalled();
  });

  it('explains a synced invoice in a closed period once, not again in its first step', () => {
    render(
      <ExportDialog
        verdict={{ ...closedVerdict, kind: 'synced-closed', dateSource: 'original' }}
        snapshot={syncedInvoice}
        mode="warn"
        onCancel={() => {}}
        onExportAnyway={() => {}}
      />,
    );
    const text = screen.getByRole('alertdialog').textContent ?? '';
    const times = (phrase: string) => text.split(phrase).length - 1;
    expect(times('already synced')).toBe(1);
    expect(times('SI-7781')).toBe(1);
    expect(times('original date')).toBe(1);
    expect(times('first open day is')).toBe(1);
    expect(screen.getByRole('alertdialog')).toHaveAccessibleDescription(
      /already synced to Intacct \(Accounting Reference ID SI-7781\)/,
    );
  });

  it('has no Export anyway in block mode and says why', () => {
    renderDialog('block');
    expect(screen.queryByTestId('pg-export-anyway')).toBeNull();
    expect(screen.getByRole('alertdialog')).toHaveAccessibleDescription(
      /Your organization does not allow this export\.$/,
    );
  });

  it('gives focus back to where it was when it closes', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByTestId('pg-export-cancel')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
  });

  it('gives focus to the re-rendered button when the one it came from left the page', async () => {
    const bar = document.body.appendChild(document.createElement('div'));
    const old = bar.appendChild(document.createElement('button'));
    old.textContent = 'Export';
    old.focus();
    const fresh = document.createElement('button');
    fresh.textContent = 'Export';
    const { unmount } = render(
      <ExportDialog
        verdict={closedVerdict}
        snapshot={unsyncedInvoice}
        mode="warn"
        onCancel={() => {}}
        onExportAnyway={() => {}}
        returnFocusTo={() => fresh}
      />,
    );
    expect(screen.getByTestId('pg-export-cancel')).toHaveFocus();
    bar.replaceChildren(fresh); // the host re-renders while the dialog is open
    unmount();
    await closed();
    expect(fresh).toHaveFocus();
    bar.remove();
  });

  it('leaves focus where the host page put it while the dialog closed', async () => {
    const exportButton = document.body.appendChild(document.createElement('button'));
    exportButton.focus();
    const { unmount } = renderDialog();
    const hostDialog = document.body.appendChild(document.createElement('input'));
    hostDialog.focus(); // the export that ran opened the host's own dialog
    unmount();
    await closed();
    expect(hostDialog).toHaveFocus();
    exportButton.remove();
    hostDialog.remove();
  });

  it('traps focus inside a shadow root too, and gives it back to the host page', async () => {
    const user = userEvent.setup();
    const host = document.createElement('period-guard-ui');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.append(container);
    const exportButton = document.createElement('button');
    exportButton.textContent = 'Export';
    document.body.append(exportButton);
    exportButton.focus();
    const { unmount } = render(
      <ExportDialog
        verdict={closedVerdict}
        snapshot={unsyncedInvoice}
        mode="block"
        onCancel={() => {}}
        onExportAnyway={() => {}}
      />,
      { container },
    );
    const cancel = shadow.querySelector<HTMLElement>('[data-testid="pg-export-cancel"]');
    expect(shadow.activeElement).toBe(cancel);
    await user.tab();
    expect(shadow.activeElement).toBe(shadow.querySelector('input'));
    unmount();
    await closed();
    expect(exportButton).toHaveFocus(); // back on the host page's button
    host.remove();
    exportButton.remove();
  });

  it('asks why, optionally in warn mode, and passes the reason with the click', async () => {
    const user = userEvent.setup();
    const { onExportAnyway } = renderDialog();
    const reason = screen.getByRole('textbox', { name: 'Why export anyway? (optional)' });
    expect(reason).toHaveAttribute('data-testid', 'pg-export-reason');
    expect(reason).not.toBeRequired();
    expect(reason).toHaveAccessibleDescription(/Kept in the audit log with your name/);
    expect(screen.getByTestId('pg-export-anyway')).toBeEnabled();
    await user.type(reason, 'Customer approved the September date');
    await user.click(screen.getByTestId('pg-export-anyway'));
    expect(onExportAnyway).toHaveBeenCalledWith(
      expect.anything(),
      'Customer approved the September date',
    );
  });

  it('keeps Export anyway off until a reason is typed where one is required', async () => {
    const user = userEvent.setup();
    const { onExportAnyway } = renderDialog('warn', true);
    const reason = screen.getByRole('textbox', { name: 'Why export anyway? (required)' });
    expect(reason).toBeRequired();
    const anyway = screen.getByTestId('pg-export-anyway');
    expect(anyway).toBeDisabled();
    expect(anyway).toHaveAccessibleDescription(/Your organization asks for a reason/);
    await user.type(reason, '   ');
    expect(anyway).toBeDisabled();
    await user.type(reason, 'Approved by Sam');
    expect(anyway).toBeEnabled();
    await user.click(anyway);
    expect(onExportAnyway).toHaveBeenCalledWith(expect.anything(), '   Approved by Sam');
  });

  it('asks for no reason in block mode, where nothing can be exported anyway', () => {
    renderDialog('block', true);
    expect(screen.queryByTestId('pg-export-reason')).toBeNull();
  });

  it('has no axe violations, with the reason optional or required', async () => {
    const { container, unmount } = renderDialog();
    expect(await axeViolations(container)).toEqual([]);
    unmount();
    const required = renderDialog('warn', true);
    expect(await axeViolations(required.container)).toEqual([]);
  });
});
