import type { Calendar } from '../../../lib/calendar/model';
import { calendarAfterImport } from '../../../lib/calendar-files/import-merge';
import { calendarOf } from '../../support/calendars';

const apr = { name: 'Apr 2026', start: '2026-04-01', end: '2026-04-30', status: 'open' } as const;
const may = { name: 'May 2026', start: '2026-05-01', end: '2026-05-31', status: 'open' } as const;

const current: Calendar = {
  version: 1,
  closedThrough: { AR: '2026-03-31', GL: '2026-02-28' },
  periods: [apr],
  entities: {
    West: { closedThrough: { GL: '2026-03-31' }, periods: [apr] },
    Empty: { closedThrough: {}, periods: [apr] },
  },
};

describe('calendarAfterImport', () => {
  it('replaces the calendar whole with a JSON file', () => {
    const imported = calendarOf([may]);
    expect(calendarAfterImport(current, imported, 'json')).toEqual(imported);
  });

  it('takes a CSV file as it is when there is no calendar yet', () => {
    const imported = calendarOf([may]);
    expect(calendarAfterImport(null, imported, 'csv')).toEqual(imported);
  });

  it('replaces periods from a CSV but keeps every closed-through day', () => {
    const imported: Calendar = {
      version: 1,
      closedThrough: {},
      periods: [may],
      entities: { East: { closedThrough: {}, periods: [may] } },
    };
    expect(calendarAfterImport(current, imported, 'csv')).toEqual({
      version: 1,
      closedThrough: { AR: '2026-03-31', GL: '2026-02-28' },
      periods: [may],
      entities: {
        West: { closedThrough: { GL: '2026-03-31' }, periods: [] },
        East: { closedThrough: {}, periods: [may] },
      },
    });
  });

  it('gives an entity in the CSV its closed-through days from before', () => {
    const imported: Calendar = {
      version: 1,
      closedThrough: {},
      periods: [],
      entities: { West: { closedThrough: {}, periods: [may] } },
    };
    expect(calendarAfterImport(current, imported, 'csv').entities?.West).toEqual({
      closedThrough: { GL: '2026-03-31' },
      periods: [may],
    });
  });

  it('does not change the calendars it is given', () => {
    const before = structuredClone(current);
    const imported = calendarOf([may]);
    const after = calendarAfterImport(current, imported, 'csv');
    after.closedThrough.AR = '2000-01-01';
    expect(current).toEqual(before);
  });
});
