import { migrateSettingsV1toV2 } from '../../../lib/settings/settings-migrations';
import { defaultSettings, settingsSchema } from '../../../lib/settings/settings-schema';

describe('migrateSettingsV1toV2', () => {
  it('splits comma-separated labels and words, dropping blanks', () => {
    const v2 = migrateSettingsV1toV2({ labels: 'Invoice Date,, Issued ', exportWords: ' Sync ,' });
    expect(v2).toMatchObject({
      invoiceDateLabels: ['Invoice Date', 'Issued'],
      exportWords: ['Sync'],
    });
  });

  it('falls back to the default lists when a v1 list is empty or missing', () => {
    const v2 = migrateSettingsV1toV2({ labels: ' , ' });
    expect(v2).toMatchObject({
      invoiceDateLabels: defaultSettings().invoiceDateLabels,
      exportWords: defaultSettings().exportWords,
    });
  });

  it('turns blockExports into mode', () => {
    expect(migrateSettingsV1toV2({ blockExports: true })).toMatchObject({ mode: 'block' });
    expect(migrateSettingsV1toV2({ blockExports: false })).toMatchObject({ mode: 'warn' });
    expect(migrateSettingsV1toV2({})).toMatchObject({ mode: 'warn' });
  });

  it('turns a calendar URL into a URL source with the refresh defaults', () => {
    expect(migrateSettingsV1toV2({ calendarUrl: ' https://x.example/p.csv ' })).toMatchObject({
      source: { kind: 'url', url: 'https://x.example/p.csv', refreshMinutes: 60, maxAgeHours: 24 },
    });
    expect(migrateSettingsV1toV2({ calendarUrl: '' })).toMatchObject({
      source: { kind: 'manual' },
    });
  });

  it('brings closingSoonDays into 0–60', () => {
    expect(migrateSettingsV1toV2({ closingSoonDays: 90 })).toMatchObject({ closingSoonDays: 60 });
    expect(migrateSettingsV1toV2({ closingSoonDays: -3 })).toMatchObject({ closingSoonDays: 0 });
    expect(migrateSettingsV1toV2({ closingSoonDays: 6.6 })).toMatchObject({ closingSoonDays: 7 });
    expect(migrateSettingsV1toV2({ closingSoonDays: 'x' })).toMatchObject({ closingSoonDays: 5 });
  });

  it('produces valid v2 settings from an empty v1 object', () => {
    expect(settingsSchema.parse(migrateSettingsV1toV2({}))).toEqual(defaultSettings());
  });

  it('leaves a v2 value and a non-object alone', () => {
    const v2 = defaultSettings();
    expect(migrateSettingsV1toV2(v2)).toBe(v2);
    expect(migrateSettingsV1toV2('labels')).toBe('labels');
    expect(migrateSettingsV1toV2(null)).toBe(null);
  });
});
