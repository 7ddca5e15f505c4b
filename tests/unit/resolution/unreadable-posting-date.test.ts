import type { Calendar } from '../../../lib/calendar/model';
import { verdictFor } from '../../../lib/calendar/verdict';
import { readInvoice } from '../../../lib/page/read-invoice';
import { verdictExplanation } from '../../../lib/resolution/explanation';
import { verdictHeadline } from '../../../lib/resolution/headline';
import { resolutionSteps } from '../../../lib/resolution/steps';
import { closedThroughSeptember, oct } from '../../support/calendars';
import { DEFAULT_READING, htmlDocument } from '../../support/host-pages';

const CALENDAR: Calendar = { ...closedThroughSeptember, periods: [oct] };
const OPTIONS = { today: '2026-10-05', closingSoonDays: 3 };

const page = (posting: string) =>
  htmlDocument(
    `<p>Invoice #: INV-9</p><label>Invoice Date <input value="10/05/2026"></label><label>GL Posting Date <input value="${posting}"></label>`,
  );

describe('a posting date that is shown but does not read', () => {
  it('is kept as shown, and a blank or readable one is not', () => {
    expect(readInvoice(page('Sept 15'), DEFAULT_READING).snapshot).toMatchObject({
      invoiceDate: '2026-10-05',
      unreadablePostingDate: 'Sept 15',
    });
    expect(readInvoice(page(''), DEFAULT_READING).snapshot.unreadablePostingDate).toBeUndefined();
    expect(readInvoice(page('10/06/2026'), DEFAULT_READING).snapshot).toMatchObject({
      postingDate: '2026-10-06',
    });
    expect(
      readInvoice(page('10/06/2026'), DEFAULT_READING).snapshot.unreadablePostingDate,
    ).toBeUndefined();
  });

  it('makes the verdict unreadable-date, naming the posting date, though the invoice date is open', () => {
    const { snapshot } = readInvoice(page('Sept 15'), DEFAULT_READING);
    const verdict = verdictFor(snapshot, CALENDAR, OPTIONS);
    expect(verdict).toEqual({ kind: 'unreadable-date', dateSource: 'posting' });
    expect(verdictHeadline(verdict)).toBe('Posting date not readable: cannot verify');
    expect(verdictExplanation(verdict, snapshot)).toContain('posting date “Sept 15”');
    expect(resolutionSteps(verdict, snapshot)[0]?.title).toBe('Check the posting date field');
  });

  it('still names the invoice date when that is what does not read', () => {
    const verdict = verdictFor(
      { invoiceDate: null, invoiceDateText: 'Sept 15' },
      CALENDAR,
      OPTIONS,
    );
    expect(verdict).toEqual({ kind: 'unreadable-date' });
    expect(verdictHeadline(verdict)).toBe('Invoice date not readable: cannot verify');
  });

  it('does not matter once a synced invoice is judged by its original date', () => {
    const verdict = verdictFor(
      {
        invoiceDate: '2026-10-05',
        unreadablePostingDate: 'Sept 15',
        accountingReferenceId: 'SI-1',
        originalDate: '2026-10-02',
      },
      CALENDAR,
      OPTIONS,
    );
    expect(verdict).toMatchObject({ kind: 'open', date: '2026-10-02', dateSource: 'original' });
  });
});
