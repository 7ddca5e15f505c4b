import type { MouseEvent } from 'react';
import { useStore } from 'zustand';
import type { GuardController } from '../lib/guard/guard-controller';
import { Banner } from './Banner';
import { ExportDialog } from './ExportDialog';
import { ReloadDialog } from './ReloadDialog';

export interface OverlayProps {
  guard: GuardController;
  dayFirst?: boolean;
}

/**
 * Everything Period Guard shows on the BuildOps page: the banner for the invoice's verdict
 * and, while an export is held, the dialog asking what to do.
 */
export function Overlay({ guard, dayFirst }: OverlayProps) {
  const { verdict, reading, attempt, mode, orphaned, policyPending } = useStore(guard.store);

  if (orphaned) {
    return attempt ? (
      <ReloadDialog onCancel={guard.cancel} onReload={() => window.location.reload()} />
    ) : null;
  }
  if (!verdict) return null;
  const snapshot = reading?.snapshot ?? null;
  const onExportAnyway = (event: MouseEvent<HTMLButtonElement>) => {
    void guard.exportAnyway(event.nativeEvent);
  };
  return (
    <>
      <Banner verdict={verdict} snapshot={snapshot} />
      {attempt ? (
        <ExportDialog
          verdict={verdict}
          snapshot={snapshot}
          mode={mode}
          policyPending={policyPending}
          dayFirst={dayFirst}
          onCancel={guard.cancel}
          onExportAnyway={onExportAnyway}
          returnFocusTo={attempt.liveAction}
        />
      ) : null}
    </>
  );
}
