import {
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type { InvoiceSnapshot } from '../../lib/calendar/snapshot';
import type { Verdict } from '../../lib/calendar/verdict-types';
import { verdictExplanation } from '../../lib/resolution/explanation';
import { verdictHeadline } from '../../lib/resolution/headline';
import { type ResolutionStep, resolutionSteps } from '../../lib/resolution/steps';
import { OVERRIDE_REASON_MAX } from '../../lib/settings/audit-schema';
import { ResolutionList } from '../ResolutionList';

export interface ExportDialogProps {
  verdict: Verdict;
  snapshot: InvoiceSnapshot | null;
  /** `block` (set by policy) removes Export anyway. */
  mode: 'warn' | 'block';
  onCancel: () => void;
  /**
   * Gets the click itself so the guard can insist on `event.nativeEvent.isTrusted`: a script on
   * the host page must not be able to press Export anyway. `reason` is what the user typed in
   * the reason field (may be empty where a reason is optional), for the audit log.
   */
  onExportAnyway: (event: MouseEvent<HTMLButtonElement>, reason: string) => void;
  /** Export anyway waits for a reason (a setting, or the organization's policy). */
  reasonRequired?: boolean;
  /**
   * The organization's policy is not known yet (a fresh install whose first policy read has not
   * answered): Export anyway is shown but disabled, with a line saying why, until it is.
   */
  policyPending?: boolean;
  /** Export anyway is logging and running the export: pressed once, it stays disabled. */
  exporting?: boolean;
  /**
   * Why the last Export anyway ran nothing, as a sentence (shown as an alert). While it says the
   * host's button changed, Export anyway stays disabled: the user has to click that button again.
   */
  problem?: string | null;
  /** True when Export anyway cannot help until the user starts over (see {@link problem}). */
  problemBlocksRetry?: boolean;
  /**
   * Where focus goes on close when the element focused before the dialog opened has left the
   * page meanwhile (the host re-rendered its Export button): the element now in its place.
   */
  returnFocusTo?: () => Element | null;
  /** Defaults to {@link resolutionSteps} for the verdict. */
  steps?: readonly ResolutionStep[];
  dayFirst?: boolean;
  /** Replaces the verdict's headline and explanation (a bulk export held for several invoices). */
  headline?: string;
  explanation?: string;
  /** Shown under the explanation: the invoices a bulk export was held for. */
  children?: ReactNode;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The question asked when an export is intercepted: why, what to do instead,
 * Cancel, and Export anyway unless blocked. A modal alert dialog: focus starts on Cancel (the
 * safe choice), Tab stays inside, Escape cancels, and focus goes back where it was on close.
 * Works inside a shadow root, where `document.activeElement` is only the host element.
 */
export function ExportDialog({
  verdict,
  snapshot,
  mode,
  onCancel,
  onExportAnyway,
  steps,
  dayFirst = false,
  policyPending = false,
  exporting = false,
  problem = null,
  problemBlocksRetry = false,
  reasonRequired = false,
  returnFocusTo,
  headline,
  explanation,
  children,
}: ExportDialogProps) {
  const reasonId = useId();
  const reasonHintId = useId();
  const [reason, setReason] = useState('');
  const needsReason = reasonRequired && reason.trim() === '';
  const titleId = useId();
  const pendingId = useId();
  const problemId = useId();
  const descriptionId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  // Focus moves in a layout effect, not a passive one: it must be on Cancel before the next key
  // arrives. A passive effect waits for a paint, and a key pressed in between (Escape right after
  // the Enter that opened the dialog) would land on the host page's button instead.
  const previousFocus = useRef<Element | null>(null);
  const ownNodes = useRef<{ dialog: Element; host: Element | null } | null>(null);
  const returnFocusRef = useRef(returnFocusTo);
  returnFocusRef.current = returnFocusTo;
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    const root = dialog?.getRootNode() as Document | ShadowRoot | undefined;
    // In a shadow root, activeElement is null while focus is on the host page (its Export button).
    previousFocus.current = root?.activeElement ?? document.activeElement;
    if (dialog) ownNodes.current = { dialog, host: root && 'host' in root ? root.host : null };
    cancelRef.current?.focus();
  }, []);
  // Focus goes back where it was (or to the host's re-render of it) once the dialog closes,
  // unless the host moved it on purpose. A layout effect: Preact runs passive effects after a
  // paint, too late for an Escape right behind the opening Enter; the focus waits a microtask
  // for the end of the commit, which re-focuses what held focus when it began.
  useLayoutEffect(
    () => () => {
      const own = ownNodes.current;
      const doc = own?.dialog.ownerDocument ?? document;
      const previous = previousFocus.current;
      const returnFocus = returnFocusRef.current;
      queueMicrotask(() => {
        const active = doc.activeElement;
        const oursOrLost =
          !active || active === doc.body || active === own?.host || own?.dialog.contains(active);
        if (!oursOrLost) return;
        const target = previous?.isConnected ? previous : returnFocus?.();
        if (target instanceof HTMLElement && target.isConnected) target.focus();
      });
    },
    [],
  );

  // Escape cancels wherever focus is while the dialog is open (a click on the host page's
  // backdrop area can still move focus out of the shadow root), and the host page does not also
  // act on it: the dialog is modal. Captured on the window, so it runs before any page handler.
  const onCancelRef = useRef(onCancel);
  onCancelRef.current = onCancel;
  useLayoutEffect(() => {
    const view = dialogRef.current?.ownerDocument.defaultView;
    if (!view) return;
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      onCancelRef.current();
    };
    view.addEventListener('keydown', onEscape, true);
    return () => view.removeEventListener('keydown', onEscape, true);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => !el.hidden,
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const root = dialogRef.current.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    const inside = active instanceof Node && dialogRef.current.contains(active);
    if (event.shiftKey && (active === first || !inside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !inside)) {
      event.preventDefault();
      first.focus();
    }
  }

  const shownSteps = steps ?? resolutionSteps(verdict, snapshot);
  const blocked = mode === 'block';

  return (
    <div className="pg-backdrop">
      <div
        ref={dialogRef}
        className="pg-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        data-testid="pg-export-dialog"
        data-verdict={verdict.kind}
        onKeyDown={onKeyDown}
      >
        <h2 className="pg-dialog-title" id={titleId}>
          {headline ?? verdictHeadline(verdict)}
        </h2>
        <p className="pg-dialog-description" id={descriptionId}>
          {explanation ?? verdictExplanation(verdict, snapshot)}
          {blocked ? ' Your organization does not allow this export.' : ''}
        </p>
        {children}
        {shownSteps.length > 0 ? (
          <>
            <h3 className="pg-dialog-subtitle">What you can do</h3>
            <ResolutionList steps={shownSteps} dayFirst={dayFirst} />
          </>
        ) : null}
        {blocked ? null : (
          <div className="pg-field pg-dialog-reason">
            <label htmlFor={reasonId}>
              Why export anyway? {reasonRequired ? '(required)' : '(optional)'}
            </label>
            <textarea
              id={reasonId}
              className="pg-input"
              data-testid="pg-export-reason"
              rows={2}
              maxLength={OVERRIDE_REASON_MAX}
              value={reason}
              required={reasonRequired}
              aria-describedby={reasonHintId}
              onChange={(event) => setReason(event.currentTarget.value)}
              onKeyDown={(event) => {
                // Typing is ours: the host page's own shortcuts must not act on these keys.
                if (event.key !== 'Tab' && event.key !== 'Escape')
                  event.nativeEvent.stopPropagation();
              }}
            />
            <span className="pg-hint" id={reasonHintId}>
              {reasonRequired
                ? 'Your organization asks for a reason before an export goes ahead anyway. It is kept in the audit log with your name.'
                : 'Kept in the audit log with your name, for whoever reviews the close.'}
            </span>
          </div>
        )}
        <div className="pg-actions">
          <button
            ref={cancelRef}
            type="button"
            className="pg-button pg-button--primary"
            data-testid="pg-export-cancel"
            onClick={onCancel}
          >
            Cancel
          </button>
          {blocked ? null : (
            <button
              type="button"
              className="pg-button pg-button--danger"
              data-testid="pg-export-anyway"
              disabled={
                policyPending ||
                exporting ||
                needsReason ||
                (problem !== null && problemBlocksRetry)
              }
              aria-describedby={
                [
                  policyPending ? pendingId : '',
                  problem ? problemId : '',
                  needsReason ? reasonHintId : '',
                ]
                  .join(' ')
                  .trim() || undefined
              }
              onClick={(event) => onExportAnyway(event, reason)}
            >
              Export anyway
            </button>
          )}
        </div>
        {problem && !blocked ? (
          <p className="pg-dialog-error" id={problemId} role="alert">
            {problem}
          </p>
        ) : null}
        {policyPending && !blocked ? (
          <p className="pg-dialog-note" id={pendingId} role="status">
            Waiting for your organization's policy, which may not allow this…
          </p>
        ) : null}
      </div>
    </div>
  );
}
