import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClosedThroughForm } from '../../components/ClosedThroughForm';
import { axeViolations } from '../support/axe-check';

describe('ClosedThroughForm', () => {
  it('saves the AR and GL dates and says what now counts as closed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ClosedThroughForm closedThrough={{ AR: '2026-07-31' }} onChange={onChange} />);
    const ar = screen.getByLabelText('Accounts Receivable (AR) closed through');
    const gl = screen.getByLabelText('General Ledger (GL) closed through');
    expect(ar).toHaveValue('2026-07-31');
    expect(gl).toHaveValue('');
    await user.clear(ar);
    await user.type(ar, '2026-08-31');
    await user.type(gl, '2026-09-30');
    await user.click(screen.getByRole('button', { name: 'Save closed-through dates' }));
    expect(onChange).toHaveBeenCalledWith({ AR: '2026-08-31', GL: '2026-09-30' });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Invoices dated on or before September 30, 2026 count as closed.',
    );
  });

  it('says nothing is saved when the caller reports the save failed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn(async () => false);
    render(<ClosedThroughForm closedThrough={{}} onChange={onChange} />);
    await user.type(screen.getByLabelText('General Ledger (GL) closed through'), '2026-09-30');
    await user.click(screen.getByRole('button', { name: 'Save closed-through dates' }));
    expect(onChange).toHaveBeenCalledWith({ GL: '2026-09-30' });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('drops a cleared module instead of saving an empty date', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <ClosedThroughForm
        closedThrough={{ AR: '2026-07-31', GL: '2026-06-30' }}
        onChange={onChange}
      />,
    );
    await user.clear(screen.getByLabelText('General Ledger (GL) closed through'));
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith({ AR: '2026-07-31' });
  });

  it('refuses a half-typed date instead of clearing the module', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ClosedThroughForm closedThrough={{ AR: '2026-07-31' }} onChange={onChange} />);
    const ar = screen.getByLabelText('Accounts Receivable (AR) closed through');
    await user.clear(ar);
    // What a browser reports for "08/3": an empty value flagged as bad input.
    Object.defineProperty(ar, 'validity', { value: { badInput: true, valid: false } });
    await user.click(screen.getByRole('button', { name: 'Save closed-through dates' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(ar).toHaveAttribute('aria-invalid', 'true');
    expect(ar).toHaveAccessibleDescription(/^Finish typing the date/);
    expect(ar).toHaveFocus();
  });

  it('follows a calendar changed elsewhere', () => {
    const { rerender } = render(<ClosedThroughForm closedThrough={{}} onChange={() => {}} />);
    rerender(<ClosedThroughForm closedThrough={{ GL: '2026-05-31' }} onChange={() => {}} />);
    expect(screen.getByLabelText('General Ledger (GL) closed through')).toHaveValue('2026-05-31');
  });

  it('cannot be edited when the calendar is managed', () => {
    render(<ClosedThroughForm closedThrough={{ AR: '2026-07-31' }} onChange={() => {}} readOnly />);
    expect(screen.getByLabelText('Accounts Receivable (AR) closed through')).toBeDisabled();
    expect(screen.getByRole('button')).toBeDisabled();
  });

  it('has no axe violations', async () => {
    const { container } = render(<ClosedThroughForm closedThrough={{}} onChange={() => {}} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
