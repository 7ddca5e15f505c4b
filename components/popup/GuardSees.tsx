import { useEffect, useState } from 'react';
import type { PageSeen } from '../../lib/messages';
import { diagnosticsText, SOURCE_KIND_WORDS } from '../../lib/popup/diagnostics-text';

export interface GuardSeesProps {
  seen: PageSeen;
  /** The verdict the guard came to on this tab, or null when it found no invoice. */
  verdict: string | null;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** How long the copy outcome stays announced. */
const CONFIRMATION_MS = 4000;

function SourceFact({ what, source }: { what: string; source: PageSeen['invoiceDate'] }) {
  return (
    <>
      <dt>{what}</dt>
      <dd>
        {source
          ? `“${source.text}”, labelled “${source.label}” (${SOURCE_KIND_WORDS[source.kind]})`
          : 'None found'}
      </dd>
    </>
  );
}

/**
 * "What the guard sees" on this tab, folded away under a disclosure: the fields it read the
 * dates from and the export actions it would hold, with the same as plain text to copy into
 * a support request. It tells a user why the guard judged as it did, or why it could not.
 */
export function GuardSees({ seen, verdict }: GuardSeesProps) {
  const [copy, setCopy] = useState<CopyState>('idle');
  useEffect(() => {
    if (copy === 'idle') return;
    const timer = setTimeout(() => setCopy('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [copy]);

  const { names, count } = seen.exportActions;
  async function copyDiagnostics() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(diagnosticsText(seen, verdict));
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <details className="pg-guard-sees" data-testid="popup-guard-sees">
      <summary>What the guard sees</summary>
      <dl className="pg-facts">
        <SourceFact what="Invoice date" source={seen.invoiceDate} />
        <SourceFact what="Posting date" source={seen.postingDate} />
        <dt>Export actions</dt>
        <dd>
          {count === 0 ? (
            'None found'
          ) : (
            <ul>
              {names.map((name, i) => (
                // Names may repeat (two Export buttons); their order is stable.
                // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list, never reordered
                <li key={i}>{name}</li>
              ))}
              {count > names.length ? <li>and {count - names.length} more</li> : null}
            </ul>
          )}
        </dd>
      </dl>
      <button type="button" className="pg-button pg-button--small" onClick={copyDiagnostics}>
        Copy diagnostics
      </button>
      <span role="status" className="pg-muted">
        {copy === 'copied'
          ? 'Diagnostics copied.'
          : copy === 'failed'
            ? 'Could not copy: the browser refused the clipboard.'
            : ''}
      </span>
    </details>
  );
}
