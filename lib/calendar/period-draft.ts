import { MONTH_NAMES } from '../dates/month-names';
import { addDays, daysInMonth } from './iso-date';
import { type Period, periodSchema } from './model';

/**
 * A period as typed into the settings table: every field is the text of its input, `''` meaning
 * "not given". Kept apart from {@link Period} so half-typed rows never reach the calendar.
 */
export interface PeriodDraft {
  name: string;
  start: string;
  end: string;
  status: string;
  closesOn: string;
  module: string;
}
export type PeriodField = keyof PeriodDraft;
export type PeriodFieldErrors = Partial<Record<PeriodField, string>>;

export type PeriodDraftResult =
  | { ok: true; period: Period }
  | { ok: false; errors: PeriodFieldErrors };

/** The draft for editing `period`, or a blank open period for a new row. */
export function draftFromPeriod(period?: Period): PeriodDraft {
  return {
    name: period?.name ?? '',
    start: period?.start ?? '',
    end: period?.end ?? '',
    status: period?.status ?? 'open',
    closesOn: period?.closesOn ?? '',
    module: period?.module ?? '',
  };
}

/**
 * A blank row for "Add period", prefilled with the month after the latest period: calendars
 * are added to month by month, so the usual next row needs no typing at all.
 */
export function nextPeriodDraft(periods: readonly Period[]): PeriodDraft {
  const latestEnd = periods.reduce<string | undefined>(
    (latest, p) => (latest === undefined || p.end > latest ? p.end : latest),
    undefined,
  );
  if (latestEnd === undefined) return draftFromPeriod();
  const start = addDays(latestEnd, 1);
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  const end = `${start.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, '0')}`;
  return { ...draftFromPeriod(), name: `${MONTH_NAMES[month - 1]} ${year}`, start, end };
}

/**
 * True when two periods claim a common day for a common module. A row without a module holds
 * for every module, so it collides with any row of its dates; an AR row and a GL row may share
 * dates (AR can close before GL).
 */
export function periodsOverlap(a: Period, b: Period): boolean {
  const sameBooks = a.module === undefined || b.module === undefined || a.module === b.module;
  return sameBooks && a.start <= b.end && b.start <= a.end;
}

const REQUIRED: Partial<Record<PeriodField, string>> = {
  name: 'Enter a name for the period.',
  start: 'Enter the first day of the period.',
  end: 'Enter the last day of the period.',
};

/**
 * Checks a typed period with the calendar's own schema, then against the other periods
 * (`others`, without the row being edited), and says per field what to fix, so the table can
 * show each message next to its input.
 */
export function validatePeriodDraft(
  draft: PeriodDraft,
  others: readonly Period[],
): PeriodDraftResult {
  const errors: PeriodFieldErrors = {};
  for (const [field, message] of Object.entries(REQUIRED) as [PeriodField, string][]) {
    if (draft[field].trim() === '') errors[field] = message;
  }
  const candidate = {
    name: draft.name,
    start: draft.start,
    end: draft.end,
    status: draft.status,
    ...(draft.closesOn.trim() !== '' ? { closesOn: draft.closesOn.trim() } : {}),
    ...(draft.module !== '' ? { module: draft.module } : {}),
  };
  const parsed = periodSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as PeriodField | undefined;
      if (field && errors[field] === undefined) errors[field] = sentence(field, issue.message);
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };

  const period = { ...parsed.data, name: parsed.data.name.trim() };
  const clash = others.find((other) => periodsOverlap(period, other));
  if (clash) {
    return {
      ok: false,
      errors: { start: `Overlaps ${clash.name} (${clash.start} to ${clash.end}).` },
    };
  }
  return { ok: true, period };
}

const FIELD_NAMES: Record<PeriodField, string> = {
  name: 'Name',
  start: 'Start',
  end: 'End',
  status: 'Status',
  closesOn: 'Closes on',
  module: 'Module',
};

/** "End is before start." from the schema's "end is before start", naming the field otherwise. */
function sentence(field: PeriodField, message: string): string {
  const text = message.startsWith(field) ? message : `${FIELD_NAMES[field]} ${message}`;
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return capital.endsWith('.') ? capital : `${capital}.`;
}
