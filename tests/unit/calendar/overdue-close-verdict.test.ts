import type { Calendar } from '../../../lib/calendar/model';
import { monthStatuses } from '../../../lib/calendar/month-status';
import { nextScheduledClose } from '../../../lib/calendar/next-close';
import { checkDate } from '../../../lib/calendar/verdict';
import { verdictExplanation } from '../../../lib/resolution/explanation';
import { verdictHeadline } from '../../../lib/resolution/headline';
import { closeClause } from '../../../lib/resolution/phrases';
import { resolutionSteps } from '../../../lib/resolution/steps';
import { closedThroughSeptember, oct, sep } from '../../support/calendars';

/** October still open on December 4, though its close was scheduled for November 10. */
const calendar: Calendar = {
  ...closedThroughSeptember,
  periods: [
    sep,
    { ...oct, closesOn: '2026-11-10' },
    {
      name: 'Nov 2026',
      start: '2026-11-01',
      end: '2026-11-30',
      status: 'open',
      closesOn: '2026-12-10',
    },
  ],
};
const options = { today: '2026-12-04', closingSoonDays: 5 };
const overdue = 'was due to close on November 10, 2026 and is still open';

describe('a period past its scheduled close and still open', () => {
  const verdict = checkDate('2026-10-15', calendar, options);

  it('stays closing-soon, counted as days overdue', () => {
    expect(verdict).toMatchObject({ kind: 'closing-soon', daysUntilClose: -24 });
  });

  it('is said as overdue, never as closing today', () => {
    const words = [
      verdictHeadline(verdict),
      verdictExplanation(verdict, null),
      ...resolutionSteps(verdict, null).flatMap((s) => [s.title, s.detail]),
    ];
    for (const text of words) expect(text).not.toMatch(/today/);
    expect(verdictHeadline(verdict)).toBe(
      'Period past its scheduled close and still open: export now',
    );
    expect(verdictExplanation(verdict, null)).toBe(
      `The invoice date, October 15, 2026, is in Oct 2026, which ${overdue}. Export now: once it closes, Intacct will refuse it.`,
    );
    expect(resolutionSteps(verdict, null)[0]?.title).toBe('Export now, before the close');
  });

  it('is what the popup names as the next close, in the same words', () => {
    const next = nextScheduledClose(calendar, options.today);
    expect(next).toMatchObject({ period: { name: 'Oct 2026' }, daysLeft: -24 });
    expect(next && closeClause(next.daysLeft, next.closesOn)).toBe(overdue);
  });

  it('shows on the year strip as closing soon, with the same close', () => {
    const oct = monthStatuses(calendar, 1, 2026, options.today, 5)[9];
    expect(oct).toMatchObject({ month: '2026-10', status: 'closing-soon' });
    expect(oct?.close).toMatchObject({ period: { name: 'Oct 2026' }, daysLeft: -24 });
  });

  it('says "today" only on the close day itself', () => {
    const onTheDay = checkDate('2026-10-15', calendar, { ...options, today: '2026-11-10' });
    expect(onTheDay.daysUntilClose).toBe(0);
    expect(verdictHeadline(onTheDay)).toBe('Period closes today: export before the close');
    expect(verdictExplanation(onTheDay, null)).toContain(
      'Oct 2026, which closes today (November 10, 2026).',
    );
    expect(closeClause(1, '2026-11-10')).toBe('closes tomorrow (November 10, 2026)');
    expect(closeClause(3, '2026-11-10')).toBe('closes in 3 days (November 10, 2026)');
  });
});
