import { createRowMark, MARK_TAG, type MarkInfo, markSignature, updateRowMark } from './row-mark';
import { runSoon } from './run-soon';

/** One mark the rows should carry: in the date cell `cell`, saying `info`. */
export interface WantedMark {
  cell: Element;
  info: MarkInfo;
}

/** The marks on a list's rows; see {@link createRowMarks}. */
export interface RowMarks {
  /**
   * Makes the page carry exactly `wanted`, added and removed in batches of tasks, or all at
   * once with `now` (rows the host is about to draw: their marks go in before its frame).
   * Marks found under `scopes` that are not ours to keep (copied along with a row the host
   * cloned) go too.
   */
  show(wanted: readonly WantedMark[], scopes?: readonly Element[], now?: boolean): void;
  /** The marks in the page, in the order last wanted (the rows' order). */
  marks(): HTMLElement[];
  /** Removes every mark. */
  clear(): void;
  /** True for a mark this took off the page itself (its removal is no change of the host's). */
  tookOff(node: Node): boolean;
}

/**
 * Script time for marks per task: a 2,000-row list's marks land in one or two tasks (each
 * batch of writes costs the host a layout of its whole table), never one long task.
 */
const SLICE_MS = 8;

/** True when `node` is one of our marks (its insertion is no change of the host's). */
export function isRowMark(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toLowerCase() === MARK_TAG;
}

/** Form controls hold no children: the mark goes beside them. */
function place(cell: Element, host: HTMLElement): void {
  if (/^(INPUT|TEXTAREA|SELECT)$/i.test(cell.tagName)) cell.after(host);
  else cell.append(host);
}

/** True when `host` (null: not made yet) stands where {@link place} put it. */
function isPlaced(cell: Element, host: HTMLElement | null): host is HTMLElement {
  if (!host) return false;
  return (
    host.parentNode === cell || (host.parentNode === cell.parentNode && cell.nextSibling === host)
  );
}

/**
 * Places row marks next to the dates of the rows that need one and takes them off the rows
 * that no longer do. Writes only (no layout is read), a batch per task; a new `show` drops
 * the batches of the previous one. A mark the host's re-render removed is put back.
 */
export function createRowMarks(win: Window): RowMarks {
  const placed = new Map<Element, { host: HTMLElement | null; signature: string }>();
  let order: Element[] = [];
  const takenOff = new WeakSet<Node>();
  const takeOff = (host: Element | null | undefined) => {
    if (!host) return;
    takenOff.add(host);
    host.remove();
  };
  let cancel: (() => void) | undefined;

  const run = (jobs: Array<() => void>, now: boolean) => {
    cancel?.();
    cancel = undefined;
    let next = 0;
    const step = () => {
      cancel = undefined;
      const until = now ? Number.POSITIVE_INFINITY : win.performance.now() + SLICE_MS;
      // The clock is read every few jobs: a job is a few microseconds.
      while (next < jobs.length) {
        jobs[next++]?.();
        if (next % 16 === 0 && win.performance.now() > until) break;
      }
      if (next < jobs.length) cancel = runSoon(win, 0, step);
    };
    step();
  };

  return {
    show(wanted, scopes = [], now = false) {
      const wantedCells = new Set(wanted.map((w) => w.cell));
      const jobs: Array<() => void> = [];
      const kept = new Set([...placed.values()].map((p) => p.host));
      for (const scope of scopes) {
        for (const stray of scope.getElementsByTagName(MARK_TAG)) {
          if (!kept.has(stray as HTMLElement)) jobs.push(() => takeOff(stray));
        }
      }
      for (const [cell, { host }] of placed) {
        if (wantedCells.has(cell)) continue;
        placed.delete(cell);
        jobs.push(() => takeOff(host));
      }
      for (const { cell, info } of wanted) {
        const signature = markSignature(info);
        const current = placed.get(cell);
        if (current && current.signature === signature && isPlaced(cell, current.host)) continue;
        const host = current?.host ?? null;
        if (current && isPlaced(cell, host)) {
          current.signature = signature;
          jobs.push(() => updateRowMark(host, info));
          continue;
        }
        takeOff(host);
        const entry: { host: HTMLElement | null; signature: string } = { host: null, signature };
        placed.set(cell, entry);
        jobs.push(() => {
          const made = createRowMark(win.document, info);
          entry.host = made;
          place(cell, made);
        });
      }
      order = wanted.map((w) => w.cell);
      if (jobs.length > 0) run(jobs, now);
    },
    marks() {
      return order.flatMap((cell) => {
        const host = placed.get(cell)?.host;
        return host?.isConnected ? [host] : [];
      });
    },
    clear() {
      cancel?.();
      cancel = undefined;
      for (const { host } of placed.values()) takeOff(host);
      placed.clear();
      order = [];
    },
    tookOff: (node) => takenOff.has(node),
  };
}
