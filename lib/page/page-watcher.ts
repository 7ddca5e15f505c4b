import { runSoon } from './run-soon';

/** How the page watcher is told what to do; see {@link watchPage}. */
export interface PageWatchOptions {
  /** Called at most once per `batchMs` after anything that could change the reading. */
  onChange: () => void;
  /** Nodes whose own mutations are ours (the overlay host) and must not wake us up. */
  ignore: (node: Node) => boolean;
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
   * Whether there is anything for `changedSinceRead` to watch; asked after every read and
   * every poll. While false, no timer runs: a page whose reading used no form control is
   * not woken up five times a second for nothing. Default: always.
   */
  pollWhile?: () => boolean;
  /**
   * Shortest time between two reads of the page's changes; keeps "date → verdict" well under
   * 50 ms. A read asked for with `request` is not held back by it.
   */
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
 * One observer for the whole guard, batched: a burst of mutations (a React re-render, a clock
 * ticking every frame) costs one re-read per batch, not one per record. After a quiet spell a
 * change is read in a task of its own that, as a rule, runs before the browser draws the
 * host's render (run-soon.ts), so a banner it changes is drawn in that same frame
 * (mount-overlay.tsx); after that, the page's changes are read at most once per `batchMs`. A
 * read asked for with `request` (start-up, a store, the clock) runs as soon, and does not hold
 * back the read of the page's next change: an invoice the host renders just after our start-up
 * read still gets its banner in the frame of that render. Typing and picking in inputs change
 * `.value` without a mutation, so input/change events wake us too; a script setting `.value`
 * sends neither, so `changedSinceRead` is polled for that, while `pollWhile` says there is
 * something to poll.
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
  // A timer re-armed after each tick and each read, rather than an interval, so that it
  // stops while `pollWhile` says there is nothing to watch and starts with the next read.
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
