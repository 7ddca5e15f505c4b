import '../zod-config';
import * as z from 'zod/mini';
import { importCalendarJsonText } from '../calendar/import-json-text';
import { summarize } from '../calendar/import-problem';
import type { Calendar } from '../calendar/model';
import { checkCalendarUrl, type UrlPolicy } from '../remote/url-policy';
import {
  CLOSING_SOON_DAYS_MAX,
  CLOSING_SOON_DAYS_MIN,
  intBetween,
  MAX_AGE_HOURS_MAX,
  MAX_AGE_HOURS_MIN,
  MAX_WORDS,
  REFRESH_MINUTES_MAX,
  REFRESH_MINUTES_MIN,
} from './settings-schema';

/**
 * Settings an organization can fix for everyone, by the names admins write in policy
 * (`lockedSettings`) and the settings page asks about (`ManagedFlags`). `source` is where
 * the calendar comes from (URL or manual), `calendar` its contents (editing and import).
 */
export const MANAGEABLE_SETTINGS = [
  'source',
  'calendar',
  'refreshMinutes',
  'maxAgeHours',
  'mode',
  'closingSoonDays',
  'invoiceDateLabels',
  'postingDateLabels',
  'exportWords',
  'dayFirst',
] as const;
export type ManageableSetting = (typeof MANAGEABLE_SETTINGS)[number];

/**
 * The enterprise policy (PRODUCT.md §6) after validation: only keys that passed are here.
 * The same names are the keys of public/managed_schema.json (Chrome, Edge) and of the
 * extension's entry in Firefox's policies.json; the README's "For admins" documents them.
 */
export interface ManagedPolicy {
  /** HTTPS address of the team calendar (JSON or CSV); fetched like a user-set URL. */
  calendarUrl?: string;
  /** The calendar itself, in the JSON calendar format; used when there is no calendarUrl. */
  inlineCalendar?: Calendar;
  refreshMinutes?: number;
  maxAgeHours?: number;
  /** `block` removes "Export anyway". */
  mode?: 'warn' | 'block';
  closingSoonDays?: number;
  invoiceDateLabels?: string[];
  postingDateLabels?: string[];
  exportWords?: string[];
  dayFirst?: boolean;
  /** Settings users may not change even though the policy does not set them. */
  lockedSettings?: ManageableSetting[];
}
export type PolicyKey = keyof ManagedPolicy;

export const POLICY_KEYS: readonly PolicyKey[] = [
  'calendarUrl',
  'inlineCalendar',
  'refreshMinutes',
  'maxAgeHours',
  'mode',
  'closingSoonDays',
  'invoiceDateLabels',
  'postingDateLabels',
  'exportWords',
  'dayFirst',
  'lockedSettings',
];

const word = z.lazy(() =>
  z.string().check(z.trim(), z.minLength(1, 'must not hold an empty entry'), z.maxLength(100)),
);
/** A list the policy may leave empty: no posting-date labels means judge by the invoice date. */
const wordsOrNone = z.lazy(() =>
  z.array(word).check(z.maxLength(MAX_WORDS, `must hold at most ${MAX_WORDS} entries`)),
);
const words = z.lazy(() =>
  z
    .array(word)
    .check(
      z.minLength(1, 'needs at least one entry'),
      z.maxLength(MAX_WORDS, `must hold at most ${MAX_WORDS} entries`),
    ),
);

/** Simple keys: one zod schema each. calendarUrl, inlineCalendar, lockedSettings are special. */
function simpleSchemas() {
  return {
    refreshMinutes: intBetween(REFRESH_MINUTES_MIN, REFRESH_MINUTES_MAX),
    maxAgeHours: intBetween(MAX_AGE_HOURS_MIN, MAX_AGE_HOURS_MAX),
    mode: z.enum(['warn', 'block']),
    closingSoonDays: intBetween(CLOSING_SOON_DAYS_MIN, CLOSING_SOON_DAYS_MAX),
    invoiceDateLabels: words,
    // May be empty, as the user's setting may: the policy then says "no posting date".
    postingDateLabels: wordsOrNone,
    exportWords: words,
    dayFirst: z.boolean(),
  } as const;
}

/** Built on first use: a content script on a page without a policy never needs them. */
let simple: ReturnType<typeof simpleSchemas> | undefined;
/** Every simple key, checked against simpleSchemas() by the compiler (none missing, none extra). */
const SIMPLE_KEYS: Record<keyof ReturnType<typeof simpleSchemas>, true> = {
  refreshMinutes: true,
  maxAgeHours: true,
  mode: true,
  closingSoonDays: true,
  invoiceDateLabels: true,
  postingDateLabels: true,
  exportWords: true,
  dayFirst: true,
};

/** What the policy said, kept and dropped. */
export interface ParsedPolicy {
  policy: ManagedPolicy;
  /** One sentence per ignored value, for the settings page ("calendarUrl: …; ignored"). */
  problems: string[];
}

/**
 * Validates what `storage.managed` returned, key by key: a bad value is ignored with a
 * problem and the rest of the policy still applies — an admin's typo in one label must not
 * switch off the block mode next to it. Unknown keys are reported (Chrome drops them
 * before we see them; Firefox passes them through).
 */
export function parseManagedPolicy(raw: unknown, urlPolicy: UrlPolicy): ParsedPolicy {
  const policy: ManagedPolicy = {};
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return raw === undefined || raw === null
      ? { policy, problems }
      : { policy, problems: ['The policy is not an object of settings; it was ignored.'] };
  }
  const ignore = (key: string, why: string) => problems.push(`${key}: ${why}; ignored.`);

  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null) continue;
    switch (key) {
      case 'calendarUrl': {
        const checked =
          typeof value === 'string'
            ? checkCalendarUrl(value, urlPolicy)
            : { ok: false as const, message: 'must be a text address' };
        if (checked.ok) policy.calendarUrl = checked.url;
        else ignore(key, checked.message.replace(/\.$/, ''));
        break;
      }
      case 'inlineCalendar': {
        const calendar = readInlineCalendar(value);
        if (calendar.ok) policy.inlineCalendar = calendar.calendar;
        else ignore(key, calendar.why);
        break;
      }
      case 'lockedSettings': {
        if (!Array.isArray(value)) {
          ignore(key, 'must be a list of setting names');
          break;
        }
        const known = value.filter((name): name is ManageableSetting =>
          (MANAGEABLE_SETTINGS as readonly unknown[]).includes(name),
        );
        const unknown = value.filter((name) => !known.includes(name as ManageableSetting));
        if (unknown.length > 0) {
          problems.push(
            `lockedSettings: ${unknown.map((name) => JSON.stringify(name)).join(', ')} ${unknown.length === 1 ? 'is not a setting name' : 'are not setting names'} (known: ${MANAGEABLE_SETTINGS.join(', ')}); ignored.`,
          );
        }
        policy.lockedSettings = [...new Set(known)];
        break;
      }
      default: {
        if (!Object.hasOwn(SIMPLE_KEYS, key)) {
          ignore(key, 'Period Guard has no such policy setting');
          break;
        }
        simple ??= simpleSchemas();
        const simpleKey = key as keyof typeof simple;
        const parsed = simple[simpleKey].safeParse(value);
        if (parsed.success) Object.assign(policy, { [simpleKey]: parsed.data });
        else ignore(key, parsed.error.issues[0]?.message ?? 'not a valid value');
      }
    }
  }
  return { policy, problems };
}

/**
 * An inline calendar goes through the same import as a file (schema and overlap checks).
 * A JSON string is accepted too: some policy tools store complex values as text.
 */
function readInlineCalendar(
  value: unknown,
): { ok: true; calendar: Calendar } | { ok: false; why: string } {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'object') text = JSON.stringify(value);
  else return { ok: false, why: 'must be a calendar in the JSON calendar format' };
  const result = importCalendarJsonText(text);
  return result.ok
    ? { ok: true, calendar: result.calendar }
    : { ok: false, why: summarize(result.errors) };
}
