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
 * Runs `task` `delayMs` from now, ahead of the host page's next frame where the browser lets
 * us: after the host renders, Chromium tends to draw before a plain timer fires, and a banner
 * drawn after that frame costs the page a frame of its own. A `user-blocking` task usually
 * wins; without `scheduler.postTask`, a timer. Returns a function that cancels the task.
 */
export function runSoon(win: Window, delayMs: number, task: () => void): () => void {
  const scheduler = schedulerOf(win);
  if (scheduler) {
    const controller = new AbortController();
    try {
      scheduler
        .postTask(task, { priority: 'user-blocking', delay: delayMs, signal: controller.signal })
        .catch((error: unknown) => {
          // Not an abort: the task's own error, reported as uncaught as a timer would.
          if (!controller.signal.aborted) {
            queueMicrotask(() => {
              throw error;
            });
          }
        });
      return () => controller.abort();
    } catch {
      // A scheduler that refuses the call: fall back to a timer.
    }
  }
  const timer = win.setTimeout(task, delayMs);
  return () => win.clearTimeout(timer);
}
