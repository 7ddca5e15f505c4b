import '../zod-config';
import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import {
  DEFAULT_CLOSING_SOON_DAYS,
  DEFAULT_EXPORT_WORDS,
  DEFAULT_INVOICE_DATE_LABELS,
  DEFAULT_POSTING_DATE_LABELS,
} from './defaults';

/**
 * The user's settings, version 2. The same number is the storage item's
 * version (items.ts); it also sits in the value so an exported or pasted settings blob says
 * which shape it is.
 */
export const SETTINGS_VERSION = 2;

/** Most words a list may hold: enough for every language a team uses, small enough to scan. */
export const MAX_WORDS = 50;

/**
 * A label or export word as the user typed it, trimmed. Matching against the page is
 * case-insensitive elsewhere, so case is kept as typed for display.
 */
const wordSchema = lazySchema(() =>
  z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(100)),
);

const wordListSchema = lazySchema(() =>
  z.array(wordSchema).check(z.maxLength(MAX_WORDS, `must hold at most ${MAX_WORDS} entries`)),
);

/** Most characters of a person's name in the audit log. */
export const PERSON_NAME_MAX = 100;

/** A person's name as typed, trimmed; shared by the settings and the policy. */
export const personNameSchema = lazySchema(() =>
  z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(PERSON_NAME_MAX)),
);

/** A whole number from `min` to `max`. */
export const intBetween = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

export const CLOSING_SOON_DAYS_MIN = 0;
export const CLOSING_SOON_DAYS_MAX = 60;
export const REFRESH_MINUTES_DEFAULT = 60;
export const REFRESH_MINUTES_MIN = 15;
export const REFRESH_MINUTES_MAX = 1440;
export const MAX_AGE_HOURS_DEFAULT = 24;
export const MAX_AGE_HOURS_MIN = 1;
export const MAX_AGE_HOURS_MAX = 720;
/** How long one fetch of the calendar URL may take (default 20 s, at most 30 s). */
export const TIMEOUT_SECONDS_DEFAULT = 20;
export const TIMEOUT_SECONDS_MIN = 1;
export const TIMEOUT_SECONDS_MAX = 30;

/** Most companies' fiscal year is the calendar year. */
export const DEFAULT_FISCAL_YEAR_START_MONTH = 1;

/**
 * Where the calendar comes from. A URL source is fetched by the background;
 * whether plain `http:` is acceptable depends on the build (e2e only), so that check lives
 * with the fetcher, not here.
 */
export const calendarSourceSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('manual') }),
    z.strictObject({
      kind: z.literal('url'),
      url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
      refreshMinutes: z._default(
        intBetween(REFRESH_MINUTES_MIN, REFRESH_MINUTES_MAX),
        REFRESH_MINUTES_DEFAULT,
      ),
      maxAgeHours: z._default(
        intBetween(MAX_AGE_HOURS_MIN, MAX_AGE_HOURS_MAX),
        MAX_AGE_HOURS_DEFAULT,
      ),
      /**
       * Optional so settings saved before it existed stay valid; absent means
       * {@link TIMEOUT_SECONDS_DEFAULT}. A slow intranet server may need more, a test less.
       */
      timeoutSeconds: z.optional(intBetween(TIMEOUT_SECONDS_MIN, TIMEOUT_SECONDS_MAX)),
    }),
  ]),
);
export type CalendarSource = z.infer<typeof calendarSourceSchema>;

/**
 * Strict: an unknown key means a shape this version does not know, which must not be
 * silently dropped on the next save. `invoiceDateLabels` and `exportWords` may not be empty:
 * with no export words the guard would never fire and nobody would notice.
 */
export const settingsSchema = lazySchema(() =>
  z.strictObject({
    version: z.literal(SETTINGS_VERSION),
    invoiceDateLabels: wordListSchema.check(z.minLength(1, 'needs at least one label')),
    postingDateLabels: wordListSchema,
    exportWords: wordListSchema.check(z.minLength(1, 'needs at least one word')),
    dayFirst: z.boolean(),
    closingSoonDays: intBetween(CLOSING_SOON_DAYS_MIN, CLOSING_SOON_DAYS_MAX),
    mode: z.enum(['warn', 'block']),
    source: calendarSourceSchema,
    /**
     * 1–12: the month the fiscal year starts in, for the settings page's year strip only (the
     * verdict never needs it). Optional so settings saved before it existed stay valid without
     * a new storage version; read it through {@link fiscalYearStartMonthOf}.
     */
    fiscalYearStartMonth: z.optional(intBetween(1, 12)),
    /**
     * Who this browser's overrides are logged as, typed once on the settings page (or set by
     * policy). Optional, like the next one, so settings saved before it existed stay valid.
     */
    userName: z.optional(personNameSchema),
    /** True when "Export anyway" needs a reason typed in the dialog; absent means optional. */
    requireOverrideReason: z.optional(z.boolean()),
  }),
);
export type Settings = z.infer<typeof settingsSchema>;

/** Fresh defaults (new arrays each call, so nobody can edit the shared ones by accident). */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    invoiceDateLabels: [...DEFAULT_INVOICE_DATE_LABELS],
    postingDateLabels: [...DEFAULT_POSTING_DATE_LABELS],
    exportWords: [...DEFAULT_EXPORT_WORDS],
    dayFirst: false,
    closingSoonDays: DEFAULT_CLOSING_SOON_DAYS,
    mode: 'warn',
    source: { kind: 'manual' },
  };
}

/** The fiscal year's first month, {@link DEFAULT_FISCAL_YEAR_START_MONTH} when never set. */
export function fiscalYearStartMonthOf(settings: Pick<Settings, 'fiscalYearStartMonth'>): number {
  return settings.fiscalYearStartMonth ?? DEFAULT_FISCAL_YEAR_START_MONTH;
}
