import {
  DEFAULT_EXPORT_WORDS,
  DEFAULT_INVOICE_DATE_LABELS,
  DEFAULT_POSTING_DATE_LABELS,
} from '../../../lib/settings/defaults';
import {
  defaultSettings,
  fiscalYearStartMonthOf,
  type Settings,
  settingsSchema,
} from '../../../lib/settings/settings-schema';

const valid = (change: Record<string, unknown>) =>
  settingsSchema.safeParse({ ...defaultSettings(), ...change }).success;

const urlSource = (change: Record<string, unknown> = {}) => ({
  kind: 'url',
  url: 'https://finance.example.com/periods.json',
  ...change,
});

describe('defaultSettings', () => {
  it('are valid and say what the docs say', () => {
    const settings: Settings = settingsSchema.parse(defaultSettings());
    expect(settings).toEqual({
      version: 2,
      invoiceDateLabels: DEFAULT_INVOICE_DATE_LABELS,
      postingDateLabels: DEFAULT_POSTING_DATE_LABELS,
      exportWords: DEFAULT_EXPORT_WORDS,
      dayFirst: false,
      closingSoonDays: 5,
      mode: 'warn',
      source: { kind: 'manual' },
    });
  });

  it('are a fresh copy each time', () => {
    defaultSettings().invoiceDateLabels.push('Mine');
    expect(defaultSettings().invoiceDateLabels).not.toContain('Mine');
    expect(DEFAULT_INVOICE_DATE_LABELS).not.toContain('Mine');
  });
});

describe('settingsSchema', () => {
  it.each([
    [0, true],
    [60, true],
    [-1, false],
    [61, false],
    [2.5, false],
  ])('closingSoonDays %s → valid %s', (days, ok) => {
    expect(valid({ closingSoonDays: days })).toBe(ok);
  });

  it('trims labels and refuses empty ones', () => {
    const parsed = settingsSchema.parse({
      ...defaultSettings(),
      postingDateLabels: ['  GL Date  '],
    });
    expect(parsed.postingDateLabels).toEqual(['GL Date']);
    expect(valid({ postingDateLabels: ['GL Date', ' '] })).toBe(false);
  });

  it('allows at most 50 entries per list', () => {
    expect(valid({ exportWords: Array(50).fill('Sync') })).toBe(true);
    expect(valid({ exportWords: Array(51).fill('Sync') })).toBe(false);
  });

  it('needs at least one invoice-date label and one export word; posting labels may be none', () => {
    expect(valid({ invoiceDateLabels: [] })).toBe(false);
    expect(valid({ exportWords: [] })).toBe(false);
    expect(valid({ postingDateLabels: [] })).toBe(true);
  });

  it('knows only warn and block', () => {
    expect(valid({ mode: 'block' })).toBe(true);
    expect(valid({ mode: 'ignore' })).toBe(false);
  });

  it('gives a URL source its refresh defaults: every 60 minutes, stale after 24 hours', () => {
    const parsed = settingsSchema.parse({ ...defaultSettings(), source: urlSource() });
    expect(parsed.source).toEqual({ ...urlSource(), refreshMinutes: 60, maxAgeHours: 24 });
  });

  it.each([
    [{ refreshMinutes: 15 }, true],
    [{ refreshMinutes: 1440 }, true],
    [{ refreshMinutes: 14 }, false],
    [{ refreshMinutes: 1441 }, false],
    [{ maxAgeHours: 1 }, true],
    [{ maxAgeHours: 720 }, true],
    [{ maxAgeHours: 0 }, false],
    [{ maxAgeHours: 721 }, false],
    [{ timeoutSeconds: 1 }, true],
    [{ timeoutSeconds: 30 }, true],
    [{ timeoutSeconds: 0 }, false],
    [{ timeoutSeconds: 31 }, false],
    [{ timeoutSeconds: 2.5 }, false],
    [{ url: 'http://localhost:5173/cal.json' }, true],
    [{ url: 'ftp://finance.example.com/periods.json' }, false],
    [{ url: 'not a url' }, false],
  ])('URL source %o → valid %s', (change, ok) => {
    expect(valid({ source: urlSource(change) })).toBe(ok);
  });

  it.each([
    [1, true],
    [7, true],
    [12, true],
    [0, false],
    [13, false],
    [6.5, false],
  ])('fiscalYearStartMonth %s → valid %s', (month, ok) => {
    expect(valid({ fiscalYearStartMonth: month })).toBe(ok);
  });

  it('reads a missing fiscal year start as January, so settings saved before it stay valid', () => {
    const parsed = settingsSchema.parse(defaultSettings());
    expect(parsed).not.toHaveProperty('fiscalYearStartMonth');
    expect(fiscalYearStartMonthOf(parsed)).toBe(1);
    expect(fiscalYearStartMonthOf({ fiscalYearStartMonth: 7 })).toBe(7);
  });

  it('refuses keys it does not know rather than dropping them on the next save', () => {
    expect(valid({ theme: 'dark' })).toBe(false);
    expect(valid({ version: 1 })).toBe(false);
  });
});
