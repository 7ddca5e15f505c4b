import type { SaveOutcome } from './use-save';

/**
 * Where a section reports its saves. Both live regions stay in the page, empty until needed,
 * so screen readers announce the text when it appears: a polite "Saved", an assertive error.
 */
export function SaveStatus({ outcome }: { outcome: SaveOutcome }) {
  return (
    <div className="pg-save-status">
      <p className="pg-status-message" role="status">
        {outcome?.kind === 'saved' ? outcome.text : ''}
      </p>
      <p className="pg-field-error" role="alert">
        {outcome?.kind === 'error' ? outcome.text : ''}
      </p>
    </div>
  );
}
