import { useId } from 'react';

/**
 * The popup before any calendar exists: one clear way to the settings page, where the
 * closed-through date alone is enough to start.
 */
export function SetupPrompt({ onOpenSettings }: { onOpenSettings: () => void }) {
  const headingId = useId();
  return (
    <section className="pg-setup" aria-labelledby={headingId} data-testid="popup-setup">
      <h2 className="pg-popup-title" id={headingId}>
        Set up your period calendar
      </h2>
      <p>
        Period Guard checks invoice dates against your accounting-period calendar, and none is set
        up yet. Entering the date your books are closed through is enough to start.
      </p>
      <button type="button" className="pg-button pg-button--primary" onClick={onOpenSettings}>
        Open settings to set up the calendar
      </button>
    </section>
  );
}
