/**
 * Runs `task` once, just before the browser next draws the page: DOM the task changes (our
 * banner) is then laid out and painted together with the host app's own changes, instead of
 * costing the whole page a frame of its own. A hidden tab draws no frames, so after
 * `fallbackMs` the task runs anyway. Returns a function that cancels it.
 */
export function beforeNextFrame(win: Window, fallbackMs: number, task: () => void): () => void {
  let settled = false;
  const frame = win.requestAnimationFrame(() => run());
  const timer = win.setTimeout(() => run(), fallbackMs);
  function settle(): boolean {
    if (settled) return false;
    settled = true;
    win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
    return true;
  }
  function run(): void {
    if (settle()) task();
  }
  return () => {
    settle();
  };
}
