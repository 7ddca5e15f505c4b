/** Pointer and mouse events a pick swallows, so the host page never sees the pick click. */
const SWALLOWED = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'dblclick', 'auxclick'];

export interface PickOptions {
  win: Window;
  /** Our own overlay: pointing at it or clicking it is not a pick (its buttons keep working). */
  isOwn(element: Element): boolean;
  /** What is under the pointer now, or null over our overlay (to move the highlight). */
  onHover(element: Element | null): void;
  onPick(element: Element): void;
  onCancel(): void;
}

/**
 * Lets the user pick an element of the host page: the next real click (or Enter on an element
 * reached with Tab) picks, Escape cancels. Listens on the window in the capture phase and
 * stops the pick's events there, so the host's handlers do not act on the click that picks.
 * Returns a function that stops picking without a pick.
 */
export function pickElement(options: PickOptions): () => void {
  const { win } = options;
  const controller = new AbortController();
  const listen = (type: string, listener: (event: Event) => void) =>
    win.addEventListener(type, listener, { capture: true, signal: controller.signal });
  const stop = () => controller.abort();
  const elementOf = (event: Event): Element | null => {
    const target = event.composedPath()[0] ?? event.target;
    const node = target as Node | null;
    const element = node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
    return element && !options.isOwn(element) ? element : null;
  };
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const pick = (element: Element) => {
    stop();
    options.onPick(element);
  };

  for (const type of SWALLOWED) {
    listen(type, (event) => {
      if (elementOf(event)) swallow(event);
    });
  }
  listen('click', (event) => {
    const element = elementOf(event);
    if (!element) return;
    swallow(event);
    // Only the user's own click picks: a script on the page cannot teach the guard.
    if (event.isTrusted) pick(element);
  });
  listen('mouseover', (event) => options.onHover(elementOf(event)));
  listen('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Escape') {
      swallow(event);
      stop();
      options.onCancel();
      return;
    }
    const focused = win.document.activeElement;
    if (key === 'Enter' && event.isTrusted && focused && !options.isOwn(focused)) {
      swallow(event);
      pick(focused);
    }
  });
  listen('focusin', (event) => options.onHover(elementOf(event)));
  return stop;
}
