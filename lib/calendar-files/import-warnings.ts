import { booksFor, effectiveClosedThrough } from '../calendar/books';
import { addDays, type IsoDate, laterOf } from '../calendar/iso-date';
import type { Calendar, ClosedThrough, Module, Period } from '../calendar/model';

/**
 * Something in a calendar about to be applied that will not mean what the file seems to say.
 * A warning, never a refusal: the file is valid, and the controller may mean it.
 */
export interface ImportWarning {
  kind: 'open-but-closed' | 'missing-days';
  /** The entity whose books it concerns; absent for the company's. */
  entity?: string;
  /** The period concerned ('open-but-closed'), or the period after the gap ('missing-days'). */
  period: Period;
  /** The closed-through day that overrides the status, or the first day no period covers. */
  from: IsoDate;
  /** 'open-but-closed': the module whose closed-through date that is. */
  module?: Module;
  /** 'missing-days': the last day of the gap and the period before it. */
  to?: IsoDate;
  previous?: Period;
}

/**
 * What the calendar about to be applied will do that its rows do not show: a period marked
 * open whose days the closed-through dates already close (the dates win, as in the verdict),
 * and days between two periods that neither a period nor a closed-through date covers (the
 * guard cannot vouch for them).
 */
export function importWarnings(calendar: Calendar): ImportWarning[] {
  const warnings = booksWarnings(calendar.closedThrough, calendar.periods, undefined);
  for (const [entity, books] of Object.entries(calendar.entities ?? {})) {
    // Judged as the verdict judges an invoice of that entity (company days bind it too).
    if (books.periods.length === 0) continue;
    const judged = booksFor(calendar, entity);
    warnings.push(...booksWarnings(judged.closedThrough, books.periods, entity));
  }
  return warnings;
}

function booksWarnings(
  closedThrough: ClosedThrough,
  periods: readonly Period[],
  entity: string | undefined,
): ImportWarning[] {
  const at = entity === undefined ? {} : { entity };
  const warnings: ImportWarning[] = [];
  for (const period of periods) {
    if (period.status !== 'open') continue;
    const module = period.module ?? 'AR';
    const through = effectiveClosedThrough(closedThrough, module);
    if (through === undefined || period.start > through) continue;
    const by = closedThrough.GL === through ? 'GL' : module;
    warnings.push({ kind: 'open-but-closed', ...at, period, from: through, module: by });
  }
  const sorted = [...periods].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const closedForAr = effectiveClosedThrough(closedThrough, 'AR');
  let coveredThrough: IsoDate | undefined;
  let previous: Period | undefined;
  for (const period of sorted) {
    if (coveredThrough !== undefined && previous !== undefined) {
      // Days the closed-through dates close are judged closed, not outside the calendar.
      const gapStart = addDays(laterOf(coveredThrough, closedForAr) as IsoDate, 1);
      if (period.start > gapStart) {
        warnings.push({
          kind: 'missing-days',
          ...at,
          period,
          from: gapStart,
          to: addDays(period.start, -1),
          previous,
        });
      }
    }
    if (coveredThrough === undefined || period.end > coveredThrough) {
      coveredThrough = period.end;
      previous = period;
    }
  }
  return warnings;
}
