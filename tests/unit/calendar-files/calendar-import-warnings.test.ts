import type { Calendar, Period } from '../../../lib/calendar/model';
import { importWarnings } from '../../../lib/calendar-files/import-warnings';
import { importWarningText } from '../../../lib/resolution/import-warning-words';

const p = (name: string, start: string, end: string, status: Period['status']): Period => ({
  name,
  start,
  end,
  status,
});
const texts = (calendar: Calendar) => importWarnings(calendar).map(importWarningText);

describe('importWarnings', () => {
  it('names an open period the closed-through date closes, wholly or in part', () => {
    const calendar: Calendar = {
      version: 1,
      closedThrough: { AR: '2026-03-15', GL: '2026-01-31' },
      periods: [
        p('Feb 2026', '2026-02-01', '2026-02-28', 'open'),
        p('Mar 2026', '2026-03-01', '2026-03-31', 'open'),
        p('Apr 2026', '2026-04-01', '2026-04-30', 'open'),
      ],
    };
    expect(texts(calendar)).toEqual([
      'Feb 2026 is Open in the file, but AR is closed through March 15, 2026: it will count as closed.',
      'Mar 2026 is Open in the file, but AR is closed through March 15, 2026: its days through March 15, 2026 will count as closed.',
    ]);
  });

  it('names GL when its date is the one that closes the period', () => {
    const calendar: Calendar = {
      version: 1,
      closedThrough: { GL: '2026-03-31' },
      periods: [p('Mar 2026', '2026-03-01', '2026-03-31', 'open')],
    };
    expect(texts(calendar)).toEqual([
      'Mar 2026 is Open in the file, but GL is closed through March 31, 2026: it will count as closed.',
    ]);
  });

  it('names days between periods that nothing covers, per entity too', () => {
    const calendar: Calendar = {
      version: 1,
      closedThrough: {},
      periods: [
        p('Jan 2026', '2026-01-01', '2026-01-31', 'closed'),
        p('Mar 2026', '2026-03-01', '2026-03-31', 'open'),
      ],
      entities: {
        East: {
          closedThrough: {},
          periods: [
            p('Q1', '2026-01-01', '2026-03-31', 'open'),
            p('Q3', '2026-07-01', '2026-09-30', 'open'),
          ],
        },
      },
    };
    expect(texts(calendar)).toEqual([
      'No period covers February 1 – February 28, 2026, between Jan 2026 and Mar 2026: invoices dated then are outside the calendar, so Period Guard cannot vouch for them.',
      "No period covers April 1 – June 30, 2026 in East's books, between Q1 and Q3: invoices dated then are outside the calendar, so Period Guard cannot vouch for them.",
    ]);
  });

  it('is quiet for a calendar that says what it means', () => {
    const calendar: Calendar = {
      version: 1,
      closedThrough: { AR: '2026-01-31' },
      periods: [
        p('Jan 2026', '2026-01-01', '2026-01-31', 'closed'),
        p('Feb 2026', '2026-02-01', '2026-02-28', 'open'),
      ],
    };
    expect(importWarnings(calendar)).toEqual([]);
  });
});
