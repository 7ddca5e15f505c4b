import {
  type CalendarSource,
  MAX_AGE_HOURS_DEFAULT,
  MAX_AGE_HOURS_MAX,
  MAX_AGE_HOURS_MIN,
  REFRESH_MINUTES_DEFAULT,
  REFRESH_MINUTES_MAX,
  REFRESH_MINUTES_MIN,
  TIMEOUT_SECONDS_DEFAULT,
  TIMEOUT_SECONDS_MAX,
  TIMEOUT_SECONDS_MIN,
} from '../settings/settings-schema';
import type { UrlSource } from './check';
import { checkCalendarUrl, type UrlPolicy } from './url-policy';

/** The calendar-URL form as typed: text, checked only on Save. */
export interface SourceDraft {
  url: string;
  refreshMinutes: string;
  maxAgeHours: string;
  timeoutSeconds: string;
}
export type DraftField = keyof SourceDraft;

/** The form filled from the source in use (defaults for a manual source). */
export function draftFrom(source: CalendarSource): SourceDraft {
  const url = source.kind === 'url' ? source : undefined;
  return {
    url: url?.url ?? '',
    refreshMinutes: String(url?.refreshMinutes ?? REFRESH_MINUTES_DEFAULT),
    maxAgeHours: String(url?.maxAgeHours ?? MAX_AGE_HOURS_DEFAULT),
    timeoutSeconds: String(url?.timeoutSeconds ?? TIMEOUT_SECONDS_DEFAULT),
  };
}

export type DraftCheck =
  | { ok: true; source: UrlSource; permissionPattern: string }
  | { ok: false; field: DraftField; message: string };

const NUMBERS: readonly {
  field: Exclude<DraftField, 'url'>;
  label: string;
  min: number;
  max: number;
  unit: string;
}[] = [
  {
    field: 'refreshMinutes',
    label: 'Check every',
    min: REFRESH_MINUTES_MIN,
    max: REFRESH_MINUTES_MAX,
    unit: 'minutes',
  },
  {
    field: 'maxAgeHours',
    label: 'Stale after',
    min: MAX_AGE_HOURS_MIN,
    max: MAX_AGE_HOURS_MAX,
    unit: 'hours',
  },
  {
    field: 'timeoutSeconds',
    label: 'Give up a fetch after',
    min: TIMEOUT_SECONDS_MIN,
    max: TIMEOUT_SECONDS_MAX,
    unit: 'seconds',
  },
];

/**
 * Checks the form before anything is asked of the browser: the address by this build's URL
 * policy, the numbers against the settings schema's bounds. The first problem is returned
 * with the field it belongs to, so the page can point at it.
 */
export function checkDraft(draft: SourceDraft, urlPolicy: UrlPolicy): DraftCheck {
  const url = checkCalendarUrl(draft.url, urlPolicy);
  if (!url.ok) return { ok: false, field: 'url', message: url.message };
  const values: Partial<Record<DraftField, number>> = {};
  for (const { field, label, min, max, unit } of NUMBERS) {
    const text = draft[field].trim();
    const value = Number(text);
    if (text === '' || !Number.isInteger(value) || value < min || value > max) {
      return {
        ok: false,
        field,
        message: `${label}: enter a whole number of ${unit} from ${min} to ${max}.`,
      };
    }
    values[field] = value;
  }
  return {
    ok: true,
    permissionPattern: url.permissionPattern,
    source: {
      kind: 'url',
      url: url.url,
      refreshMinutes: values.refreshMinutes ?? REFRESH_MINUTES_DEFAULT,
      maxAgeHours: values.maxAgeHours ?? MAX_AGE_HOURS_DEFAULT,
      timeoutSeconds: values.timeoutSeconds ?? TIMEOUT_SECONDS_DEFAULT,
    },
  };
}
