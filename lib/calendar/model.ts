import '../zod-config';
import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { isIsoDate } from './iso-date';

/**
 * The period calendar, version 1. This schema is the JSON file format, the
 * stored shape and the remote format alike, so what we export we import again unchanged.
 */

export const CALENDAR_VERSION = 1;

/** A calendar date `yyyy-MM-dd` that really exists. */
export const isoDateSchema = lazySchema(() =>
  z.string().check(z.refine(isIsoDate, { message: 'must be a real date written yyyy-MM-dd' })),
);

/** Intacct modules whose books close on their own. GL closing closes every subledger. */
export const moduleSchema = lazySchema(() =>
  z.enum(['AR', 'GL'], {
    error: 'must be AR or GL (leave it out for every module)',
  }),
);
export type Module = z.infer<typeof moduleSchema>;

export const periodStatusSchema = lazySchema(() =>
  z.enum(['open', 'closed', 'locked'], {
    error: 'must be open, closed or locked',
  }),
);
export type PeriodStatus = z.infer<typeof periodStatusSchema>;

/** Last closed day per module. A module without a date has not been closed (as far as we know). */
export const closedThroughSchema = lazySchema(() =>
  z.strictObject({
    AR: z.optional(isoDateSchema),
    GL: z.optional(isoDateSchema),
  }),
);
export type ClosedThrough = z.infer<typeof closedThroughSchema>;

/**
 * A named accounting period. `module` narrows the row to one module (a period can be closed
 * in AR while GL is still open); without it the status holds for every module.
 */
export const periodSchema = lazySchema(() =>
  z
    .strictObject({
      name: z
        .string()
        .check(
          z.trim(),
          z.minLength(1, 'must not be empty'),
          z.maxLength(100, 'must be at most 100 characters'),
        ),
      start: isoDateSchema,
      end: isoDateSchema,
      status: periodStatusSchema,
      closesOn: z.optional(isoDateSchema),
      module: z.optional(moduleSchema),
    })
    .check(z.refine((p) => p.end >= p.start, { message: 'end is before start', path: ['end'] })),
);
export type Period = z.infer<typeof periodSchema>;

/** The books of one entity in a multi-entity company; same shape as the company's. */
export const entityBooksSchema = lazySchema(() =>
  z.strictObject({
    closedThrough: z._default(closedThroughSchema, {}),
    periods: z._default(z.array(periodSchema), []),
  }),
);
export type EntityBooks = z.infer<typeof entityBooksSchema>;

export const calendarSchema = lazySchema(() =>
  z.strictObject({
    version: z.literal(CALENDAR_VERSION),
    closedThrough: z._default(closedThroughSchema, {}),
    periods: z._default(z.array(periodSchema), []),
    entities: z.optional(
      z.record(
        z.string().check(z.trim(), z.minLength(1, 'an entity name must not be empty')),
        entityBooksSchema,
      ),
    ),
  }),
);
export type Calendar = z.infer<typeof calendarSchema>;

/** A calendar with nothing in it, the state before the user sets anything up. */
export function emptyCalendar(): Calendar {
  return { version: CALENDAR_VERSION, closedThrough: {}, periods: [] };
}

/** True when the calendar says nothing at all (no closed-through day, no period, no entity). */
export function isEmptyCalendar(calendar: Calendar): boolean {
  const entities = Object.values(calendar.entities ?? {});
  const booksEmpty = (b: EntityBooks) =>
    b.periods.length === 0 && b.closedThrough.AR === undefined && b.closedThrough.GL === undefined;
  return booksEmpty(calendar) && entities.every(booksEmpty);
}
