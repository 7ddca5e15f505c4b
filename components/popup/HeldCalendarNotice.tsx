import { useRemoteStatus } from '../../lib/settings/hooks';

/**
 * A short line in the popup while a fetched team calendar is held back as a likely
 * publishing mistake: verdicts still use the last good calendar, and the settings page is
 * where someone looks at the held one and applies it.
 */
export function HeldCalendarNotice() {
  const held = useRemoteStatus((s) => s.remoteStatus?.held);
  if (!held) return null;
  return (
    <p className="pg-popup-notice" role="status" data-testid="popup-calendar-held">
      <strong>Team calendar update held back.</strong> {held.reason} Verdicts still use the last
      good calendar; review the new one in Settings.
    </p>
  );
}
