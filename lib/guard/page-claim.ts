const ATTRIBUTE = 'data-period-guard';

/** This copy of the guard's claim on the page. */
export interface PageClaim {
  /** False once this copy has given the page to a newer one (after an extension update). */
  isCurrent(): boolean;
}

/**
 * Marks the page as guarded by this copy of the content script, in the DOM that older copies and
 * the page share. Only a copy whose extension context is gone gives way to another's mark, so
 * exactly one guard answers each click; a mark changed under a live copy is put back.
 */
export function claimPage(
  doc: Document,
  lifetime: AbortController,
  contextAlive: () => boolean,
): PageClaim {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const root = doc.documentElement;
  root.setAttribute(ATTRIBUTE, id);
  return {
    isCurrent() {
      if (lifetime.signal.aborted) return false;
      const claimed = root.getAttribute(ATTRIBUTE);
      if (claimed === id) return true;
      if (claimed !== null && !contextAlive()) {
        lifetime.abort();
        return false;
      }
      root.setAttribute(ATTRIBUTE, id);
      return true;
    },
  };
}
