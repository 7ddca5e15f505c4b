const ATTRIBUTE = 'data-period-guard';

/** This copy of the guard's claim on the page. */
export interface PageClaim {
  /** False once this copy has given the page to a newer one (after an extension update). */
  isCurrent(): boolean;
}

/**
 * Marks the page as guarded by this copy of the content script. The mark lives in the DOM,
 * which old and new copies share across their isolated worlds, and which the page can also
 * write: so the mark alone never makes a copy stand down. Only a copy whose own extension
 * context is gone (`contextAlive` false, after an update) gives way to another copy's mark,
 * aborting `lifetime` so exactly one guard answers each click; a missing or different mark
 * while this copy is alive is the page's doing, and is put back.
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
