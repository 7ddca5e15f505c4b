import type { Calendar } from '../calendar/model';
import { fingerprintOf } from '../settings/fingerprint';

/**
 * A short fingerprint of a calendar, enough to notice that the stored calendar is no longer
 * the one an ETag was given for. The same whatever order storage hands object keys back in
 * (Chrome sorts them): a calendar read back from storage has the digest it was written with.
 * Not a security measure.
 */
export function calendarDigest(calendar: Calendar | null): string {
  return `fp:${fingerprintOf(calendar)}`;
}
