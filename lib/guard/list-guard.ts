import { createStore, type StoreApi } from 'zustand/vanilla';
import { announcedSelection } from '../page/announced-selection';
import { type InvoiceList, type ListRowCache, readInvoiceLists } from '../page/list-reader';
import { anyRowSelected, isRowSelected } from '../page/list-selection';
import { createRowMarks, isRowMark, type RowMarks } from '../page/row-marks';
import { runSoon } from '../page/run-soon';
import type { GuardDeps } from './guard-controller';
import { guardInputsFrom } from './guard-inputs';
import type { GuardInputs, GuardVerdict } from './judge-reading';
import {
  createDateJudge,
  type DateJudge,
  DETAILED_VERDICTS,
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
   * The page was read again: re-reads the lists unless nothing they depend on changed (the
   * lists' own changes are followed by their observer).
   */
  refresh(): void;
  /** Every batch of the page's mutations: notes whether any fell outside the lists. */
  noteRecords(records: readonly MutationRecord[]): void;
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
 * True when every record is one of our marks being added or taken off by us. A mark removed
 * otherwise is worth a read: the host's re-render may have taken it off a row that needs it.
 */
function onlyOurMarks(records: readonly MutationRecord[], marks: RowMarks): boolean {
  return records.every(
    (r) =>
      r.type === 'childList' &&
      [...r.addedNodes].every((node) => isRowMark(node)) &&
      [...r.removedNodes].every((node) => marks.tookOff(node)),
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
  let judge: DateJudge | undefined;
  let judgeInputs: unknown[] = [];
  const rowMarks = createRowMarks(deps.win);
  let observed: Element[] = [];
  let cancelRead: (() => void) | undefined;
  /** Reads now, in place of a read on its way. */
  const readNow = () => {
    cancelRead?.();
    read(true);
  };
  // Rows that appear are read at once (the observer sees a task's changes together), before
  // the host's next frame draws them: they are drawn with their marks, and a recycled row is
  // read before it shows the next invoice.
  const observer = new MutationObserver((records) => {
    if (!onlyOurMarks(records, rowMarks)) readNow();
  });
  /**
   * Selected rows by invoice number, as last seen in the DOM: a virtualised grid drops a
   * selected row from the DOM once it is scrolled away, and its export must still be judged.
   */
  let selected = new Map<string, JudgedRow>();
  /** Selected synced rows by number: they need no judging, but count as seen. */
  let selectedSynced = new Set<string>();
  let lastLists: InvoiceList[] = [];
  /** Whether the last read read every row in full (else nothing was selected: see below). */
  let lastReadFull = false;
  const rememberSelection = (judged: readonly JudgedRow[]) => {
    if (!lastReadFull) return;
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

  /** What the verdicts depend on, by identity (stores replace their values on change). */
  const judgeKey = (inputs: Pick<GuardInputs, 'syncedDates' | 'stale' | 'today'>) => [
    deps.calendarStore.getState(),
    deps.settingsStore.getState().settings,
    inputs.syncedDates,
    inputs.stale,
    inputs.today,
  ];
  const sameKey = (key: unknown[]) => key.every((value, i) => value === judgeInputs[i]);
  /** Whether the page changed outside the lists since they were last read (a new list?). */
  let changedOutside = true;

  /**
   * Whether every row must be read to its number and status: at an export, and while rows
   * are selected or remembered as selected (a selection is matched up by invoice number).
   * Otherwise only the rows that would be marked or held are read past their date.
   */
  const selectionMatters = (root: ParentNode) =>
    selected.size > 0 ||
    selectedSynced.size > 0 ||
    (observed.length > 0 ? observed : [root]).some(anyRowSelected);

  const judgeNow = (everyRow = false): JudgedRow[] | null => {
    if (deps.signal.aborted || onInvoicePage() || !deps.isContextValid()) return null;
    const { settings } = deps.settingsStore.getState();
    const root = deps.win.document.body ?? deps.win.document;
    const inputs = guardInputsFrom(deps);
    const key = judgeKey(inputs);
    if (!judge || !sameKey(key)) {
      judgeInputs = key;
      judge = createDateJudge(inputs);
    }
    const judgeDate = judge;
    const allDetails = everyRow || selectionMatters(root);
    lastReadFull = allDetails;
    const lists = readInvoiceLists(root, settings, rowCache, {
      needsDetails: allDetails ? () => true : (date) => DETAILED_VERDICTS.has(judgeDate(date).kind),
    });
    lastLists = lists;
    if (lists.length === 0) return null;
    follow(lists.map((list) => list.observed));
    return judgeListRows(
      lists.flatMap((list) => list.rows),
      judgeDate,
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

  /** Reads the lists; `now`: the host is about to draw what changed, marks go in at once. */
  const read = (now = false) => {
    cancelRead = undefined;
    changedOutside = false;
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
      now,
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
    cancelRead = runSoon(deps.win, 0, () => read());
  }

  // Ticking a checkbox changes no text or attribute a framework must write: ask the event,
  // and read at once, before a scroll can recycle the ticked row for another invoice.
  deps.win.addEventListener(
    'change',
    (event) => {
      const target = event.target as Node | null;
      if (target && observed.some((el) => el.contains(target))) readNow();
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

  const outsideLists = (node: Node) =>
    !deps.isOwnNode(node) && !observed.some((list) => list.contains(node));

  return {
    store,
    request,
    refresh() {
      const unchanged =
        !changedOutside &&
        observed.length > 0 &&
        observed.every((list) => list.isConnected) &&
        sameKey(
          judgeKey({
            syncedDates: deps.syncedDates.current(),
            stale: deps.isStale(),
            today: deps.today(),
          }),
        );
      if (!unchanged) request();
    },
    noteRecords(records) {
      if (changedOutside) return;
      changedOutside = records.some((r) => r.type === 'childList' && outsideLists(r.target));
    },
    heldSelection(action = null) {
      const judged = judgeNow(true);
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
