import { DEFAULT_EXPORT_WORDS, DEFAULT_INVOICE_DATE_LABELS } from './defaults';
import {
  CLOSING_SOON_DAYS_MAX,
  CLOSING_SOON_DAYS_MIN,
  defaultSettings,
  MAX_AGE_HOURS_DEFAULT,
  MAX_WORDS,
  REFRESH_MINUTES_DEFAULT,
  SETTINGS_VERSION,
} from './settings-schema';

/**
 * Settings as the first release stored them: labels and export words as one comma-separated
 * string each (as typed into a text box), a `blockExports` switch, an optional calendar URL,
 * and no `version` field (the storage item's metadata held the version).
 */
export interface SettingsV1 {
  labels?: string;
  exportWords?: string;
  dayFirst?: boolean;
  closingSoonDays?: number;
  blockExports?: boolean;
  calendarUrl?: string;
}

/** "Invoice Date, Issue Date," → ["Invoice Date", "Issue Date"], or `fallback` when nothing is left. */
function splitWords(text: unknown, fallback: readonly string[]): string[] {
  if (typeof text !== 'string') return [...fallback];
  const words = text
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word !== '')
    .slice(0, MAX_WORDS);
  return words.length > 0 ? words : [...fallback];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * v1 → v2. Lenient about what it finds (missing fields take today's defaults) but never
 * invents meaning: a value that is not an object is returned unchanged so validation refuses
 * and quarantines it. Idempotent, because a v2 value stored without version metadata is
 * taken for v1 by the storage layer.
 */
export function migrateSettingsV1toV2(old: unknown): unknown {
  if (!isRecord(old)) return old;
  if (old.version === SETTINGS_VERSION) return old;
  const v1 = old as SettingsV1;
  const defaults = defaultSettings();
  const days = typeof v1.closingSoonDays === 'number' ? Math.round(v1.closingSoonDays) : NaN;
  return {
    version: SETTINGS_VERSION,
    invoiceDateLabels: splitWords(v1.labels, DEFAULT_INVOICE_DATE_LABELS),
    // v1 had no posting-date labels; it never read the posting date.
    postingDateLabels: defaults.postingDateLabels,
    exportWords: splitWords(v1.exportWords, DEFAULT_EXPORT_WORDS),
    dayFirst: v1.dayFirst === true,
    // v1 took any number; v2 caps the warning window.
    closingSoonDays: Number.isFinite(days)
      ? Math.min(CLOSING_SOON_DAYS_MAX, Math.max(CLOSING_SOON_DAYS_MIN, days))
      : defaults.closingSoonDays,
    mode: v1.blockExports === true ? 'block' : 'warn',
    source:
      typeof v1.calendarUrl === 'string' && v1.calendarUrl.trim() !== ''
        ? {
            kind: 'url',
            url: v1.calendarUrl.trim(),
            refreshMinutes: REFRESH_MINUTES_DEFAULT,
            maxAgeHours: MAX_AGE_HOURS_DEFAULT,
          }
        : { kind: 'manual' },
  };
}
