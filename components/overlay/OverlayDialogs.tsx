import type { MouseEvent } from 'react';
import { useStore } from 'zustand';
import { EXPORT_PROBLEM_TEXT } from '../../lib/guard/export-problem';
import type { GuardController } from '../../lib/guard/guard-controller';
import { ExportDialog } from './ExportDialog';
import { HeldInvoices, heldExplanation, heldHeadline } from './HeldInvoices';
import { ReloadDialog } from './ReloadDialog';

export interface OverlayDialogsProps {
  guard: GuardController;
}

/**
 * The dialogs Period Guard opens on the BuildOps page while an export is held: what to do
 * about the verdict, or (after an extension update) a reload. The banner beside them is
 * plain DOM (banner-dom.ts); these are mounted only once the first export is held.
 */
export function OverlayDialogs({ guard }: OverlayDialogsProps) {
  // Day-first comes with the verdict from the guard's settings: the content script has no
  // other copy of them to pass down.
  const {
    verdict,
    reading,
    attempt,
    mode,
    orphaned,
    policyPending,
    dayFirst,
    exporting,
    exportProblem,
    bulk,
    reasonRequired,
  } = useStore(guard.store);

  if (orphaned) {
    return attempt ? (
      <ReloadDialog onCancel={guard.cancel} onReload={() => window.location.reload()} />
    ) : null;
  }
  // A bulk export on a list is held for its worst invoice, and lists every one held.
  const shown = bulk?.worst ?? verdict;
  if (!shown || !attempt) return null;
  const onExportAnyway = (event: MouseEvent<HTMLButtonElement>, reason: string) => {
    void guard.exportAnyway(event.nativeEvent, reason);
  };
  return (
    <ExportDialog
      verdict={shown}
      snapshot={bulk ? null : (reading?.snapshot ?? null)}
      headline={bulk ? heldHeadline(bulk.held, bulk.unchecked) : undefined}
      explanation={bulk ? heldExplanation(bulk.held, bulk.unchecked) : undefined}
      // Unchecked invoices alone: the explanation says what to do; no single date has steps.
      steps={bulk && bulk.held.length === 0 ? [] : undefined}
      mode={mode}
      policyPending={policyPending}
      exporting={exporting}
      problem={exportProblem ? EXPORT_PROBLEM_TEXT[exportProblem] : null}
      problemBlocksRetry={exportProblem === 'action-changed'}
      dayFirst={dayFirst}
      reasonRequired={reasonRequired}
      onCancel={guard.cancel}
      onExportAnyway={onExportAnyway}
      returnFocusTo={attempt.liveAction}
    >
      {bulk ? <HeldInvoices held={bulk.held} unchecked={bulk.unchecked} /> : null}
    </ExportDialog>
  );
}
