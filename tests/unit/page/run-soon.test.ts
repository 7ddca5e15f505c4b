import { runSoon } from '../../../lib/page/run-soon';

interface PostedTask {
  task: () => void;
  options: { priority: string; delay: number; signal: AbortSignal };
}

/**
 * A window with the faked global timers and, when `postTask` is given, a `scheduler` that
 * records what is posted and settles each task as a browser would: after its delay, unless
 * its signal was aborted first (then the promise rejects with the abort).
 */
function windowWith(postTask?: (posted: PostedTask) => void): Window {
  const win = {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  } as Record<string, unknown>;
  if (postTask) {
    win.scheduler = {
      postTask(task: () => void, options: PostedTask['options']) {
        postTask({ task, options });
        return new Promise((resolve, reject) => {
          const timer = setTimeout(() => {
            try {
              resolve(task());
            } catch (error) {
              reject(error);
            }
          }, options.delay);
          options.signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(options.signal.reason);
          });
        });
      },
    };
  }
  return win as unknown as Window;
}

describe('runSoon', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('posts the task at user-blocking priority, with its delay, where the browser has a scheduler', async () => {
    const posted: PostedTask[] = [];
    const task = vi.fn();
    runSoon(
      windowWith((p) => posted.push(p)),
      20,
      task,
    );
    expect(posted).toHaveLength(1);
    expect(posted[0]?.options.priority).toBe('user-blocking');
    expect(posted[0]?.options.delay).toBe(20);
    await vi.advanceTimersByTimeAsync(19);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('cancels a posted task without reporting the abort as an error', async () => {
    const task = vi.fn();
    const thrown = vi.fn();
    const cancel = runSoon(
      windowWith(() => {}),
      0,
      task,
    );
    const queue = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation(thrown);
    cancel();
    await vi.advanceTimersByTimeAsync(50);
    expect(task).not.toHaveBeenCalled();
    expect(thrown).not.toHaveBeenCalled();
    queue.mockRestore();
  });

  it("reports a posted task's own error as uncaught, as a timer would", async () => {
    const failure = new Error('read failed');
    const reported: unknown[] = [];
    const queue = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((callback) => {
      try {
        callback();
      } catch (error) {
        reported.push(error);
      }
    });
    runSoon(
      windowWith(() => {}),
      0,
      () => {
        throw failure;
      },
    );
    await vi.advanceTimersByTimeAsync(1);
    expect(reported).toEqual([failure]);
    queue.mockRestore();
  });

  it('falls back to a timer where there is no scheduler, and cancels it', async () => {
    const task = vi.fn();
    runSoon(windowWith(), 10, task);
    await vi.advanceTimersByTimeAsync(10);
    expect(task).toHaveBeenCalledTimes(1);

    const cancelled = vi.fn();
    runSoon(windowWith(), 10, cancelled)();
    await vi.advanceTimersByTimeAsync(50);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('falls back to a timer when the scheduler refuses the call', async () => {
    const task = vi.fn();
    const win = windowWith(() => {
      throw new TypeError('not callable through this wrapper');
    });
    runSoon(win, 5, task);
    await vi.advanceTimersByTimeAsync(5);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
