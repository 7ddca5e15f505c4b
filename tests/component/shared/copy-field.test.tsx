import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CopyField } from '../../../components/CopyField';
import { axeViolations } from '../../support/axe-check';

describe('CopyField', () => {
  it('copies the value and announces it', async () => {
    const user = userEvent.setup();
    render(<CopyField label="New invoice date" value="10/01/2026" />);
    expect(screen.getByLabelText('New invoice date')).toHaveValue('10/01/2026');
    await user.click(screen.getByRole('button', { name: 'Copy New invoice date' }));
    expect(await navigator.clipboard.readText()).toBe('10/01/2026');
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
  });

  it('selects the text and says how to copy it when the clipboard refuses', async () => {
    const user = userEvent.setup();
    render(<CopyField label="Reopen request" value={'Hello,\nplease reopen'} multiline />);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy Reopen request' }));
    expect(screen.getByRole('status')).toHaveTextContent(/Could not copy/);
    const area = screen.getByLabelText('Reopen request') as HTMLTextAreaElement;
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.selectionEnd - area.selectionStart).toBe(area.value.length);
  });

  it('clears the confirmation after a few seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(<CopyField label="Date" value="10/01/2026" />);
      await user.click(screen.getByRole('button', { name: 'Copy Date' }));
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'));
      await act(() => vi.advanceTimersByTimeAsync(4100));
      expect(screen.getByRole('status')).toHaveTextContent('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('has no axe violations', async () => {
    const { container } = render(<CopyField label="Date" value="10/01/2026" />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
