import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { YearStrip } from '../../components/YearStrip';
import type { Calendar } from '../../lib/calendar/model';
import { axeViolations } from '../support/axe-check';

const calendar: Calendar = {
  version: 1,
  closedThrough: { AR: '2026-08-15' },
  periods: [
    { name: 'July 2026', start: '2026-07-01', end: '2026-07-31', status: 'locked' },
    { name: 'August 2026', start: '2026-08-01', end: '2026-08-31', status: 'open' },
    {
      name: 'September 2026',
      start: '2026-09-01',
      end: '2026-09-30',
      status: 'open',
      closesOn: '2026-10-05',
    },
    { name: 'October 2026', start: '2026-10-01', end: '2026-10-31', status: 'open' },
  ],
};

function monthTexts() {
  return within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
}

describe('YearStrip', () => {
  it('says each month’s status in words, today marked, from the fiscal year start', () => {
    render(<YearStrip calendar={calendar} fiscalYearStartMonth={7} today="2026-10-02" />);
    expect(screen.getByRole('heading')).toHaveTextContent('Fiscal year July 2026 – June 2027');
    expect(monthTexts().slice(0, 5)).toEqual([
      'JulJuly 2026: Locked',
      'AugAugust 2026: Partly closed',
      'SepSeptember 2026: Closing soon. September 2026 closes in 3 days (October 5, 2026)',
      'OctOctober 2026: Open, today',
      'NovNovember 2026: Not in calendar',
    ]);
    const current = screen.getAllByRole('listitem').filter((li) => li.getAttribute('aria-current'));
    expect(current.map((li) => li.dataset.month)).toEqual(['2026-10']);
  });

  it('hides the short month name from screen readers, which hear the full one', () => {
    render(<YearStrip calendar={calendar} fiscalYearStartMonth={1} today="2026-10-02" />);
    const july = screen.getAllByRole('listitem')[6] as HTMLElement;
    expect(within(july).getByText('Jul')).toHaveAttribute('aria-hidden', 'true');
    expect(july).toHaveAttribute('data-status', 'locked');
  });

  it('moves between fiscal years and back to this one', async () => {
    const user = userEvent.setup();
    render(<YearStrip calendar={calendar} fiscalYearStartMonth={1} today="2026-10-02" />);
    expect(screen.getByRole('heading')).toHaveTextContent('Fiscal year 2026');
    await user.click(screen.getByRole('button', { name: 'Previous fiscal year' }));
    expect(screen.getByRole('heading')).toHaveTextContent('Fiscal year 2025');
    expect(screen.queryByText(/today/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next fiscal year' }));
    await user.click(screen.getByRole('button', { name: 'Next fiscal year' }));
    expect(screen.getByRole('heading')).toHaveTextContent('Fiscal year 2027');
    await user.click(screen.getByRole('button', { name: 'This year' }));
    expect(screen.getByRole('heading')).toHaveTextContent('Fiscal year 2026');
  });

  it('marks a month past its close day and still open as overdue, in the banner’s words', () => {
    render(<YearStrip calendar={calendar} fiscalYearStartMonth={1} today="2026-10-20" />);
    const sep = screen.getAllByRole('listitem')[8] as HTMLElement;
    expect(sep).toHaveAttribute('data-status', 'closing-soon');
    expect(sep).toHaveTextContent(
      'September 2026: Overdue to close. September 2026 was due to close on October 5, 2026 and is still open',
    );
    expect(sep).toHaveAttribute(
      'title',
      'September 2026 was due to close on October 5, 2026 and is still open',
    );
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <YearStrip calendar={calendar} fiscalYearStartMonth={1} today="2026-10-02" />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
