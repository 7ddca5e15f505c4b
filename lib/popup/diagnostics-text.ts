import type { PageSeen } from '../messages';

/** How the popup names the kind of place a value was read from. */
export const SOURCE_KIND_WORDS = {
  field: 'form field',
  table: 'field table',
  text: 'text line',
} as const;

type Source = PageSeen['invoiceDate'];

function sourceLine(what: string, source: Source): string {
  if (!source) return `${what}: none found`;
  return `${what}: "${source.text}" (label "${source.label}", ${SOURCE_KIND_WORDS[source.kind]})`;
}

/**
 * What the guard sees on a tab as plain text, for a support request: where it read the dates,
 * the export actions it would hold, and the verdict it came to.
 */
export function diagnosticsText(seen: PageSeen, verdict: string | null, url?: string): string {
  const { names, count } = seen.exportActions;
  const more = count > names.length ? ` and ${count - names.length} more` : '';
  const actions =
    count === 0
      ? 'Export actions: none found'
      : `Export actions (${count}): ${names.join('; ')}${more}`;
  return [
    'Period Guard diagnostics',
    ...(url ? [`Page: ${url}`] : []),
    `Verdict: ${verdict ?? 'no invoice on this page'}`,
    sourceLine('Invoice date', seen.invoiceDate),
    sourceLine('Posting date', seen.postingDate),
    actions,
  ].join('\n');
}
