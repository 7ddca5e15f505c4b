import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { PeriodTable } from '../../components/PeriodTable';
import type { Period } from '../../lib/calendar/model';
import { axeViolations } from './axe-check';

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

  it('deletes a row and moves focus to the next one', async () => {
    const { user, onChange } = renderTable();
    await user.click(screen.getByRole('button', { name: 'Delete August 2026' }));
    expect(onChange).toHaveBeenLastCalledWith([september]);
    expect(rows()).toHaveLength(1);
    expect(screen.getByText('Deleted August 2026.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit September 2026' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Delete September 2026' }));
    expect(screen.queryAllByTestId('period-row')).toHaveLength(0);
    expect(screen.getByText(/No periods yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add period' })).toHaveFocus();
  });

  it('only shows a managed calendar', () => {
    render(<PeriodTable periods={[august]} onChange={() => {}} readOnly />);
    expect(rows()).toHaveLength(1);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('has no axe violations, viewing or editing', async () => {
    const { container, user } = renderTable();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Edit August 2026' }));
    const end = screen.getByLabelText('End of August 2026');
    await user.clear(end);
    await user.keyboard('{Enter}');
    expect(await axeViolations(container)).toEqual([]);
  });
});
