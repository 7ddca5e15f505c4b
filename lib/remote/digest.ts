import type { Calendar } from '../calendar/model';

/**
 * A short fingerprint of a calendar (FNV-1a over its JSON), enough to notice that the stored
 * calendar is no longer the one an ETag was given for. Not a security measure.
 */
export function calendarDigest(calendar: Calendar | null): string {
  const text = JSON.stringify(calendar);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `fnv1a:${hash.toString(16).padStart(8, '0')}:${text.length}`;
}
