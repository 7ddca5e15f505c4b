import {
  addDays,
  daysBetween,
  isIsoDate,
  localToday,
  toIsoDate,
} from '../../../lib/calendar/iso-date';

describe('iso-date', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-4-1', false],
    [' 2026-04-01', false],
  ])('isIsoDate(%s) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('adds days across month, year and leap boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09'); // US DST start
    expect(addDays('2026-11-01', -1)).toBe('2026-10-31'); // US DST end
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('builds dates only when they exist', () => {
    expect(toIsoDate(2026, 9, 15)).toBe('2026-09-15');
    expect(toIsoDate(2026, 9, 31)).toBeNull();
  });

  it('reads today from local wall-clock fields', () => {
    expect(localToday(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
  });
});
