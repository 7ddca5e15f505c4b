import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'zustand/vanilla';
import { OverlayDialogs } from '../../../components/overlay/OverlayDialogs';
import type { GuardController, GuardState } from '../../../lib/guard/guard-controller';
import type { ExportAttempt } from '../../../lib/page/export-guard';
import { axeViolations } from '../../support/axe-check';
import { closedVerdict, unsyncedInvoice } from '../../support/sample-invoices';

const attempt: ExportAttempt = {
  action: document.createElement('button'),
  via: 'press',
  liveAction: () => null,
  replay: () => false,
  dismiss: () => {},
};

/** A guard holding an export, whose Export anyway the test settles by hand. */
function holdingGuard() {
  const store = createStore<GuardState>(() => ({
    reading: { isInvoice: true, snapshot: unsyncedInvoice } as unknown as GuardState['reading'],
    verdict: closedVerdict as GuardState['verdict'],
    attempt,
    exporting: false,
    exportProblem: null,
    mode: 'warn',
    orphaned: false,
    policyPending: false,
    dayFirst: false,
    reasonRequired: false,
  }));
  const exportAnyway = vi.fn(async () => {
    store.setState({ exporting: true });
    return false;
  });
  const guard: GuardController = {
    store,
    refresh: () => {},
    seen: () => ({ exportActions: { names: [], count: 0 } }),
    onPageChange: () => {},
    cancel: () => {},
    exportAnyway,
    learnDateLabel: async () => ({ learned: false, message: '' }),
  };
  return { guard, store, exportAnyway };
}

describe('OverlayDialogs while Export anyway runs or fails', () => {
  it('disables Export anyway once pressed, so a double click asks once', async () => {
    const user = userEvent.setup();
    const { guard, exportAnyway } = holdingGuard();
    render(<OverlayDialogs guard={guard} />);
    const anyway = screen.getByTestId('pg-export-anyway');
    await user.dblClick(anyway);
    expect(exportAnyway).toHaveBeenCalledOnce();
    expect(anyway).toBeDisabled();
  });

  it('says, as an alert, that the override could not be logged, and lets the user try again', async () => {
    const { guard, store } = holdingGuard();
    render(<OverlayDialogs guard={guard} />);
    act(() => store.setState({ exportProblem: 'not-logged' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      /could not write this override to the audit log, so nothing was exported/,
    );
    const anyway = screen.getByTestId('pg-export-anyway');
    expect(anyway).toBeEnabled();
    expect(anyway).toHaveAccessibleDescription(/could not write this override/);
    expect(screen.getByTestId('pg-export-dialog')).toBeInTheDocument();
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('asks for the button to be clicked again when the page redrew it past recognition', () => {
    const { guard, store } = holdingGuard();
    render(<OverlayDialogs guard={guard} />);
    act(() => store.setState({ exportProblem: 'action-changed' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/cancel, then click the button again/);
    expect(screen.getByTestId('pg-export-anyway')).toBeDisabled();
  });
});
