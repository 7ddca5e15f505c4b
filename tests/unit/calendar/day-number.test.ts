import fc from 'fast-check';
import { isoDateOfDay, isoDayNumber } from '../../../lib/calendar/day-number';
import { fromDayNumber, isIsoDate, toDayNumber } from '../../../lib/calendar/iso-date';

describe('isoDayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['2024-02-29', toDayNumber('2024-02-29')],
    ['2023-02-29', Number.NaN],
    ['2026-11-31', Number.NaN],
    ['2026-04-31', Number.NaN],
    ['2026-00-10', Number.NaN],
    ['0999-12-31', Number.NaN],
    ['2026-4-01', Number.NaN],
    ['2026/04/01', Number.NaN],
    ['2026-04-01 ', Number.NaN],
  ])('%s is day %d', (text, expected) => {
    expect(isoDayNumber(text)).toBe(expected);
  });

  it('agrees with isIsoDate and toDayNumber on every yyyy-MM-dd shaped text', () => {
    const digits = (n: number) =>
      fc
        .array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })
        .map((d) => d.join(''));
    const near = fc
      .tuple(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const any = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
    fc.assert(
      fc.property(fc.oneof(near, any), (text) => {
        const day = isoDayNumber(text);
        expect(!Number.isNaN(day)).toBe(isIsoDate(text));
        if (isIsoDate(text)) expect(day).toBe(toDayNumber(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isoDateOfDay', () => {
  const first = isoDayNumber('1000-01-01');
  const last = isoDayNumber('9999-12-31');

  it.each([
    [0, '1970-01-01'],
    [-1, '1969-12-31'],
    [isoDayNumber('2024-02-29'), '2024-02-29'],
    [isoDayNumber('2000-03-01') - 1, '2000-02-29'],
    [isoDayNumber('1900-03-01') - 1, '1900-02-28'],
    [first, '1000-01-01'],
    [last, '9999-12-31'],
  ])('day %d is %s', (day, text) => {
    expect(isoDateOfDay(day)).toBe(text);
  });

  it('agrees with fromDayNumber and inverts isoDayNumber on every day from 1000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const text = isoDateOfDay(day);
        expect(text).toBe(fromDayNumber(day));
        expect(isoDayNumber(text)).toBe(day);
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses days no yyyy-MM-dd date has', () => {
    for (const day of [first - 1, last + 1, 0.5, Number.NaN]) {
      expect(() => isoDateOfDay(day)).toThrow(RangeError);
    }
  });
});
