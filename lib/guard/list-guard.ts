import { createStore, type StoreApi } from 'zustand/vanilla';
import { announcedSelection } from '../page/announced-selection';
import { type InvoiceList, type ListRowCache, readInvoiceLists } from '../page/list-reader';
import { isRowSelected } from '../page/list-selection';
import { createRowMarks, isRowMark } from '../page/row-marks';
import { runSoon } from '../page/run-soon';
import type { GuardDeps } from './guard-controller';
import { guardInputsFrom } from './guard-inputs';
import type { GuardVerdict } from './judge-reading';
import {
  HELD_VERDICTS,
  type JudgedRow,
  judgeListRows,
  type ListSummary,
  MARKED_VERDICTS,
  summarizeList,
  worstVerdict,
} from './list-verdicts';

/** What the list guard shows: the overlay's summary and the popup read it. */
export interface ListState {
  /** The summary of the rows on screen, or null when the page shows no invoice list. */
  summary: ListSummary | null;
  /** The rows carrying a mark, in the list's order. */
  marked: JudgedRow[];
}

/** A bulk export held because some selected rows would be refused (or cannot be verified). */
export interface BulkHold {
  held: JudgedRow[];
  /**
   * Selected invoices the guard never saw (a "select all" over a virtualised grid's unrendered
   * rows): the page says how many are selected, and that is more than the rows it could judge.
   */
  unchecked: number;
  /** The worst verdict: the dialog's `data-verdict` (`unreadable-date` for unchecked rows only). */
  worst: GuardVerdict;
}

/** The list guard; see {@link startListGuard}. */
export interface ListGuard {
  store: StoreApi<ListState>;
  /** Asks for a re-read of the lists, batched with the page's other changes. */
  request(): void;
  /**
   * Judges the selected rows now (at an export click on `action`): what must be held, or null.
   * A selection the page says is larger than the rows the guard could judge is held too.
   */
  heldSelection(action?: Element | null): BulkHold | null;
  /** The marks on the page, in the rows' order (for stepping through them). */
  marks(): HTMLElement[];
}

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // A recycled row changes its index; a re-sorted one may change only its texts.
  attributeFilter: [
    'aria-rowindex',
    'row-index',
    'data-id',
    'hidden',
    'aria-hidden',
    'aria-selected',
  ],
};

/**
 * True when every record is one of our marks being added. A removed mark is worth a read:
 * the host's re-render may have taken it off a row that still needs it.
 */
function onlyOurMarks(records: readonly MutationRecord[]): boolean {
  return records.every(
    (r) =>
      r.type === 'childList' &&
      r.removedNodes.length === 0 &&
      [...r.addedNodes].every((node) => isRowMark(node)),
  );
}

/**
 * The guard on a page listing invoices: marks unsynced rows in closed, locked or closing-soon
 * periods, keeps the summary and judges the selected rows at export. It observes the lists only
 * and caches per row, so scrolling a virtualised grid re-reads a few rows.
 */
export function startListGuard(deps: GuardDeps, onInvoicePage: () => boolean): ListGuard {
  const store = createStore<ListState>()(() => ({ summary: null, marked: [] }));
  const rowCache: ListRowCache = new WeakMap();
  let verdictCache = new WeakMap<JudgedRow['row'], GuardVerdict>();
  let verdictInputs: unknown[] = [];
  const rowMarks = createRowMarks(deps.win);
  let observed: Element[] = [];
  let cancelRead: (() => void) | undefined;
  const observer = new MutationObserver((records) => {
    if (!onlyOurMarks(records)) request();
  });
  /**
   * Selected rows by invoice number, as last seen in the DOM: a virtualised grid drops a
   * selected row from the DOM once it is scrolled away, and its export must still be judged.
   */
  let selected = new Map<string, JudgedRow>();
  /** Selected synced rows by number: they need no judging, but count as seen. */
  let selectedSynced = new Set<string>();
  let lastLists: InvoiceList[] = [];
  const rememberSelection = (judged: readonly JudgedRow[]) => {
    for (const j of judged) {
      const number = j.row.invoiceNumber;
      if (number === undefined) continue;
      if (isRowSelected(j.row)) selected.set(number, j);
      else selected.delete(number);
    }
    for (const row of lastLists.flatMap((list) => list.rows)) {
      if (!row.synced || row.invoiceNumber === undefined) continue;
      if (isRowSelected(row)) selectedSynced.add(row.invoiceNumber);
      else selectedSynced.delete(row.invoiceNumber);
    }
  };

  const judgeNow = (): JudgedRow[] | null => {
    if (deps.signal.aborted || onInvoicePage() || !deps.isContextValid()) return null;
    const { settings } = deps.settingsStore.getState();
    const root = deps.win.document.body ?? deps.win.document;
    const lists = readInvoiceLists(root, settings, rowCache);
    lastLists = lists;
    if (lists.length === 0) return null;
    follow(lists.map((list) => list.observed));
    const inputs = guardInputsFrom(deps);
    const key = [
      deps.calendarStore.getState(),
      settings,
      inputs.syncedDates,
      inputs.stale,
      inputs.today,
    ];
    if (!key.every((value, i) => value === verdictInputs[i])) {
      verdictInputs = key;
      verdictCache = new WeakMap();
    }
    return judgeListRows(
      lists.flatMap((list) => list.rows),
      inputs,
      verdictCache,
    );
  };

  /** Watches exactly these list elements (an observer cannot drop one target alone). */
  const follow = (elements: Element[]) => {
    if (elements.length === observed.length && elements.every((el, i) => el === observed[i])) {
      return;
    }
    observer.disconnect();
    observed = elements;
    for (const el of elements) observer.observe(el, OBSERVED);
  };

  const read = () => {
    cancelRead = undefined;
    const judged = judgeNow();
    if (judged === null) {
      selected = new Map();
      selectedSynced = new Set();
      follow([]);
      rowMarks.clear();
      if (store.getState().summary !== null) store.setState({ summary: null, marked: [] });
      return;
    }
    rememberSelection(judged);
    const marked = judged.filter((j) => MARKED_VERDICTS.has(j.verdict.kind));
    rowMarks.show(
      marked.map((j) => ({
        cell: j.row.dateCell,
        info: { verdict: j.verdict, invoiceNumber: j.row.invoiceNumber },
      })),
      observed,
    );
    const summary = summarizeList(judged);
    const before = store.getState();
    const same =
      before.marked.length === marked.length &&
      before.marked.every((m, i) => m.row === marked[i]?.row && m.verdict === marked[i]?.verdict) &&
      JSON.stringify(before.summary) === JSON.stringify(summary);
    if (!same) store.setState({ summary, marked });
  };

  function request() {
    if (deps.signal.aborted || cancelRead !== undefined) return;
    cancelRead = runSoon(deps.win, 0, read);
  }

  // Ticking a checkbox changes no text or attribute a framework must write: ask the event.
  deps.win.addEventListener(
    'change',
    (event) => {
      const target = event.target as Node | null;
      if (target && observed.some((el) => el.contains(target))) request();
    },
    { capture: true, passive: true, signal: deps.signal },
  );

  deps.signal.addEventListener('abort', () => {
    observer.disconnect();
    cancelRead?.();
    rowMarks.clear();
  });

  /**
   * How many selected invoices the guard could not judge: the selection the page states
   * minus the selected rows it has seen (in the DOM now, or remembered from an earlier read).
   */
  const uncheckedCount = (
    lists: readonly InvoiceList[],
    action: Element | null,
    rememberedOffScreen: number,
  ): number => {
    const announced = announcedSelection(lists, action);
    if (!announced) return 0;
    const shown = new Set<string | Element>();
    for (const row of lists.flatMap((list) => list.rows)) {
      if (isRowSelected(row)) shown.add(row.invoiceNumber ?? row.element);
    }
    const syncedOffScreen = [...selectedSynced].filter((number) => !shown.has(number)).length;
    const seen = shown.size + rememberedOffScreen + syncedOffScreen;
    return Math.max(0, announced.count - seen);
  };

  return {
    store,
    request,
    heldSelection(action = null) {
      const judged = judgeNow();
      if (!judged) return null;
      rememberSelection(judged);
      const inDom = new Set(judged.map((j) => j.row.invoiceNumber));
      const offScreen = [...selected.values()].filter((j) => !inDom.has(j.row.invoiceNumber));
      const held = [...judged.filter((j) => isRowSelected(j.row)), ...offScreen].filter((j) =>
        HELD_VERDICTS.has(j.verdict.kind),
      );
      const unchecked = uncheckedCount(lastLists, action, offScreen.length);
      const worst = worstVerdict(held) ?? (unchecked > 0 ? { kind: 'unreadable-date' } : null);
      return worst ? { held, unchecked, worst } : null;
    },
    marks: () => rowMarks.marks(),
  };
}
