import type { Period } from '../../../lib/calendar/model';
import {
  draftFromPeriod,
  nextPeriodDraft,
  periodsOverlap,
  validatePeriodDraft,
} from '../../../lib/calendar/period-draft';

const august: Period = {
  name: 'August 2026',
  start: '2026-08-01',
  end: '2026-08-31',
  status: 'closed',
};
const draft = (over: Partial<ReturnType<typeof draftFromPeriod>>) => ({
  ...draftFromPeriod(),
  name: 'September 2026',
  start: '2026-09-01',
  end: '2026-09-30',
  ...over,
});

describe('validatePeriodDraft', () => {
  it('accepts a well-formed period, trimming the name and dropping empty optional fields', () => {
    expect(validatePeriodDraft(draft({ name: '  September 2026 ' }), [august])).toEqual({
      ok: true,
      period: { name: 'September 2026', start: '2026-09-01', end: '2026-09-30', status: 'open' },
    });
  });

  it('keeps the close day and the module when given', () => {
    const result = validatePeriodDraft(draft({ closesOn: '2026-10-05', module: 'AR' }), []);
    expect(result).toMatchObject({ ok: true, period: { closesOn: '2026-10-05', module: 'AR' } });
  });

  it('says per field what is missing', () => {
    const result = validatePeriodDraft(draft({ name: ' ', start: '', end: '' }), []);
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Enter a name for the period.',
        start: 'Enter the first day of the period.',
        end: 'Enter the last day of the period.',
      },
    });
  });

  it('refuses an end before the start on the End field', () => {
    const result = validatePeriodDraft(draft({ end: '2026-08-31' }), []);
    expect(result).toEqual({ ok: false, errors: { end: 'End is before start.' } });
  });

  it('refuses a date that does not exist', () => {
    const result = validatePeriodDraft(draft({ closesOn: '2026-09-31' }), []);
    expect(result).toEqual({
      ok: false,
      errors: { closesOn: 'Closes on must be a real date written yyyy-MM-dd.' },
    });
  });

  it('refuses a period overlapping another one, naming it', () => {
    const result = validatePeriodDraft(draft({ start: '2026-08-31' }), [august]);
    expect(result).toEqual({
      ok: false,
      errors: { start: 'Overlaps August 2026 (2026-08-01 to 2026-08-31).' },
    });
  });
});

describe('periodsOverlap', () => {
  const sept = { name: 'S', start: '2026-09-01', end: '2026-09-30', status: 'open' } as const;
  it('lets AR and GL rows share dates but not a row for every module', () => {
    expect(periodsOverlap({ ...sept, module: 'AR' }, { ...sept, module: 'GL' })).toBe(false);
    expect(periodsOverlap({ ...sept, module: 'AR' }, { ...sept, module: 'AR' })).toBe(true);
    expect(periodsOverlap({ ...sept, module: 'AR' }, sept)).toBe(true);
  });

  it('treats touching ends as overlap only when they share a day', () => {
    expect(periodsOverlap(sept, { ...sept, start: '2026-10-01', end: '2026-10-31' })).toBe(false);
    expect(periodsOverlap(sept, { ...sept, start: '2026-09-30', end: '2026-10-31' })).toBe(true);
  });
});

describe('nextPeriodDraft', () => {
  it('suggests the month after the latest period, open', () => {
    expect(nextPeriodDraft([august])).toEqual({
      name: 'September 2026',
      start: '2026-09-01',
      end: '2026-09-30',
      status: 'open',
      closesOn: '',
      module: '',
    });
  });

  it('runs to the end of the month it starts in, across the year and leap days', () => {
    const dec: Period = { ...august, start: '2027-12-01', end: '2027-12-31' };
    expect(nextPeriodDraft([dec, august])).toMatchObject({
      name: 'January 2028',
      end: '2028-01-31',
    });
    const jan: Period = { ...august, start: '2028-01-01', end: '2028-01-31' };
    expect(nextPeriodDraft([jan])).toMatchObject({ start: '2028-02-01', end: '2028-02-29' });
  });

  it('is blank for an empty calendar', () => {
    expect(nextPeriodDraft([])).toEqual(draftFromPeriod());
  });
});
