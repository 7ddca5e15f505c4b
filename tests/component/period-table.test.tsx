import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { PeriodTable } from '../../components/PeriodTable';
import type { Period } from '../../lib/calendar/model';
import { axeViolations } from '../support/axe-check';

const august: Period = {
  name: 'August 2026',
  start: '2026-08-01',
  end: '2026-08-31',
  status: 'closed',
};
const september: Period = {
  name: 'September 2026',
  start: '2026-09-01',
  end: '2026-09-30',
  status: 'open',
  closesOn: '2026-10-05',
};
const october: Period = {
  name: 'October 2026',
  start: '2026-10-01',
  end: '2026-10-31',
  status: 'open',
};
const november: Period = {
  name: 'November 2026',
  start: '2026-11-01',
  end: '2026-11-30',
  status: 'open',
};

/** The table as the settings page holds it: the list lives in the parent, as in storage. */
function Host({ initial, onChange }: { initial: Period[]; onChange: (next: Period[]) => void }) {
  const [periods, setPeriods] = useState(initial);
  return (
    <PeriodTable
      periods={periods}
      onChange={(next) => {
        onChange(next);
        setPeriods(next);
      }}
    />
  );
}

function renderTable(initial: Period[] = [august, september]) {
  const onChange = vi.fn();
  return {
    ...render(<Host initial={initial} onChange={onChange} />),
    onChange,
    user: userEvent.setup(),
  };
}

const rows = () => screen.getAllByTestId('period-row');

describe('PeriodTable', () => {
  it('shows one row per period with its dates, status and close day', () => {
    renderTable();
    expect(rows()).toHaveLength(2);
    expect(rows()[1]).toHaveTextContent(
      'September 2026September 1, 2026September 30, 2026OpenOctober 5, 2026All',
    );
    expect(rows()[0]).toHaveTextContent('August 2026August 1, 2026August 31, 2026ClosedNot setAll');
  });

  it('adds the next month with one click and Enter, announcing it', async () => {
    const { user, onChange } = renderTable();
    await user.click(screen.getByRole('button', { name: 'Add period' }));
    const name = screen.getByLabelText('Name of new period');
    expect(name).toHaveFocus();
    expect(name).toHaveValue('October 2026');
    expect(screen.getByLabelText('Start of new period')).toHaveValue('2026-10-01');
    expect(screen.getByLabelText('End of new period')).toHaveValue('2026-10-31');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith([
      august,
      september,
      { name: 'October 2026', start: '2026-10-01', end: '2026-10-31', status: 'open' },
    ]);
    expect(rows()).toHaveLength(3);
    expect(screen.getByText('Saved October 2026.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit October 2026' })).toHaveFocus();
  });

  it('edits a row in place, by keyboard only', async () => {
    const { user, onChange } = renderTable();
    screen.getByRole('button', { name: 'Edit August 2026' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Name of August 2026')).toHaveFocus();
    await user.tab();
    await user.tab();
    await user.tab();
    const status = screen.getByLabelText('Status of August 2026');
    expect(status).toHaveFocus();
    await user.selectOptions(status, 'locked');
    await user.click(screen.getByRole('button', { name: 'Save August 2026' }));
    expect(onChange).toHaveBeenLastCalledWith([{ ...august, status: 'locked' }, september]);
    expect(within(rows()[0] as HTMLElement).getByText('Locked')).toBeInTheDocument();
  });

  it('shows a validation message next to the field and saves nothing', async () => {
    const { user, onChange } = renderTable();
    await user.click(screen.getByRole('button', { name: 'Edit September 2026' }));
    const end = screen.getByLabelText('End of September 2026');
    await user.clear(end);
    await user.type(end, '2026-08-15');
    await user.keyboard('{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription('End is before start.');
    expect(end).toHaveFocus();
  });

  it('refuses an overlapping period and names the one it overlaps', async () => {
    const { user, onChange } = renderTable();
    await user.click(screen.getByRole('button', { name: 'Add period' }));
    const start = screen.getByLabelText('Start of new period');
    await user.clear(start);
    await user.type(start, '2026-09-20');
    await user.keyboard('{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    expect(start).toHaveAccessibleDescription(
      'Overlaps September 2026 (2026-09-01 to 2026-09-30).',
    );
    const name = screen.getByLabelText('Name of new period');
    await user.clear(name);
    await user.keyboard('{Enter}');
    expect(name).toHaveAccessibleDescription('Enter a name for the period.');
    expect(name).toHaveFocus();
  });

  it('refuses a half-typed close day instead of dropping it', async () => {
    const { user, onChange } = renderTable();
    await user.click(screen.getByRole('button', { name: 'Edit September 2026' }));
    const closesOn = screen.getByLabelText('Close day of September 2026');
    await user.clear(closesOn);
    // What a browser reports for "10/0": an empty value flagged as bad input.
    Object.defineProperty(closesOn, 'validity', { value: { badInput: true, valid: false } });
    await user.click(screen.getByRole('button', { name: 'Save September 2026' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(closesOn).toHaveAccessibleDescription('Finish typing this date, or clear it.');
    expect(closesOn).toHaveFocus();
  });

  it('drops the draft on Escape and returns focus to the row', async () => {
    const { user, onChange } = renderTable();
    await user.click(screen.getByRole('button', { name: 'Edit August 2026' }));
    await user.type(screen.getByLabelText('Name of August 2026'), ' (draft)');
    await user.keyboard('{Escape}');
    expect(onChange).not.toHaveBeenCalled();
    expect(rows()[0]).toHaveTextContent(/^August 2026August/);
    expect(screen.getByRole('button', { name: 'Edit August 2026' })).toHaveFocus();
  });

  it('deletes an open period at once, says how many are left, and moves focus to the next row', async () => {
    const { user, onChange } = renderTable([september, october]);
    await user.click(screen.getByRole('button', { name: 'Delete September 2026' }));
    expect(onChange).toHaveBeenLastCalledWith([october]);
    expect(rows()).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Deleted September 2026. 1 period left.');
    expect(screen.getByRole('button', { name: 'Edit October 2026' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Delete October 2026' }));
    expect(screen.queryAllByTestId('period-row')).toHaveLength(0);
    expect(screen.getByText(/No periods yet/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted October 2026. 0 periods left.');
    expect(screen.getByRole('button', { name: 'Add period' })).toHaveFocus();
  });

  it.each([
    ['closed', august],
    ['locked', { ...august, status: 'locked' as const }],
  ])('asks before deleting a %s period; Keep it and Escape keep it', async (status, period) => {
    const { user, onChange } = renderTable([period, september]);
    await user.click(screen.getByRole('button', { name: 'Delete August 2026' }));
    expect(onChange).not.toHaveBeenCalled();
    const question = screen.getByRole('group', {
      name: new RegExp(`August 2026 is marked ${status}`),
    });
    expect(screen.getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete August 2026' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Delete August 2026' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Delete August 2026' }));
    await user.click(screen.getByTestId('period-delete-confirm'));
    expect(onChange).toHaveBeenLastCalledWith([september]);
    expect(screen.getByRole('status')).toHaveTextContent('Deleted August 2026. 1 period left.');
  });

  it('undoes a delete, putting the period back in its place', async () => {
    const { user, onChange } = renderTable([september, october]);
    await user.click(screen.getByRole('button', { name: 'Delete September 2026' }));
    await user.click(screen.getByRole('button', { name: 'Undo delete of September 2026' }));
    expect(onChange).toHaveBeenLastCalledWith([september, october]);
    expect(rows()).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Restored September 2026. 2 periods in the calendar.',
    );
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit September 2026' })).toHaveFocus();
  });

  it('withdraws the Undo offer once another change is saved', async () => {
    const { user, onChange } = renderTable([september, october]);
    await user.click(screen.getByRole('button', { name: 'Delete September 2026' }));
    expect(screen.getByRole('button', { name: 'Undo delete of September 2026' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add period' }));
    const name = screen.getByLabelText('Name of new period');
    await user.clear(name);
    await user.type(name, 'Sep 2026 (new)');
    await user.clear(screen.getByLabelText('Start of new period'));
    await user.type(screen.getByLabelText('Start of new period'), '2026-09-01');
    await user.clear(screen.getByLabelText('End of new period'));
    await user.type(screen.getByLabelText('End of new period'), '2026-09-30{Enter}');
    expect(rows()).toHaveLength(2);
    // The new period's save replaced the Undo offer: nothing can be restored over it.
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('keeps the count in its message current when the calendar changes elsewhere', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<PeriodTable periods={[september, october]} onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete September 2026' }));
    rerender(<PeriodTable periods={[october]} onChange={onChange} />);
    expect(screen.getByRole('status')).toHaveTextContent('Deleted September 2026. 1 period left.');
    // Another tab adds a period: the count follows.
    rerender(<PeriodTable periods={[october, november]} onChange={onChange} />);
    expect(screen.getByRole('status')).toHaveTextContent('Deleted September 2026. 2 periods left.');
  });

  it('refuses to undo into days a period now holds, and says which', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<PeriodTable periods={[september, october]} onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete September 2026' }));
    const replacement = { ...september, name: 'Sep 2026 (new)' };
    rerender(<PeriodTable periods={[replacement, october]} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Undo delete of September 2026' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent(
      'September 2026 was not restored: it overlaps Sep 2026 (new), added since.',
    );
  });

  it('only shows a managed calendar', () => {
    render(<PeriodTable periods={[august]} onChange={() => {}} readOnly />);
    expect(rows()).toHaveLength(1);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('has no axe violations, viewing, editing, asking before a delete and offering Undo', async () => {
    const { container, user } = renderTable();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Delete August 2026' }));
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByTestId('period-delete-confirm'));
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo delete of August 2026' }));
    await user.click(screen.getByRole('button', { name: 'Edit August 2026' }));
    const end = screen.getByLabelText('End of August 2026');
    await user.clear(end);
    await user.keyboard('{Enter}');
    expect(await axeViolations(container)).toEqual([]);
  });
});
