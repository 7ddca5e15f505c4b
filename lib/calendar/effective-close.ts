import { type Books, booksFor } from './books';
import { addDays, type IsoDate, laterOf } from './iso-date';
import type { Calendar, Module, Period } from './model';
import { timelineFor } from './period-timeline';

/**
 * How far one module's books are closed as the verdict judges them, and what says so: a
 * calendar imported as a month list has closed periods but no closed-through date, and the
 * popup must still show where the books stand.
 */
export interface EffectiveClose {
  module: Module;
  /** Every day from the calendar's start through this one is closed; undefined when none is. */
  through?: IsoDate;
  /** The closed-through date entered that binds this module (for AR, the later of AR and GL). */
  date?: IsoDate;
  /** Which module's date that is: closing GL closes AR, so AR's may come from GL. */
  dateModule?: Module;
  /** The last closed or locked period that carries `through` past the entered date. */
  lastPeriod?: Period;
}

/** The closed-through date binding `module`, and which module's it is (GL wins a tie). */
function bindingDate(books: Books, module: Module): { date?: IsoDate; dateModule?: Module } {
  const gl = books.closedThrough.GL;
  const own = module === 'GL' ? undefined : books.closedThrough[module];
  const date = laterOf(own, gl);
  if (date === undefined) return {};
  return { date, dateModule: date === gl ? 'GL' : module };
}

/**
 * The last day through which `module` is closed without a break: the entered closed-through
 * date, carried on by closed or locked periods that follow it with no gap (a period still open,
 * or days no period covers, stop it). Uses the verdict's own timeline, so they agree.
 */
export function effectiveClose(books: Books, module: Module = 'AR'): EffectiveClose {
  const binding = bindingDate(books, module);
  const result: EffectiveClose = { module, ...binding };
  let through = binding.date;
  if (books.periods.length > 0) {
    const timeline = timelineFor(books.periods, module);
    for (let i = 0; i < timeline.periods.length; i++) {
      const start = timeline.starts[i] as IsoDate;
      const end = timeline.ends[i] as IsoDate;
      const period = timeline.periods[i] as Period;
      if (through !== undefined && end <= through) continue;
      if (period.status === 'open') break;
      const joins = through === undefined ? i === 0 : start <= addDays(through, 1);
      if (!joins) break;
      through = end;
      result.lastPeriod = period;
    }
  }
  if (through !== undefined) result.through = through;
  return result;
}

/** {@link effectiveClose} for the company books, or for one entity's (its override applied). */
export function effectiveCloseFor(
  calendar: Calendar,
  module: Module,
  entity?: string,
): EffectiveClose {
  return effectiveClose(booksFor(calendar, entity), module);
}
