import '../zod-config';
import * as z from 'zod/mini';
import type { Calendar } from '../calendar/model';
import { importCalendarJsonText } from '../calendar-files/import-json-text';
import { summarize } from '../calendar-files/import-problem';
import { lazySchema } from '../lazy-schema';
import { checkCalendarUrl, type UrlPolicy } from '../remote/url-policy';
import {
  CLOSING_SOON_DAYS_MAX,
  CLOSING_SOON_DAYS_MIN,
  intBetween,
  MAX_AGE_HOURS_MAX,
  MAX_AGE_HOURS_MIN,
  MAX_WORDS,
  personNameSchema,
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
  'userName',
  'requireOverrideReason',
] as const;
export type ManageableSetting = (typeof MANAGEABLE_SETTINGS)[number];

const word = lazySchema(() =>
  z.string().check(z.trim(), z.minLength(1, 'must not hold an empty entry'), z.maxLength(100)),
);
/** A list the policy may leave empty: no posting-date labels means judge by the invoice date. */
const wordsOrNone = lazySchema(() =>
  z.array(word).check(z.maxLength(MAX_WORDS, `must hold at most ${MAX_WORDS} entries`)),
);
const words = lazySchema(() =>
  z
    .array(word)
    .check(
      z.minLength(1, 'needs at least one entry'),
      z.maxLength(MAX_WORDS, `must hold at most ${MAX_WORDS} entries`),
    ),
);

/**
 * Every key an organization's policy can set, with the schema its value must pass: the one
 * declaration of the policy. The {@link ManagedPolicy} type, the {@link POLICY_KEYS} list and
 * the validation in {@link parseManagedPolicy} come from it, and a unit test holds
 * public/managed_schema.json (what Chrome and Edge check values against) to it. The same
 * names are the keys of the extension's entry in Firefox's policies.json; docs/admin-guide.md
 * documents them. Each schema is lazy: a content script on a machine without a
 * policy never builds one.
 */
export const managedPolicyShape = {
  /** HTTPS address of the team calendar (JSON or CSV); fetched like a user-set URL. */
  calendarUrl: lazySchema(() => z.string('must be a text address')),
  /**
   * The calendar itself, in the JSON calendar format; used when there is no calendarUrl.
   * Checked by the same import as a file (schema and overlaps); JSON text is accepted too,
   * since some policy tools store complex values as text.
   */
  inlineCalendar: lazySchema(() =>
    z.pipe(
      z.unknown(),
      z.transform((value, context): Calendar => {
        const calendar = readInlineCalendar(value);
        if (calendar.ok) return calendar.calendar;
        context.issues.push({ code: 'custom', message: calendar.why, input: value });
        return z.NEVER;
      }),
    ),
  ),
  refreshMinutes: lazySchema(() => intBetween(REFRESH_MINUTES_MIN, REFRESH_MINUTES_MAX)),
  maxAgeHours: lazySchema(() => intBetween(MAX_AGE_HOURS_MIN, MAX_AGE_HOURS_MAX)),
  /** `block` removes "Export anyway". */
  mode: lazySchema(() => z.enum(['warn', 'block'])),
  closingSoonDays: lazySchema(() => intBetween(CLOSING_SOON_DAYS_MIN, CLOSING_SOON_DAYS_MAX)),
  invoiceDateLabels: words,
  // May be empty, as the user's setting may: the policy then says "no posting date".
  postingDateLabels: wordsOrNone,
  exportWords: words,
  dayFirst: lazySchema(() => z.boolean()),
  /**
   * The name this browser's overrides are logged as (a per-user policy): the audit log then
   * says who, without asking anyone to type it.
   */
  userName: personNameSchema,
  /** True: "Export anyway" needs a reason typed in the dialog, kept in the audit log. */
  requireOverrideReason: lazySchema(() => z.boolean()),
  /**
   * Put a fetched team calendar in use even when it looks like a publishing mistake
   * (lib/remote/calendar-sanity.ts); by default such a calendar is held until a user applies it.
   */
  acceptSuspiciousCalendar: lazySchema(() => z.boolean()),
  /**
   * Settings users may not change even though the policy does not set them. Unknown names
   * are reported and dropped before this check (see parseManagedPolicy), not the whole list.
   */
  lockedSettings: lazySchema(() =>
    z.array(z.enum(MANAGEABLE_SETTINGS), 'must be a list of setting names'),
  ),
} as const;

type PolicyShape = typeof managedPolicyShape;
export type PolicyKey = keyof PolicyShape;

/** The enterprise policy after validation: only keys that passed are here. */
export type ManagedPolicy = { [K in PolicyKey]?: z.output<PolicyShape[K]> };

export const POLICY_KEYS = Object.keys(managedPolicyShape) as readonly PolicyKey[];

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

  for (const [key, given] of Object.entries(raw)) {
    if (given === undefined || given === null) continue;
    if (!Object.hasOwn(managedPolicyShape, key)) {
      ignore(key, 'Period Guard has no such policy setting');
      continue;
    }
    const policyKey = key as PolicyKey;
    const value = policyKey === 'lockedSettings' ? knownSettingNames(given, problems) : given;
    const parsed = managedPolicyShape[policyKey].safeParse(value);
    if (!parsed.success) {
      ignore(key, parsed.error.issues[0]?.message ?? 'not a valid value');
    } else if (policyKey === 'calendarUrl') {
      // Which addresses may be fetched depends on the build (e2e accepts local http).
      const checked = checkCalendarUrl(parsed.data as string, urlPolicy);
      if (checked.ok) policy.calendarUrl = checked.url;
      else ignore(key, checked.message.replace(/\.$/, ''));
    } else {
      Object.assign(policy, { [policyKey]: parsed.data });
    }
  }
  return { policy, problems };
}

/**
 * lockedSettings without the names Period Guard does not know, each reported: a typo in one
 * name must not unlock the others. Duplicates go too. Anything but a list is left to the schema.
 */
function knownSettingNames(value: unknown, problems: string[]): unknown {
  if (!Array.isArray(value)) return value;
  const isKnown = (name: unknown): name is ManageableSetting =>
    (MANAGEABLE_SETTINGS as readonly unknown[]).includes(name);
  const unknown = value.filter((name) => !isKnown(name));
  if (unknown.length > 0) {
    problems.push(
      `lockedSettings: ${unknown.map((name) => JSON.stringify(name)).join(', ')} ${unknown.length === 1 ? 'is not a setting name' : 'are not setting names'} (known: ${MANAGEABLE_SETTINGS.join(', ')}); ignored.`,
    );
  }
  return [...new Set(value.filter(isKnown))];
}

/** An inline calendar goes through the same import as a file (schema and overlap checks). */
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
