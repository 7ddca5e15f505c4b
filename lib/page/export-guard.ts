import { accessibleName } from './accessible-name';
import { findExportAction } from './export-action';
import { normalizeName } from './normalize-label';

/** One stopped activation of an export action, waiting for the user's decision. */
export interface ExportAttempt {
  /** The element the user activated (a button, link or menu item). */
  action: Element;
  /** How it was activated; the replay uses the same route so the host sees what it expects. */
  via: 'click' | 'key';
  /** The action as it stands on the page now: what the host re-rendered in its place, if it did. */
  liveAction(): Element;
  /** Runs the original action once; later calls do nothing and return false. */
  replay(): boolean;
  /** Drops the attempt without running the action. */
  dismiss(): void;
}

/** What the guard needs from its owner; read at event time so changes apply at once. */
export interface ExportGuardOptions {
  exportWords: () => readonly string[];
  /** True when an activation must be stopped and questioned now. */
  shouldIntercept: () => boolean;
  /** Called once per stopped activation; never again while that attempt is pending. */
  onIntercept: (attempt: ExportAttempt) => void;
  signal: AbortSignal;
  win?: Window;
}

const ACTIVATION_KEYS = new Set(['Enter', ' ', 'Spacebar']);

/**
 * Stops export actions before the host's own handlers see them (capture phase on `window`,
 * which runs before React's listeners on its root), the shape of refined-github's
 * confirm-release. Click and keyboard activation are both covered; while an attempt is
 * pending, further activations are swallowed so a double click makes one dialog.
 */
export function installExportGuard(options: ExportGuardOptions): void {
  const win = options.win ?? window;
  let pending: ExportAttempt | null = null;
  let replaying = false;

  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const handle = (event: Event, via: 'click' | 'key') => {
    if (replaying) return;
    const action = findExportAction(event.target, options.exportWords());
    if (!action) return;
    if (pending) {
      stop(event);
      return;
    }
    if (!options.shouldIntercept()) return;
    stop(event);
    const key = event instanceof KeyboardEvent ? event.key : undefined;
    let used = false;
    const attempt: ExportAttempt = {
      action,
      via,
      liveAction: () => resolveLiveAction(action, win),
      replay() {
        if (used) return false;
        used = true;
        pending = null;
        replaying = true;
        try {
          replayActivation(resolveLiveAction(action, win), via, key);
        } finally {
          replaying = false;
        }
        return true;
      },
      dismiss() {
        used = true;
        pending = null;
      },
    };
    pending = attempt;
    options.onIntercept(attempt);
  };

  const onClick = (event: MouseEvent) => handle(event, 'click');
  const onKeyDown = (event: KeyboardEvent) => {
    if (ACTIVATION_KEYS.has(event.key)) handle(event, 'key');
  };
  // Buttons activate on Space at keyup; stop that half too or the browser clicks anyway.
  const onKeyUp = (event: KeyboardEvent) => {
    if (replaying || !ACTIVATION_KEYS.has(event.key)) return;
    if (
      findExportAction(event.target, options.exportWords()) &&
      (pending || options.shouldIntercept())
    ) {
      stop(event);
    }
  };

  const listen = { capture: true, signal: options.signal };
  win.addEventListener('click', onClick, listen);
  win.addEventListener('keydown', onKeyDown, listen);
  win.addEventListener('keyup', onKeyUp, listen);
}

/**
 * The host may re-render the button while our dialog is open; replay on the element that
 * now stands in its place rather than on the detached node, which a framework handling events
 * at its root (React) ignores. "In its place": the same tag with the same accessible name,
 * the same id first. The name, not the raw text: a client re-render of server HTML drops the
 * whitespace between tags, and "⇧ Export" then reads "⇧Export".
 */
function resolveLiveAction(action: Element, win: Window): Element {
  if (action.isConnected) return action;
  const doc = win.document;
  const name = normalizeName(accessibleName(action));
  const sameId = action.id ? doc.getElementById(action.id) : null;
  for (const candidate of [sameId, ...doc.querySelectorAll(action.tagName)]) {
    if (
      candidate?.tagName === action.tagName &&
      normalizeName(accessibleName(candidate)) === name
    ) {
      return candidate;
    }
  }
  return action;
}

function replayActivation(action: Element, via: 'click' | 'key', key: string | undefined) {
  const native = action.matches('button, a[href], input[type=button], input[type=submit]');
  if (via === 'click' || native) {
    (action as HTMLElement).click();
    return;
  }
  // Custom widgets (role=menuitem) often act on keydown only: give them the key they got.
  action.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}
