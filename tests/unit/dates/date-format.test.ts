import { formatDateRange, formatFieldDate, formatLongDate } from '../../../lib/dates/format';

describe('resolution date words', () => {
  it.each([
    ['2026-09-15', 'September 15, 2026'],
    ['2026-01-01', 'January 1, 2026'],
    ['2024-02-29', 'February 29, 2024'],
    ['2026-12-31', 'December 31, 2026'],
  ])('formatLongDate(%s) is %s', (date, words) => {
    expect(formatLongDate(date)).toBe(words);
  });

  it('returns text that is not a real date unchanged instead of inventing one', () => {
    expect(formatLongDate('2026-02-30')).toBe('2026-02-30');
  });

  it('writes field dates month-first unless the user reads day-first', () => {
    expect(formatFieldDate('2026-10-01')).toBe('10/01/2026');
    expect(formatFieldDate('2026-10-01', true)).toBe('01/10/2026');
  });

  it('writes a range with the year once when both ends share it', () => {
    expect(formatDateRange('2026-09-01', '2026-09-30')).toBe('September 1 – September 30, 2026');
    expect(formatDateRange('2026-12-15', '2027-01-14')).toBe(
      'December 15, 2026 – January 14, 2027',
    );
  });
});
