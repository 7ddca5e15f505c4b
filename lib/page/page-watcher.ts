import { runSoon } from './run-soon';

/** How the page watcher is told what to do; see {@link watchPage}. */
export interface PageWatchOptions {
  /** Called at most once per `batchMs` after anything that could change the reading. */
  onChange: () => void;
  /** Nodes whose own mutations are ours (the overlay host) and must not wake us up. */
  ignore: (node: Node) => boolean;
  /** Sees every batch of mutations first, before any is filtered or dropped. */
  onRecords?: (records: readonly MutationRecord[]) => void;
  /** Whether a batch of mutations can change what we read (mutation-relevance.ts). */
  isRelevant?: (records: readonly MutationRecord[]) => boolean;
  signal: AbortSignal;
  /**
   * True when something the last reading used has changed in a way no mutation or event
   * reports (a control's `.value` set by script). Asked every `pollMs`.
   */
  changedSinceRead?: () => boolean;
  /** How often `changedSinceRead` is asked; a few property reads each time. */
  pollMs?: number;
  /**
   * Whether there is anything for `changedSinceRead` to watch, asked after every read and
   * poll; while false no timer runs, so a page without form controls is left alone.
   */
  pollWhile?: () => boolean;
  /** Shortest time between two reads of the page's changes (not of `request`ed reads). */
  batchMs?: number;
  win?: Window;
}

/** What {@link watchPage} returns. */
export interface PageWatcher {
  /** Asks for a re-read, batched like a mutation's. */
  request(): void;
  /**
   * Tells the watcher a reading was made outside it (a click's), so the poll starts if the
   * reading used something `changedSinceRead` must watch.
   */
  afterRead(): void;
}

/**
 * One batched observer for the whole guard: a burst of mutations costs one re-read, run ahead
 * of the host's next frame (run-soon.ts) so the banner is drawn with the host's render, then
 * at most once per `batchMs`. Input/change events cover typing (no mutation); a script setting
 * `.value` fires nothing, so `changedSinceRead` is polled while `pollWhile` allows.
 */
export function watchPage(options: PageWatchOptions): PageWatcher {
  const win = options.win ?? window;
  const batchMs = options.batchMs ?? 25;
  let cancelRead: (() => void) | undefined;
  /** Whether the read on its way also covers a change of the page. */
  let readsChange = false;
  /** When the page's last change was read: the next one waits until `batchMs` after it. */
  let lastChangeRead = Number.NEGATIVE_INFINITY;

  const read = () => {
    cancelRead = undefined;
    if (readsChange) lastChangeRead = win.performance.now();
    readsChange = false;
    if (options.signal.aborted) return;
    options.onChange();
    armPoll();
  };
  const schedule = (pageChanged: boolean) => {
    if (options.signal.aborted) return;
    if (pageChanged) readsChange = true;
    if (cancelRead !== undefined) return; // a read is already on its way
    const wait = pageChanged ? Math.max(0, lastChangeRead + batchMs - win.performance.now()) : 0;
    cancelRead = runSoon(win, wait, read);
  };
  const scheduleChange = () => schedule(true);

  const { changedSinceRead } = options;
  let poll: number | undefined;
  // Re-armed per tick rather than an interval, so it stops while `pollWhile` is false.
  const armPoll = () => {
    if (!changedSinceRead || poll !== undefined || options.signal.aborted) return;
    if (options.pollWhile && !options.pollWhile()) return;
    poll = win.setTimeout(() => {
      poll = undefined;
      if (options.signal.aborted) return;
      if (changedSinceRead()) scheduleChange();
      armPoll();
    }, options.pollMs ?? 200);
  };

  const observer = new MutationObserver((records) => {
    options.onRecords?.(records);
    if (readsChange) return; // a read of the page's changes is already on its way
    if (options.isRelevant) {
      if (options.isRelevant(records)) scheduleChange();
      return;
    }
    if (records.some((record) => !options.ignore(record.target))) scheduleChange();
  });
  observer.observe(win.document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    // Only attributes that can carry a value we read; class/style churn is ignored.
    attributeFilter: ['value', 'aria-valuenow', 'aria-valuetext', 'aria-label', 'datetime'],
  });

  const listen = { capture: true, passive: true, signal: options.signal };
  win.addEventListener('input', scheduleChange, listen);
  win.addEventListener('change', scheduleChange, listen);
  // Single-page-app navigation: history changes without a reload.
  win.addEventListener('popstate', scheduleChange, listen);

  armPoll();

  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    cancelRead?.();
    if (poll !== undefined) win.clearTimeout(poll);
  });
  return { request: () => schedule(false), afterRead: armPoll };
}
