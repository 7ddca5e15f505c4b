import '../zod-config';
import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';

/** Why the last check of the calendar URL failed (lib/remote/fetch-calendar.ts), plus
 * `permission` (the browser refused access to the address), `storage` (the calendar
 * came but could not be saved) and `suspicious` (it came, but looks like a publishing
 * mistake and is held: lib/remote/calendar-sanity.ts). */
export const REMOTE_FAILURES = [
  'url',
  'redirect',
  'network',
  'http',
  'timeout',
  'too-big',
  'unparseable',
  'invalid',
  'permission',
  'storage',
  'suspicious',
] as const;
export type RemoteFailure = (typeof REMOTE_FAILURES)[number];

const instant = lazySchema(() => z.iso.datetime({ offset: true }));

/**
 * What the background knows about fetching the calendar from its URL, kept
 * in `local:remoteStatus` so the settings page, the popup and the guard can all show it.
 * Instants, not calendar dates: "fetched 3 hours ago" is about time, not about a day.
 * `null` when the calendar has no URL source.
 */
export const remoteStatusSchema = lazySchema(() =>
  z.strictObject({
    /** The address this status is about; a status for another address is out of date. */
    sourceUrl: z.string().check(z.minLength(1), z.maxLength(2_000)),
    /** When this address became the source: the age of a source never fetched counts from here. */
    since: instant,
    /** When a check last started. */
    lastAttempt: z.optional(instant),
    /** When a check last brought a calendar, or confirmed (304) the one in use. */
    lastGoodFetch: z.optional(instant),
    /** When the next check is due. */
    nextCheck: z.optional(instant),
    /** The most recent failure; older than `lastGoodFetch` means it has been resolved. */
    lastError: z.optional(
      z.strictObject({
        reason: z.enum(REMOTE_FAILURES),
        message: z.string().check(z.maxLength(2_000)),
        at: instant,
      }),
    ),
    /** The server's ETag for the calendar in use, sent back as If-None-Match. */
    etag: z.optional(z.string().check(z.maxLength(500))),
    /**
     * A digest of the calendar that `etag` belongs to: if someone replaced the stored
     * calendar since, a 304 would confirm a calendar we no longer hold, so the etag is
     * not sent.
     */
    calendarDigest: z.optional(z.string().check(z.maxLength(100))),
    /**
     * A fetched calendar held back as suspicious (kept in `local:heldCalendar`): why, when it
     * came, and its digest, so an "apply it" from the settings page applies what it showed.
     * Gone once a good fetch, an acceptance or a change of address settles it.
     */
    held: z.optional(
      z.strictObject({
        reason: z.string().check(z.maxLength(2_000)),
        at: instant,
        digest: z.string().check(z.maxLength(100)),
      }),
    ),
    /** Failed checks since the last good one; sets the retry backoff. */
    consecutiveFailures: z.int().check(z.gte(0)),
  }),
);
export type RemoteStatus = z.infer<typeof remoteStatusSchema>;
