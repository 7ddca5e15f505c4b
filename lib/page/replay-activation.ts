/** How a held activation reached the action; the replay takes the same route. */
export type ActivationRoute = 'press' | 'click' | 'key';

const NATIVE_ACTIVATION = 'button, a[href], input[type=button], input[type=submit]';

/**
 * Runs the activation the user made, on `action`, the way the host expects to receive it:
 * a pointer press as the whole press sequence (libraries such as React Aria act on
 * `pointerup`, others on `mousedown`, plain handlers on `click`), a click as a click, a key
 * as that key. The events are synthetic, so our own guard must be told to let them pass.
 */
export function replayActivation(
  action: Element,
  route: ActivationRoute,
  key: string | undefined,
): void {
  if (route === 'press') {
    replayPress(action);
    return;
  }
  if (route === 'click' || action.matches(NATIVE_ACTIVATION)) {
    (action as HTMLElement).click();
    return;
  }
  // Custom widgets (role=menuitem) often act on keydown only: give them the key they got.
  action.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/**
 * A primary-button mouse press in the middle of the action: a press library checks that the
 * pointer is released over its target, and treats a press without pressure as a screen
 * reader's virtual click. One layout read, once, at the user's request.
 */
function replayPress(action: Element): void {
  const rect = action.getBoundingClientRect();
  const at = {
    bubbles: true,
    cancelable: true,
    composed: true,
    button: 0,
    clientX: rect.left + rect.width / 2,
    clientY: rect.top + rect.height / 2,
  };
  const pointer = {
    ...at,
    pointerId: 1,
    pointerType: 'mouse',
    isPrimary: true,
    width: 1,
    height: 1,
  };
  action.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, buttons: 1, pressure: 0.5 }));
  action.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1, detail: 1 }));
  action.dispatchEvent(new PointerEvent('pointerup', { ...pointer, buttons: 0, pressure: 0 }));
  action.dispatchEvent(new MouseEvent('mouseup', { ...at, buttons: 0, detail: 1 }));
  action.dispatchEvent(new MouseEvent('click', { ...at, buttons: 0, detail: 1 }));
}
