import { useCallback, useEffect, useRef, useState } from 'react';

/** The outcome of the last save, as a section shows it. */
export type SaveOutcome = { kind: 'saved'; text: string } | { kind: 'error'; text: string } | null;

/** How long a "Saved" confirmation stays before its live region empties again. */
const SAVED_MS = 5000;

/**
 * Runs one write to storage and keeps its outcome for {@link SaveStatus}: a short
 * confirmation, or the store's own sentence when the write is refused (StoredWriteError: a
 * newer build owns the value, the browser refused it, the value is invalid). Resolves with
 * whether it saved, so a form can keep what the user typed after a failure.
 */
export function useSave(): {
  outcome: SaveOutcome;
  save: (write: () => Promise<unknown>, savedText: string) => Promise<boolean>;
  clear: () => void;
} {
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    if (outcome?.kind !== 'saved') return;
    const timer = setTimeout(() => setOutcome(null), SAVED_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  const save = useCallback(async (write: () => Promise<unknown>, savedText: string) => {
    try {
      await write();
      if (mounted.current) setOutcome({ kind: 'saved', text: savedText });
      return true;
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (mounted.current)
        setOutcome({ kind: 'error', text: text || 'Could not save. Try again.' });
      return false;
    }
  }, []);
  const clear = useCallback(() => setOutcome(null), []);
  return { outcome, save, clear };
}
