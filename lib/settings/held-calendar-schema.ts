import '../zod-config';
import * as z from 'zod/mini';
import { calendarSchema } from '../calendar/model';
import { lazySchema } from '../lazy-schema';

/**
 * A team calendar fetched but held back as suspicious (lib/remote/calendar-sanity.ts): the
 * calendar in use stays until a person applies this one on the settings page, the policy
 * says to apply such calendars, or a later good fetch makes it moot.
 */
export const heldCalendarSchema = lazySchema(() =>
  z.strictObject({
    /** The address it came from; a held calendar of another address is never applied. */
    sourceUrl: z.string().check(z.minLength(1), z.maxLength(2_000)),
    fetchedAt: z.iso.datetime({ offset: true }),
    /** The sentence that says why it was held. */
    reason: z.string().check(z.maxLength(2_000)),
    /** The server's ETag for it, kept for when it is applied. */
    etag: z.optional(z.string().check(z.maxLength(500))),
    calendar: calendarSchema,
  }),
);
export type HeldCalendar = z.infer<typeof heldCalendarSchema>;
