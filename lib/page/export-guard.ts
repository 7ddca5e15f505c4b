import { findExportAction } from './export-action';
import { liveActionFor, placeOf } from './live-action';
import { type ActivationRoute, replayActivation } from './replay-activation';

/** One stopped activation of an export action, waiting for the user's decision. */
export interface ExportAttempt {
  /** The element the user activated (a button, link or menu item). */
  action: Element;
  /** How it was activated; the replay uses the same route so the host sees what it expects. */
  via: ActivationRoute;
  /**
   * The action as it stands on the page now: the original, or what the host re-rendered in its
   * place; null when the host replaced it and nothing stands unambiguously in its place.
   */
  liveAction(): Element | null;
  /**
   * Runs the original action once, on `target` (default: {@link liveAction}). Later calls,
   * and a call with no action to run, do nothing and return false.
   */
  replay(target?: Element | null): boolean;
  /** Drops the attempt without running the action. */
  dismiss(): void;
}

/** What the guard needs from its owner; read at event time so changes apply at once. */
export interface ExportGuardOptions {
  exportWords: () => readonly string[];
  /** True when an activation of `action` must be stopped and questioned now. */
  shouldIntercept: (action: Element) => boolean;
  /** Called once per stopped activation; never again while that attempt is pending. */
  onIntercept: (attempt: ExportAttempt) => void;
  signal: AbortSignal;
  win?: Window;
}

const ACTIVATION_KEYS = new Set(['Enter', ' ', 'Spacebar']);

/** A pointer press in progress, judged once at its start; its later events follow that. */
interface Press {
  /** The export action it is held on, or null when it goes through. */
  held: Element | null;
}

/**
 * Stops export actions in the capture phase on `window`, before the host's handlers. A press is
 * judged when it starts, since press libraries act before `click`; while an attempt is pending,
 * further activations are swallowed, so a double click makes one dialog.
 */
export function installExportGuard(options: ExportGuardOptions): void {
  const win = options.win ?? window;
  let pending: ExportAttempt | null = null;
  let replaying = false;
  let press: Press | null = null;

  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  // A held press's events only lose their way to the page: the browser still focuses the
  // target (the dialog returns focus there) and other window listeners still see them.
  const stopPressEvent = (event: Event) => event.stopPropagation();

  /** The export action `event` activates when it must be held now; the event is stopped then. */
  const heldAction = (event: Event, stopEvent = stop): Element | null => {
    const action = findExportAction(event.target, options.exportWords());
    if (!action || (!pending && !options.shouldIntercept(action))) return null;
    stopEvent(event);
    return action;
  };

  const hold = (action: Element, via: ActivationRoute, key?: string) => {
    if (pending) return;
    const place = placeOf(action);
    const liveAction = () => liveActionFor(action, place);
    let used = false;
    const attempt: ExportAttempt = {
      action,
      via,
      liveAction,
      replay(target = liveAction()) {
        if (used || !target) return false;
        used = true;
        pending = null;
        replaying = true;
        try {
          replayActivation(target, via, key);
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

  const onPressStart = (event: MouseEvent) => {
    if (replaying) return;
    // Only the primary button presses (a right click opens a menu, and makes no click).
    press = event.button === 0 ? { held: heldAction(event, stopPressEvent) } : null;
  };
  const onPointerDown = (event: PointerEvent) => onPressStart(event);
  // A mousedown without a pointerdown before it starts a press of its own.
  const onMouseDown = (event: MouseEvent) => {
    if (replaying) return;
    if (!press) onPressStart(event);
    else if (press.held) stopPressEvent(event);
  };
  const onPressEnd = (event: Event) => {
    if (!replaying && press?.held) stopPressEvent(event);
  };
  // The browser took the press over (a scroll, a drag): it activates nothing, and asks nothing.
  const onPressCancel = () => {
    press = null;
  };
  const onClick = (event: MouseEvent) => {
    if (replaying) return;
    // A click with a count ends the press it came from; one without (a key, a script) has none.
    const ended = press && event.detail > 0 ? press : null;
    if (ended) press = null;
    if (ended?.held) {
      stop(event);
      hold(ended.held, 'press');
      return;
    }
    // A press that went through is judged again at its click: pressing may have changed the
    // page (leaving a field whose autosave blanks the date), and the click acts on that page.
    const action = heldAction(event);
    if (action) hold(action, 'click');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (replaying || !ACTIVATION_KEYS.has(event.key)) return;
    const action = heldAction(event);
    if (action) hold(action, 'key', event.key);
  };
  // Buttons activate on Space at keyup; stop that half too or the browser clicks anyway.
  const onKeyUp = (event: KeyboardEvent) => {
    if (!replaying && ACTIVATION_KEYS.has(event.key)) heldAction(event);
  };

  const listen = { capture: true, signal: options.signal };
  win.addEventListener('pointerdown', onPointerDown, listen);
  win.addEventListener('mousedown', onMouseDown, listen);
  win.addEventListener('pointerup', onPressEnd, listen);
  win.addEventListener('mouseup', onPressEnd, listen);
  win.addEventListener('pointercancel', onPressCancel, listen);
  win.addEventListener('click', onClick, listen);
  win.addEventListener('keydown', onKeyDown, listen);
  win.addEventListener('keyup', onKeyUp, listen);
}
