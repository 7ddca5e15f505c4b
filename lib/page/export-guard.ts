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
  /** True when an activation must be stopped and questioned now. */
  shouldIntercept: () => boolean;
  /** Called once per stopped activation; never again while that attempt is pending. */
  onIntercept: (attempt: ExportAttempt) => void;
  signal: AbortSignal;
  win?: Window;
}

const ACTIVATION_KEYS = new Set(['Enter', ' ', 'Spacebar']);

/** A pointer press in progress, judged once at its start; its later events follow that. */
interface Press {
  held: boolean;
}

/**
 * Stops export actions before the host's own handlers see them (capture phase on `window`,
 * which runs before React's listeners on its root), the shape of refined-github's
 * confirm-release. A pointer press is judged when it starts, since press libraries act on
 * `pointerdown`, `mousedown` or `pointerup` before any click: a held press loses all its
 * events, up to its click. Clicks without a press (keyboard, script) and keys are judged as
 * they come. While an attempt is pending, further activations are swallowed so a double
 * click makes one dialog.
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

  /** Judges an activation; true when it was stopped. */
  const judge = (event: Event, via: ActivationRoute): boolean => {
    const action = findExportAction(event.target, options.exportWords());
    if (!action) return false;
    if (pending) {
      stop(event);
      return true;
    }
    if (!options.shouldIntercept()) return false;
    stop(event);
    hold(action, via, event instanceof KeyboardEvent ? event.key : undefined);
    return true;
  };

  const hold = (action: Element, via: ActivationRoute, key: string | undefined) => {
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
    press = event.button === 0 ? { held: judge(event, 'press') } : null;
  };
  const onPointerDown = (event: PointerEvent) => onPressStart(event);
  // A mousedown without a pointerdown before it starts a press of its own.
  const onMouseDown = (event: MouseEvent) => {
    if (replaying) return;
    if (press) {
      if (press.held) stop(event);
      return;
    }
    onPressStart(event);
  };
  const onPressEnd = (event: Event) => {
    if (!replaying && press?.held) stop(event);
  };
  const onClick = (event: MouseEvent) => {
    if (replaying) return;
    // A click with a count ends the press it came from; one without (a key, a script) has none.
    if (press && event.detail > 0) {
      if (press.held) stop(event);
      press = null;
      return;
    }
    judge(event, 'click');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!replaying && ACTIVATION_KEYS.has(event.key)) judge(event, 'key');
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
  win.addEventListener('pointerdown', onPointerDown, listen);
  win.addEventListener('mousedown', onMouseDown, listen);
  win.addEventListener('pointerup', onPressEnd, listen);
  win.addEventListener('mouseup', onPressEnd, listen);
  win.addEventListener('click', onClick, listen);
  win.addEventListener('keydown', onKeyDown, listen);
  win.addEventListener('keyup', onKeyUp, listen);
}
