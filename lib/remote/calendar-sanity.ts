import type { Calendar, ClosedThrough, EntityBooks } from '../calendar/model';
import { isEmptyCalendar } from '../calendar/model';
import { monthsBefore } from '../calendar/months-before';

/**
 * When a fetched team calendar looks like a publishing mistake and is held for a person to
 * accept (docs/admin-guide.md): it is empty, loses over half its periods, or moves a
 * closed-through date back past {@link CLOSED_THROUGH_BACK_MONTHS} months or drops it. Put in
 * use, such a file would let closed-period exports through.
 */
export const CLOSED_THROUGH_BACK_MONTHS = 2;

/** At most this many findings are named; the rest are counted. */
const NAMED = 3;

/**
 * Why `next` should not replace `previous` without a person's say, as one sentence starting
 * "The new calendar", or `null` when it may. `previous` is the calendar in use from the
 * same address, `null` for a first fetch (then only an empty calendar is held).
 */
export function suspiciousChange(previous: Calendar | null, next: Calendar): string | null {
  if (isEmptyCalendar(next)) {
    return 'The new calendar is empty: it has no periods and no closed-through dates.';
  }
  if (previous === null || isEmptyCalendar(previous)) return null;

  const findings: string[] = [];
  const before = periodCount(previous);
  const after = periodCount(next);
  if (before - after > before / 2) {
    findings.push(
      `has ${after} ${after === 1 ? 'period' : 'periods'} where the calendar in use has ${before} (more than half are gone)`,
    );
  }
  findings.push(...closedThroughMovedBack(previous.closedThrough, next.closedThrough, ''));
  for (const [name, books] of Object.entries(previous.entities ?? {})) {
    const now: EntityBooks | undefined = next.entities?.[name];
    findings.push(...closedThroughMovedBack(books.closedThrough, now?.closedThrough ?? {}, name));
  }
  if (findings.length === 0) return null;
  const named = findings.slice(0, NAMED);
  const more = findings.length - named.length;
  return `The new calendar ${named.join('; ')}${more > 0 ? `; and ${more} more ${more === 1 ? 'change' : 'changes'} like these` : ''}.`;
}

function periodCount(calendar: Calendar): number {
  return Object.values(calendar.entities ?? {}).reduce(
    (sum, books) => sum + books.periods.length,
    calendar.periods.length,
  );
}

function closedThroughMovedBack(
  before: ClosedThrough,
  after: ClosedThrough,
  entity: string,
): string[] {
  const found: string[] = [];
  const where = entity === '' ? '' : ` for ${entity}`;
  for (const module of ['AR', 'GL'] as const) {
    const was = before[module];
    if (was === undefined) continue;
    const now = after[module];
    if (now === undefined) {
      found.push(`no longer has a ${module} closed-through date${where} (it was ${was})`);
    } else if (now < monthsBefore(was, CLOSED_THROUGH_BACK_MONTHS)) {
      found.push(
        `moves the ${module} closed-through date${where} back from ${was} to ${now}, more than ${CLOSED_THROUGH_BACK_MONTHS} months`,
      );
    }
  }
  return found;
}
