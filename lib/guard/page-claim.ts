const ATTRIBUTE = 'data-period-guard';

/** This copy of the guard's claim on the page. */
export interface PageClaim {
  /** False once a newer copy (after an extension update) has claimed the page. */
  isCurrent(): boolean;
}

/**
 * Marks the page as guarded by this copy of the content script. The mark lives in the DOM,
 * which old and new copies share across their isolated worlds; an old copy that finds a
 * newer mark stands down (aborts `lifetime`) so exactly one guard answers each click.
 */
export function claimPage(doc: Document, lifetime: AbortController): PageClaim {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  doc.documentElement.setAttribute(ATTRIBUTE, id);
  return {
    isCurrent() {
      const current = doc.documentElement.getAttribute(ATTRIBUTE) === id;
      if (!current && !lifetime.signal.aborted) lifetime.abort();
      return current;
    },
  };
}
