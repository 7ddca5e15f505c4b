import { beforeNextFrame } from '../../../lib/page/before-next-frame';
import { type PageWatchOptions, watchPage } from '../../../lib/page/page-watcher';

/**
 * A window whose timers and frames are the (faked) global ones; `frames: false` is a hidden
 * tab, which draws none.
 */
function windowWith({ frames }: { frames: boolean }): Window {
  return {
    document,
    performance,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    requestAnimationFrame: frames
      ? (fn: FrameRequestCallback) => requestAnimationFrame(fn)
      : () => 0,
    cancelAnimationFrame: (id: number) => cancelAnimationFrame(id),
    addEventListener: window.addEventListener.bind(window),
  } as unknown as Window;
}

function watch(options: Partial<PageWatchOptions> = {}) {
  const controller = new AbortController();
  const reads: number[] = [];
  const { request } = watchPage({
    win: windowWith({ frames: true }),
    signal: controller.signal,
    onChange: () => reads.push(performance.now()),
    ignore: options.ignore ?? (() => false),
    ...options,
  });
  return { reads, request, stop: () => controller.abort() };
}

/** Changes the page the way a host render does: several mutations in one task. */
function render(text: string) {
  const main = document.createElement('main');
  for (const word of text.split(' '))
    main.append(Object.assign(document.createElement('p'), { textContent: word }));
  document.body.replaceChildren(main);
}

describe('beforeNextFrame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the task once, on the next frame, and not again when the fallback comes due', () => {
    const task = vi.fn();
    beforeNextFrame(windowWith({ frames: true }), 25, task);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs the task after the fallback time when no frame is drawn (a hidden tab)', () => {
    const task = vi.fn();
    beforeNextFrame(windowWith({ frames: false }), 25, task);
    vi.advanceTimersByTime(24);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled', () => {
    const task = vi.fn();
    const cancel = beforeNextFrame(windowWith({ frames: true }), 25, task);
    cancel();
    vi.advanceTimersByTime(100);
    expect(task).not.toHaveBeenCalled();
  });
});

describe('watchPage', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
  });
  afterEach(() => vi.useRealTimers());

  it('reads a burst of mutations once, in the next task after a quiet spell', async () => {
    const { reads, stop } = watch({ batchMs: 25 });
    const start = performance.now();
    render('Invoice Date 03/12/2026');
    render('Invoice Date 03/13/2026');
    expect(reads).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(reads).toEqual([start]);
    await vi.advanceTimersByTimeAsync(200);
    expect(reads).toHaveLength(1);
    stop();
  });

  it('waits `batchMs` after a read before the next one', async () => {
    const { reads, stop } = watch({ batchMs: 25 });
    render('Invoice Date 03/12/2026');
    await vi.advanceTimersByTimeAsync(5);
    render('Invoice Date 03/13/2026');
    await vi.advanceTimersByTimeAsync(19);
    expect(reads).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(reads).toHaveLength(2);
    expect((reads[1] ?? 0) - (reads[0] ?? 0)).toBe(25);
    stop();
  });

  it('reads at most once per `batchMs`, however often the page changes', async () => {
    const { reads, stop } = watch({ batchMs: 100 });
    for (let i = 0; i < 30; i++) {
      render(`Invoice Date 03/${10 + (i % 10)}/2026`);
      await vi.advanceTimersByTimeAsync(10);
    }
    // 300 ms of changes: a read at once, then one per 100 ms.
    expect(reads.length).toBeGreaterThanOrEqual(3);
    expect(reads.length).toBeLessThanOrEqual(4);
    const gaps = reads.slice(1).map((at, i) => at - (reads[i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(100);
    stop();
  });

  it("does not hold back the page's next change after a read asked for (start-up, a store)", async () => {
    const { reads, request, stop } = watch({ batchMs: 25 });
    const start = performance.now();
    request();
    await vi.advanceTimersByTimeAsync(5);
    // The host renders the invoice 5 ms after our start-up read: read at once, not at 25 ms.
    render('Invoice Date 03/12/2026');
    await vi.advanceTimersByTimeAsync(0);
    expect(reads).toEqual([start, start + 5]);
    // That read was of a change: the next change waits `batchMs` after it.
    render('Invoice Date 03/13/2026');
    await vi.advanceTimersByTimeAsync(24);
    expect(reads).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(reads).toEqual([start, start + 5, start + 30]);
    stop();
  });

  it('counts a change that joined a read asked for as read', async () => {
    const { reads, request, stop } = watch({ batchMs: 25 });
    const start = performance.now();
    request();
    render('Invoice Date 03/12/2026');
    await vi.advanceTimersByTimeAsync(5);
    render('Invoice Date 03/13/2026');
    await vi.advanceTimersByTimeAsync(25);
    expect(reads).toEqual([start, start + 25]);
    stop();
  });

  it("posts its reads ahead of the host's next frame where the browser has a scheduler", async () => {
    const priorities: string[] = [];
    const controller = new AbortController();
    const reads: number[] = [];
    const win = Object.assign(windowWith({ frames: true }), {
      scheduler: {
        postTask(task: () => void, options: { priority: string; delay: number }) {
          priorities.push(options.priority);
          return new Promise<void>((resolve) => setTimeout(() => resolve(task()), options.delay));
        },
      },
    });
    watchPage({
      win,
      signal: controller.signal,
      onChange: () => reads.push(performance.now()),
      ignore: () => false,
    });
    render('Invoice Date 03/12/2026');
    await vi.advanceTimersByTimeAsync(0);
    expect(reads).toHaveLength(1);
    expect(priorities).toEqual(['user-blocking']);
    controller.abort();
  });

  it('shows every batch of mutations to `onRecords`, also while a read is on its way', async () => {
    const batches: number[] = [];
    const { reads, stop } = watch({ onRecords: (records) => batches.push(records.length) });
    render('Invoice Date 03/12/2026');
    await Promise.resolve();
    // The read of that change is on its way: this batch joins it, and is still shown.
    render('Invoice Date 03/13/2026');
    await Promise.resolve();
    expect(batches).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(reads).toHaveLength(1);
    stop();
  });

  it('is not woken by mutations of our own nodes', async () => {
    const own = document.createElement('period-guard-ui');
    document.body.append(own);
    const { reads, stop } = watch({ ignore: (node) => own.contains(node) });
    own.textContent = 'Invoice Date';
    await vi.advanceTimersByTimeAsync(100);
    expect(reads).toHaveLength(0);
    stop();
  });

  it('polls for changes no event reports, and reads when one is found', async () => {
    let changed = false;
    const changedSinceRead = vi.fn(() => changed);
    const { reads, stop } = watch({ changedSinceRead, pollMs: 200 });
    await vi.advanceTimersByTimeAsync(600);
    expect(changedSinceRead).toHaveBeenCalledTimes(3);
    expect(reads).toHaveLength(0);
    changed = true;
    // The tick at 800 ms asks for a read; a timer set inside a fake tick fires 1 ms later.
    await vi.advanceTimersByTimeAsync(201);
    expect(reads).toHaveLength(1);
    stop();
    const asked = changedSinceRead.mock.calls.length;
    await vi.advanceTimersByTimeAsync(1000);
    expect(changedSinceRead).toHaveBeenCalledTimes(asked);
  });

  it('runs no poll timer while there is nothing to poll, and starts one after a read', async () => {
    let controls = 0;
    const changedSinceRead = vi.fn(() => false);
    const { request, stop } = watch({
      changedSinceRead,
      pollWhile: () => controls > 0,
      pollMs: 200,
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(changedSinceRead).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    controls = 1; // the next reading uses a form control
    request();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(400);
    expect(changedSinceRead).toHaveBeenCalledTimes(2);
    controls = 0; // and the one after that none: the poll stops after its next tick
    request();
    await vi.advanceTimersByTimeAsync(1000);
    expect(changedSinceRead).toHaveBeenCalledTimes(3);
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });

  it('reads when asked, the same way, and never after it is stopped', async () => {
    const { reads, request, stop } = watch();
    request();
    request();
    await vi.advanceTimersByTimeAsync(100);
    expect(reads).toHaveLength(1);
    render('Invoice Date 03/12/2026');
    stop();
    await vi.advanceTimersByTimeAsync(100);
    expect(reads).toHaveLength(1);
  });
});
