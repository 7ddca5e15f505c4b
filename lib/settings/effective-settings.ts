import type { Calendar } from '../calendar/model';
import {
  MANAGEABLE_SETTINGS,
  type ManageableSetting,
  type ManagedPolicy,
} from './managed-policy-schema';
import {
  type CalendarSource,
  MAX_AGE_HOURS_DEFAULT,
  REFRESH_MINUTES_DEFAULT,
  type Settings,
} from './settings-schema';

/**
 * The settings in force: the user's, with every value the organization's policy sets put
 * over them (policy wins). Pure; the guard, the popup, the background's
 * scheduler and the settings page all compute it from the user's stored settings and the
 * policy read by managed.ts.
 *
 * The calendar source: a policy `calendarUrl` is the source (its refresh and max age from
 * the policy, else the user's, else the defaults); else a policy `inlineCalendar` makes the
 * source manual (the background stores that calendar); else the user's source, with the
 * policy's refresh interval and max age when it sets them.
 */
export function effectiveSettings(user: Settings, policy: ManagedPolicy): Settings {
  return {
    ...user,
    mode: policy.mode ?? user.mode,
    closingSoonDays: policy.closingSoonDays ?? user.closingSoonDays,
    invoiceDateLabels: policy.invoiceDateLabels ?? user.invoiceDateLabels,
    postingDateLabels: policy.postingDateLabels ?? user.postingDateLabels,
    exportWords: policy.exportWords ?? user.exportWords,
    dayFirst: policy.dayFirst ?? user.dayFirst,
    source: effectiveSource(user.source, policy),
    // Optional settings stay absent when neither side sets them.
    ...present('userName', policy.userName ?? user.userName),
    ...present('requireOverrideReason', policy.requireOverrideReason ?? user.requireOverrideReason),
  };
}

function present<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function effectiveSource(user: CalendarSource, policy: ManagedPolicy): CalendarSource {
  const userUrl = user.kind === 'url' ? user : undefined;
  const timing = {
    refreshMinutes: policy.refreshMinutes ?? userUrl?.refreshMinutes ?? REFRESH_MINUTES_DEFAULT,
    maxAgeHours: policy.maxAgeHours ?? userUrl?.maxAgeHours ?? MAX_AGE_HOURS_DEFAULT,
    ...(userUrl?.timeoutSeconds === undefined ? {} : { timeoutSeconds: userUrl.timeoutSeconds }),
  };
  if (policy.calendarUrl !== undefined) return { kind: 'url', url: policy.calendarUrl, ...timing };
  if (policy.inlineCalendar !== undefined) return { kind: 'manual' };
  return userUrl ? { ...userUrl, ...timing } : user;
}

/**
 * The calendar the policy puts in use, or `null` when the policy leaves the calendar to the
 * user or to a URL (a URL wins over an inline calendar when a policy sets both).
 */
export function policyCalendar(policy: ManagedPolicy): Calendar | null {
  return policy.calendarUrl === undefined ? (policy.inlineCalendar ?? null) : null;
}

/** Per setting: true when users may not change it (the policy sets or locks it). */
export type ManagedFlags = Readonly<Record<ManageableSetting, boolean>>;

/**
 * What the settings page shows read-only, marked "Managed by your organization". A policy
 * source (URL or inline calendar) also fixes the calendar's contents: edits would be
 * overwritten at the next fetch, or would contradict the calendar IT pushed.
 */
export function managedFlags(policy: ManagedPolicy): ManagedFlags {
  const locked = new Set(policy.lockedSettings ?? []);
  const policySource = policy.calendarUrl !== undefined || policy.inlineCalendar !== undefined;
  const flags = Object.fromEntries(
    MANAGEABLE_SETTINGS.map((name) => [name, locked.has(name)]),
  ) as Record<ManageableSetting, boolean>;
  flags.source ||= policySource;
  flags.calendar ||= policySource;
  flags.refreshMinutes ||= policy.refreshMinutes !== undefined || flags.source;
  flags.maxAgeHours ||= policy.maxAgeHours !== undefined || flags.source;
  flags.mode ||= policy.mode !== undefined;
  flags.closingSoonDays ||= policy.closingSoonDays !== undefined;
  flags.invoiceDateLabels ||= policy.invoiceDateLabels !== undefined;
  flags.postingDateLabels ||= policy.postingDateLabels !== undefined;
  flags.exportWords ||= policy.exportWords !== undefined;
  flags.dayFirst ||= policy.dayFirst !== undefined;
  flags.userName ||= policy.userName !== undefined;
  flags.requireOverrideReason ||= policy.requireOverrideReason !== undefined;
  return flags;
}
