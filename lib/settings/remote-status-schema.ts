import { z } from 'zod';

/** Why the last check of the calendar URL failed (lib/remote/fetch-calendar.ts), plus
 * `permission` (the browser refused access to the address) and `storage` (the calendar
 * came but could not be saved). */
export const REMOTE_FAILURES = [
  'url',
  'network',
  'http',
  'timeout',
  'too-big',
  'unparseable',
  'invalid',
  'permission',
  'storage',
] as const;
export type RemoteFailure = (typeof REMOTE_FAILURES)[number];

const instant = z.iso.datetime({ offset: true });

/**
 * What the background knows about fetching the calendar from its URL (PRODUCT.md §6), kept
 * in `local:remoteStatus` so the settings page, the popup and the guard can all show it.
 * Instants, not calendar dates: "fetched 3 hours ago" is about time, not about a day.
 * `null` when the calendar has no URL source.
 */
export const remoteStatusSchema = z
  .object({
    /** The address this status is about; a status for another address is out of date. */
    sourceUrl: z.string().min(1).max(2_000),
    /** When this address became the source: the age of a source never fetched counts from here. */
    since: instant,
    /** When a check last started. */
    lastAttempt: instant.optional(),
    /** When a check last brought a calendar, or confirmed (304) the one in use. */
    lastGoodFetch: instant.optional(),
    /** When the next check is due. */
    nextCheck: instant.optional(),
    /** The most recent failure; older than `lastGoodFetch` means it has been resolved. */
    lastError: z
      .object({
        reason: z.enum(REMOTE_FAILURES),
        message: z.string().max(2_000),
        at: instant,
      })
      .strict()
      .optional(),
    /** The server's ETag for the calendar in use, sent back as If-None-Match. */
    etag: z.string().max(500).optional(),
    /**
     * A digest of the calendar that `etag` belongs to: if someone replaced the stored
     * calendar since, a 304 would confirm a calendar we no longer hold, so the etag is
     * not sent.
     */
    calendarDigest: z.string().max(100).optional(),
    /** Failed checks since the last good one; sets the retry backoff. */
    consecutiveFailures: z.int().min(0),
  })
  .strict();
export type RemoteStatus = z.infer<typeof remoteStatusSchema>;
