import { PopupSection } from './PopupSection';

/**
 * The popup before any calendar exists: one clear way to the settings page, where the
 * closed-through date alone is enough to start.
 */
export function SetupPrompt({ onOpenSettings }: { onOpenSettings: () => void }) {
  return (
    <PopupSection className="pg-setup" title="Set up your period calendar" testId="popup-setup">
      <p>
        Period Guard checks invoice dates against your accounting-period calendar, and none is set
        up yet. Entering the date your books are closed through is enough to start.
      </p>
      <button type="button" className="pg-button pg-button--primary" onClick={onOpenSettings}>
        Open settings to set up the calendar
      </button>
    </PopupSection>
  );
}
