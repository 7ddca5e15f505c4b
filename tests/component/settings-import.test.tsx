import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CSV_TEMPLATE } from '../../lib/calendar-files/csv';
import { calendarToJson } from '../../lib/calendar-files/json';
import { renderSettings, seed, storedCalendarNow, withFreshStorage } from '../support/app-stores';
import { axeViolations } from '../support/axe-check';
import { apr, closedThroughFebruary, feb, mar, sampleCalendar } from '../support/calendars';
import { catchDownloads } from '../support/downloads';

withFreshStorage();

const before = closedThroughFebruary;

const goodCsv = [
  'Period,Start,End,Status,Closes On',
  'Feb 2026,2026-02-01,2026-02-28,Locked,',
  'Mar 2026,2026-03-01,2026-03-31,Closed,2026-04-08',
  'Apr 2026,2026-04-01,2026-04-30,Open,2026-05-08',
  '',
].join('\r\n');

const badCsv = [
  'Period,Start,End,Status',
  'Feb 2026,2026-02-01,2026-02-30,Closed',
  'Mar 2026,2026-03-31,2026-03-01,Open',
  'Apr 2026,2026-04-01,2026-04-30,Pending',
].join('\r\n');

const csv = (...lines: string[]) => lines.join('\r\n');

const csvFile = (text: string, name = 'periods.csv') =>
  new File([text], name, { type: 'text/csv' });

describe('calendar import', () => {
  it("keeps the preview's counts current when the calendar changes before Apply", async () => {
    const user = userEvent.setup();
    await seed({ calendar: sampleCalendar });
    await renderSettings();
    await user.upload(screen.getByTestId('calendar-file-input'), csvFile(goodCsv));
    const preview = await screen.findByTestId('calendar-import-preview');
    expect(preview.querySelector('[data-change="removed"]')).toHaveTextContent(
      'Remove 2 periods: Jan 2026; May 2026',
    );
    // May is deleted while the preview is open: Apply would now remove one period, not two.
    await user.click(screen.getByRole('button', { name: 'Delete May 2026' }));
    await waitFor(() =>
      expect(preview.querySelector('[data-change="removed"]')).toHaveTextContent(
        'Remove 1 period: Jan 2026',
      ),
    );
  });

  it('previews what a CSV file changes, writes nothing until Apply, then applies it', async () => {
    const user = userEvent.setup();
    await seed({ calendar: before });
    await renderSettings();
    expect(screen.getAllByTestId('period-row')).toHaveLength(1);

    await user.upload(screen.getByTestId('calendar-file-input'), csvFile(goodCsv));
    const preview = await screen.findByTestId('calendar-import-preview');
    expect(
      within(preview).getByRole('heading', { name: 'Preview of “periods.csv”' }),
    ).toHaveFocus();
    expect(preview.querySelector('[data-change="added"]')).toHaveTextContent(
      'Add 2 periods: Mar 2026; Apr 2026',
    );
    expect(preview.querySelector('[data-change="changed"]')).toHaveTextContent(
      'Feb 2026: status closed → locked',
    );
    expect(preview.querySelector('[data-change="removed"]')).toBeNull();
    expect(preview).toHaveTextContent('the closed-through dates stay as they are');
    // Nothing is written before Apply.
    expect(await storedCalendarNow()).toEqual(before);
    expect(screen.queryByTestId('calendar-import-error')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('calendar-import-confirm'));
    await waitFor(() => expect(screen.getAllByTestId('period-row')).toHaveLength(3));
    expect(await storedCalendarNow()).toEqual({
      version: 1,
      closedThrough: { AR: '2026-02-28' },
      periods: [{ ...feb, status: 'locked' }, mar, apr],
    });
    expect(screen.queryByTestId('calendar-import-preview')).not.toBeInTheDocument();
    expect(
      screen.getByText(/Imported “periods.csv”: the calendar now has 3 periods./),
    ).toBeVisible();
    expect(screen.getByTestId('calendar-file-input')).toHaveFocus();
  });

  it('warns, without refusing, of open periods the closed-through days close and of missing months', async () => {
    const user = userEvent.setup();
    await seed({ calendar: { version: 1, closedThrough: { AR: '2026-09-30' }, periods: [] } });
    await renderSettings();
    const csv = [
      'Period,Start,End,Status',
      'Mar 2026,2026-03-01,2026-03-31,Open',
      'Apr 2026,2026-04-01,2026-04-30,Closed',
      'Jul 2026,2026-07-01,2026-07-31,Closed',
      'Oct 2026,2026-10-01,2026-10-31,Open',
      'Dec 2026,2026-12-01,2026-12-31,Open',
    ].join('\n');
    await user.upload(screen.getByTestId('calendar-file-input'), csvFile(csv));
    const warnings = await screen.findByTestId('calendar-import-warnings');
    expect(
      within(warnings)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Mar 2026 is Open in the file, but AR is closed through September 30, 2026: it will count as closed.',
      // May, June, August and September are missing too, but the closed-through date closes them.
      'No period covers November 1 – November 30, 2026, between Oct 2026 and Dec 2026: invoices dated then are outside the calendar, so Period Guard cannot vouch for them.',
    ]);
    await user.click(screen.getByTestId('calendar-import-confirm'));
    await waitFor(async () => expect((await storedCalendarNow())?.periods).toHaveLength(5));
  });

  it('reads a day-first file day first when dates are set to day first, and says so when not', async () => {
    const user = userEvent.setup();
    const ukCsv = csv(
      'Period,Start,End,Status',
      'Jan 2026,01/01/2026,31/01/2026,Closed',
      'Feb 2026,01/02/2026,28/02/2026,Open',
    );
    await seed({ calendar: before });
    await renderSettings();
    await user.upload(screen.getByTestId('calendar-file-input'), csvFile(ukCsv));
    expect(await screen.findByTestId('calendar-import-error')).toHaveTextContent(
      'this file writes dates day first ("31/01/2026"); turn on "Dates are written day first" under Page reading, or write the dates as yyyy-MM-dd',
    );

    await user.click(screen.getByLabelText('Dates are written day first (dd/MM/yyyy)'));
    await user.upload(screen.getByTestId('calendar-file-input'), csvFile(ukCsv, 'uk.csv'));
    await user.click(await screen.findByTestId('calendar-import-confirm'));
    await waitFor(async () =>
      expect((await storedCalendarNow())?.periods.map((p) => [p.start, p.end])).toEqual([
        ['2026-01-01', '2026-01-31'],
        ['2026-02-01', '2026-02-28'],
      ]),
    );
  });

  it('refuses a bad file, names every problem by line and column, and changes nothing', async () => {
    const user = userEvent.setup();
    await seed({ calendar: before });
    await renderSettings();
    await user.upload(screen.getByTestId('calendar-file-input'), csvFile(badCsv, 'bad.csv'));

    const error = await screen.findByTestId('calendar-import-error');
    expect(error).toHaveAttribute('role', 'alert');
    expect(error).toHaveTextContent(
      '“bad.csv” was not imported, and the calendar was not changed.',
    );
    const problems = within(error)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^Line 2, End: /);
    expect(problems[1]).toMatch(/^Line 3, End: end 2026-03-01 is before/);
    expect(problems[2]).toMatch(/^Line 4, Status: /);
    expect(screen.queryByTestId('calendar-import-confirm')).not.toBeInTheDocument();
    expect(await storedCalendarNow()).toEqual(before);
    expect(screen.getAllByTestId('period-row')).toHaveLength(1);
  });

  it('a JSON file replaces the whole calendar, and the preview says which days move', async () => {
    const user = userEvent.setup();
    await seed({ calendar: before });
    await renderSettings();
    const file = new File([calendarToJson(sampleCalendar)], 'team.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByTestId('calendar-file-input'), file);
    const preview = await screen.findByTestId('calendar-import-preview');
    const moves = [...preview.querySelectorAll('[data-change="closed-through"]')].map(
      (li) => li.textContent,
    );
    expect(moves).toEqual([
      'Set AR closed through: February 28, 2026 → March 31, 2026',
      'Set GL closed through: not set → February 28, 2026',
    ]);
    expect(preview).toHaveTextContent('Keep 1 period as they are.');
    await user.click(screen.getByTestId('calendar-import-confirm'));
    await waitFor(async () => expect(await storedCalendarNow()).toEqual(sampleCalendar));
  });

  it('Cancel drops the preview and writes nothing', async () => {
    const user = userEvent.setup();
    await seed({ calendar: before });
    await renderSettings();
    await user.upload(screen.getByTestId('calendar-file-input'), csvFile(goodCsv));
    await screen.findByTestId('calendar-import-preview');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('calendar-import-preview')).not.toBeInTheDocument();
    expect(screen.getByTestId('calendar-file-input')).toHaveFocus();
    expect(await storedCalendarNow()).toEqual(before);
  });

  it('says when applying the same calendar changes nothing', async () => {
    const user = userEvent.setup();
    await seed({ calendar: sampleCalendar });
    await renderSettings();
    const file = new File([calendarToJson(sampleCalendar)], 'same.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByTestId('calendar-file-input'), file);
    expect(await screen.findByTestId('calendar-import-preview')).toHaveTextContent(
      'applying it changes nothing',
    );
  });

  it('refuses a file too large to be a calendar without reading it', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const huge = csvFile('x'.repeat(5 * 1024 * 1024 + 1), 'huge.csv');
    const read = vi.spyOn(huge, 'text');
    await user.upload(screen.getByTestId('calendar-file-input'), huge);
    expect(await screen.findByTestId('calendar-import-error')).toHaveTextContent(
      'The file is larger than 5 MB',
    );
    expect(read).not.toHaveBeenCalled();
    expect(await storedCalendarNow()).toBeNull();
  });

  it('shows why Apply failed when storage refuses the write, and keeps the calendar', async () => {
    const user = userEvent.setup();
    await seed({ calendar: before });
    const { stores } = await renderSettings();
    await user.upload(screen.getByTestId('calendar-file-input'), csvFile(goodCsv));
    await screen.findByTestId('calendar-import-preview');
    // A newer build of the extension took over the stored calendar meanwhile.
    await act(async () => {
      await fakeBrowser.storage.local.set({ calendar$: { v: 99 } });
      await stores.calendar.refresh();
    });
    await user.click(screen.getByTestId('calendar-import-confirm'));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent).join(' ')).toMatch(
      /A newer version of Period Guard saved the calendar/,
    );
    expect((await fakeBrowser.storage.local.get('calendar')).calendar).toEqual(before);
  });

  it('has no axe violations with a preview and with an error shown', async () => {
    const user = userEvent.setup();
    const { container } = await renderSettings();
    await user.upload(screen.getByTestId('calendar-file-input'), csvFile(goodCsv));
    await screen.findByTestId('calendar-import-preview');
    expect(await axeViolations(container)).toEqual([]);
    await user.upload(screen.getByTestId('calendar-file-input'), csvFile(badCsv));
    await screen.findByTestId('calendar-import-error');
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('calendar downloads', () => {
  it('offers the CSV template, with a byte order mark for Excel', async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    await renderSettings();
    await user.click(screen.getByRole('button', { name: 'CSV template' }));
    expect(files.map((f) => f.name)).toEqual(['period-calendar-template.csv']);
    expect(files[0]?.type).toBe('text/csv;charset=utf-8');
    expect(await files[0]?.text()).toBe(`\uFEFF${CSV_TEMPLATE}`);
  });

  it('exports the calendar as JSON and as CSV, and not without a calendar', async () => {
    const user = userEvent.setup();
    const files = catchDownloads();
    const { unmount } = await renderSettings();
    expect(screen.getByRole('button', { name: 'Export calendar as JSON' })).toBeDisabled();
    unmount();

    await seed({ calendar: sampleCalendar });
    await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Export calendar as JSON' }));
    await user.click(screen.getByRole('button', { name: 'Export calendar as CSV' }));
    expect(files.map((f) => f.name)).toEqual([
      expect.stringMatching(/^period-calendar-\d{4}-\d{2}-\d{2}\.json$/),
      expect.stringMatching(/^period-calendar-\d{4}-\d{2}-\d{2}\.csv$/),
    ]);
    expect(JSON.parse((await files[0]?.text()) ?? '')).toEqual(sampleCalendar);
    expect(await files[1]?.text()).toContain('Apr 2026,2026-04-01,2026-04-30,Open,2026-05-08');
  });
});
