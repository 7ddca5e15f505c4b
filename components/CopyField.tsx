import { useEffect, useId, useRef, useState } from 'react';

export interface CopyFieldProps {
  /** What the value is ("New invoice date", "Reopen request"); labels the field and the button. */
  label: string;
  value: string;
  /** Show the value in a read-only text area (for the reopen request) instead of a one-line field. */
  multiline?: boolean;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** How long the "Copied" confirmation stays before the live region empties again. */
const CONFIRMATION_MS = 4000;

/**
 * A value the user carries elsewhere (a date onto the invoice, a request to the admin), with a
 * Copy button. The outcome is announced in a live region; when the clipboard is refused (no
 * permission, insecure page) the text is selected so Ctrl+C still works.
 */
export function CopyField({ label, value, multiline = false }: CopyFieldProps) {
  const id = useId();
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      fieldRef.current?.select();
      setState('failed');
    }
  }

  return (
    <div className={multiline ? 'pg-copy pg-copy--multiline' : 'pg-copy'}>
      <label className="pg-copy-label" htmlFor={id}>
        {label}
      </label>
      <div className="pg-copy-row">
        {multiline ? (
          <textarea
            id={id}
            ref={fieldRef}
            className="pg-input pg-copy-value"
            readOnly
            value={value}
            rows={Math.min(14, value.split('\n').length + 1)}
          />
        ) : (
          <input id={id} ref={fieldRef} className="pg-input pg-copy-value" readOnly value={value} />
        )}
        <button type="button" className="pg-button" onClick={copy} aria-label={`Copy ${label}`}>
          Copy
        </button>
      </div>
      <span className="pg-copy-status" role="status" aria-live="polite">
        {state === 'copied' ? 'Copied' : ''}
        {state === 'failed'
          ? 'Could not copy. The text is selected: press Ctrl+C (⌘C on a Mac).'
          : ''}
      </span>
    </div>
  );
}
