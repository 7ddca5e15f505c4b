/** The Prioritized Task Scheduling API (Chrome 94+, Firefox 142+), where the browser has it. */
interface TaskScheduler {
  postTask(
    task: () => void,
    options: { priority: 'user-blocking'; delay: number; signal: AbortSignal },
  ): Promise<unknown>;
}

function schedulerOf(win: Window): TaskScheduler | null {
  const scheduler = (win as Window & { scheduler?: Partial<TaskScheduler> }).scheduler;
  return typeof scheduler?.postTask === 'function' ? (scheduler as TaskScheduler) : null;
}

/**
 * Runs `task` in a task of its own, `delayMs` from now, ahead of the host page's next frame
 * where the browser lets us. A plain timer often loses that race: once the host has rendered
 * (an invoice coming back from its API), Chromium tends to draw the frame first, so a banner
 * drawn from our read needed a frame of its own, which costs the invoice page as much again as
 * our script (style, layout and paint of a frame: about 20 ms on the bench's VM). A
 * `user-blocking` task runs before that frame as a rule, and the banner is drawn with the
 * host's render; only a frame already overdue still goes first. Browsers without
 * `scheduler.postTask` get a timer. Returns a function that cancels the task.
 */
export function runSoon(win: Window, delayMs: number, task: () => void): () => void {
  const scheduler = schedulerOf(win);
  if (scheduler) {
    const controller = new AbortController();
    try {
      scheduler
        .postTask(task, { priority: 'user-blocking', delay: delayMs, signal: controller.signal })
        .catch((error: unknown) => {
          // A cancelled task rejects with the abort. Anything else is the task's own error,
          // which a timer would have reported as uncaught: report it the same way.
          if (!controller.signal.aborted) {
            queueMicrotask(() => {
              throw error;
            });
          }
        });
      return () => controller.abort();
    } catch {
      // A scheduler that refuses the call (an odd wrapper around the page's window): a timer.
    }
  }
  const timer = win.setTimeout(task, delayMs);
  return () => win.clearTimeout(timer);
}
