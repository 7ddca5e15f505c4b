import { format, formatDistanceStrict } from 'date-fns';

/**
 * An instant as the status shows it: "May 10, 2026, 2:05 PM" in the user's own clock
 * (these are moments, not accounting days) and "3 hours ago" / "in 45 minutes" relative to
 * `now` ("just now" within the minute). An unreadable value says so instead of showing a wrong time.
 */
export function describeInstant(
  iso: string,
  now: number,
): { absolute: string; relative: string } | null {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return null;
  const relative =
    Math.abs(at - now) < 60_000
      ? at <= now
        ? 'just now'
        : 'in less than a minute'
      : formatDistanceStrict(at, now, { addSuffix: true, roundingMethod: 'floor' });
  return { absolute: format(at, 'PPp'), relative };
}
