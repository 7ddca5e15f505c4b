import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GuardSees } from '../../components/popup/GuardSees';
import type { PageSeen } from '../../lib/messages';
import { axeViolations } from '../support/axe-check';

const SEEN: PageSeen = {
  invoiceDate: { label: 'Invoice Date', text: '09/15/2026', kind: 'field' },
  postingDate: { label: 'GL Posting Date', text: 'Sept 15', kind: 'text' },
  exportActions: { names: ['Export', 'Sync to Intacct'], count: 12 },
};

describe('GuardSees (the popup\'s "What the guard sees")', () => {
  it('is folded away behind a focusable summary, and opens to show the fields and actions', async () => {
    const user = userEvent.setup();
    render(<GuardSees seen={SEEN} verdict="closed" />);
    const details = screen.getByTestId('popup-guard-sees') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.tab();
    expect(screen.getByText('What the guard sees')).toHaveFocus();
    // A native <details>: the browser opens it with Enter or Space (happy-dom only on click).
    await user.click(screen.getByText('What the guard sees'));
    expect(details.open).toBe(true);
    expect(details).toHaveTextContent('“09/15/2026”, labelled “Invoice Date” (form field)');
    expect(details).toHaveTextContent('“Sept 15”, labelled “GL Posting Date” (text line)');
    const actions = within(details)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(actions).toEqual(['Export', 'Sync to Intacct', 'and 10 more']);
  });

  it('says when nothing was found', async () => {
    render(<GuardSees seen={{ exportActions: { names: [], count: 0 } }} verdict={null} />);
    expect(screen.getAllByText('None found')).toHaveLength(3);
  });

  it('copies the diagnostics as plain text and announces it', async () => {
    const user = userEvent.setup();
    render(<GuardSees seen={SEEN} verdict="closed" />);
    await user.click(screen.getByText('What the guard sees'));
    await user.click(screen.getByRole('button', { name: 'Copy diagnostics' }));
    expect(await navigator.clipboard.readText()).toBe(
      [
        'Period Guard diagnostics',
        'Verdict: closed',
        'Invoice date: "09/15/2026" (label "Invoice Date", form field)',
        'Posting date: "Sept 15" (label "GL Posting Date", text line)',
        'Export actions (12): Export; Sync to Intacct and 10 more',
      ].join('\n'),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Diagnostics copied.');
  });

  it('has no axe violations, folded or open', async () => {
    const { container } = render(<GuardSees seen={SEEN} verdict="closed" />);
    expect(await axeViolations(container)).toEqual([]);
    (screen.getByTestId('popup-guard-sees') as HTMLDetailsElement).open = true;
    expect(await axeViolations(container)).toEqual([]);
  });
});
