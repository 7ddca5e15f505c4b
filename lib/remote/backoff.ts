/**
 * Minutes to wait before retrying after `consecutiveFailures` failed fetches in a row: 1,
 * 2, 4, 8 … doubling, never longer than the normal refresh interval. A server that is down
 * for a moment is retried soon; one that stays down is not hammered by every browser of
 * the team. With no failures the wait is the refresh interval itself.
 */
export function retryDelayMinutes(consecutiveFailures: number, refreshMinutes: number): number {
  if (!(consecutiveFailures >= 1)) return refreshMinutes;
  // 2^30 minutes is millennia; the cap keeps the power finite for absurd counts.
  const doubling = 2 ** Math.min(consecutiveFailures - 1, 30);
  return Math.min(doubling, refreshMinutes);
}
