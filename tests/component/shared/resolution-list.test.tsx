import { render, screen, within } from '@testing-library/react';
import { ResolutionList } from '../../../components/ResolutionList';
import { resolutionSteps } from '../../../lib/resolution/steps';
import { axeViolations } from '../../support/axe-check';
import {
  closedVerdict,
  lockedVerdict,
  syncedInvoice,
  unsyncedInvoice,
} from '../../support/sample-invoices';

describe('ResolutionList', () => {
  it('lists the steps in order, with the first open day ready to copy', () => {
    render(<ResolutionList steps={resolutionSteps(closedVerdict, unsyncedInvoice)} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.dataset.step)).toEqual(['move-date', 'ask-reopen']);
    expect(items[0]).toHaveTextContent('Move the invoice date to October 1, 2026');
    expect(within(items[0] as HTMLElement).getByLabelText('New invoice date')).toHaveValue(
      '10/01/2026',
    );
  });

  it('writes the date to copy day-first when the user reads dates that way', () => {
    render(<ResolutionList steps={resolutionSteps(closedVerdict, unsyncedInvoice)} dayFirst />);
    expect(screen.getByLabelText('New invoice date')).toHaveValue('01/10/2026');
  });

  it('says in words that reopening a locked period is not possible', () => {
    render(<ResolutionList steps={resolutionSteps(lockedVerdict, syncedInvoice)} />);
    const items = screen.getAllByRole('listitem');
    const last = items[items.length - 1] as HTMLElement;
    expect(last.dataset.step).toBe('wait-unlock');
    expect(last).toHaveTextContent(/^Not possible Reopening September 2026 is not possible/);
    expect(items.filter((li) => li.textContent?.startsWith('Not possible'))).toHaveLength(1);
  });

  it('renders nothing when there is nothing to do', () => {
    const { container } = render(<ResolutionList steps={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <ResolutionList steps={resolutionSteps(lockedVerdict, unsyncedInvoice)} />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
