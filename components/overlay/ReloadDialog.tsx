import { type KeyboardEvent, useEffect, useId, useRef } from 'react';

export interface ReloadDialogProps {
  onCancel: () => void;
  onReload: () => void;
}

/**
 * Shown instead of the export dialog when the extension was updated or reloaded under an
 * open tab: this copy of the guard can no longer read the calendar, so it holds the export
 * and asks for a reload rather than letting it through unchecked.
 */
export function ReloadDialog({ onCancel, onReload }: ReloadDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const reloadRef = useRef<HTMLButtonElement>(null);
  useEffect(() => reloadRef.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <div className="pg-backdrop">
      <div
        className="pg-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        data-testid="pg-export-dialog"
        data-verdict="stale-calendar"
        onKeyDown={onKeyDown}
      >
        <h2 className="pg-dialog-title" id={titleId}>
          Reload this tab before exporting
        </h2>
        <p className="pg-dialog-description" id={descriptionId}>
          Period Guard was updated or restarted while this tab was open, so it cannot check this
          invoice's date against the period calendar. Reload the tab, then export again.
        </p>
        <div className="pg-actions">
          <button
            ref={reloadRef}
            type="button"
            className="pg-button pg-button--primary"
            onClick={onReload}
          >
            Reload tab
          </button>
          <button
            type="button"
            className="pg-button"
            data-testid="pg-export-cancel"
            onClick={onCancel}
          >
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
