import { createStore, type StoreApi } from 'zustand/vanilla';
import type { IsoDate } from '../calendar/iso-date';
import type { VerdictKind } from '../calendar/verdict-types';
import type { PageSeen } from '../messages';
import { controlsAmong, controlValues } from '../page/control-values';
import { dateLabelOf } from '../page/date-label-of';
import { exportActionsOnPage } from '../page/export-actions-on-page';
import { type ExportAttempt, installExportGuard } from '../page/export-guard';
import { createRelevanceFilter } from '../page/mutation-relevance';
import { type PageWatcher, watchPage } from '../page/page-watcher';
import { type InvoiceReading, readInvoice } from '../page/read-invoice';
import { OVERRIDE_REASON_MAX } from '../settings/audit-schema';
import {
  DEFAULT_ACCOUNTING_REFERENCE_LABELS,
  DEFAULT_ENTITY_LABELS,
  DEFAULT_INVOICE_NUMBER_LABELS,
  DEFAULT_SYNC_STATUS_LABELS,
} from '../settings/defaults';
import type { LearnedLabel } from '../settings/learned-labels';
import type { AuditRecordInput, CalendarStore, SettingsStore } from '../settings/stores';
import type { SyncedDates } from '../settings/synced-dates-schema';
import type { ExportProblem } from './export-problem';
import { guardInputsFrom } from './guard-inputs';
import { looksLikeInvoiceUrl } from './invoice-url';
import { type GuardVerdict, judgeReading, originalDateToRemember } from './judge-reading';
import { type BulkHold, type ListGuard, startListGuard } from './list-guard';

/** What the overlay shows; one store per tab, read by the React overlay. */
export interface GuardState {
  /** The invoice on the page, or `null` when the page shows none (a list, a dashboard). */
  reading: InvoiceReading | null;
  verdict: GuardVerdict | null;
  /** The export the user is being asked about, while the dialog is open. */
  attempt: ExportAttempt | null;
  /** Export anyway is logging the override and running the export: it cannot be pressed again. */
  exporting: boolean;
  /** Why the last Export anyway ran nothing; the dialog says so and keeps holding. */
  exportProblem: ExportProblem | null;
  mode: 'warn' | 'block';
  /** The user writes dates day-first: dates to copy onto the page are written that way. */
  dayFirst: boolean;
  /** Export anyway needs a reason typed in the dialog (a setting, or the organization's policy). */
  reasonRequired: boolean;
  /** The extension was updated or reloaded under this tab: it can no longer judge. */
  orphaned: boolean;
  /**
   * The organization's policy is not known yet: neither the browser (seconds late at a
   * Chromium start) nor the copy kept from the last start has answered. It may forbid Export
   * anyway, so that waits until it is known.
   */
  policyPending: boolean;
  /** On a list page, the selected invoices that held the export (the dialog lists them). */
  bulk?: BulkHold | null;
}

/** Everything the guard needs from its surroundings, injected so tests can drive it. */
export interface GuardDeps {
  win: Window;
  signal: AbortSignal;
  calendarStore: CalendarStore;
  settingsStore: SettingsStore;
  syncedDates: {
    current(): SyncedDates;
    remember(invoiceNumber: string, date: IsoDate): void;
    subscribe(listener: () => void): () => void;
  };
  /** True when a remote calendar is past its maximum age without a good fetch. */
  isStale(): boolean;
  /**
   * Settles when the stores have read storage. Until then store changes do not trigger
   * re-reads (start-up would read the page once per store); a click still judges at once.
   */
  ready?: Promise<unknown>;
  /**
   * Settles once the organization's policy has been read (it may forbid Export anyway). The
   * verdict does not wait for it; Export anyway does (see {@link GuardState.policyPending}).
   */
  policyReady?: Promise<unknown>;
  /** Further stores whose changes can move a verdict (the remote calendar's status). */
  alsoFollow?: ReadonlyArray<{ subscribe(listener: () => void): () => void }>;
  today(): IsoDate;
  /** False once the extension context is gone (update or reload under an open tab). */
  isContextValid(): boolean;
  reportVerdict(kind: VerdictKind | null): void;
  recordOverride(record: AuditRecordInput): Promise<void>;
  /** Our own overlay: its mutations must not wake the page watcher. */
  isOwnNode(node: Node): boolean;
  /** Adds a label the user taught to the invoice-date labels in settings. */
  addInvoiceDateLabel?(label: string): Promise<LearnedLabel>;
}

/** What teaching the guard a date label came to, in a sentence for the banner. */
export interface TeachOutcome {
  learned: boolean;
  message: string;
}

/** The controller handed to the overlay. */
export interface GuardController {
  store: StoreApi<GuardState>;
  /** The invoice list on the page, if any (marks, summary, bulk export); absent in tests' fakes. */
  list?: ListGuard;
  /** Re-reads the page and re-judges now. */
  refresh(): void;
  /**
   * What the guard sees on the page now: where it read the dates, and the export actions it
   * would hold (the popup's diagnostics). Looks the actions up when asked, not on every read.
   */
  seen(): PageSeen;
  /** Calls `listener` after every re-read of the page, changed or not (cheap checks only). */
  onPageChange(listener: () => void): void;
  /** The user chose Cancel (or Escape): nothing is exported. */
  cancel(): void;
  /**
   * The user chose Export anyway. Only a trusted event counts (a script on the host page
   * cannot click it for them); the override is logged, with who (the name in settings) and
   * the `reason` typed in the dialog, before the action runs once. Without a reason where one
   * is required, nothing runs.
   */
  exportAnyway(event: { isTrusted: boolean }, reason?: string): Promise<boolean>;
  /**
   * The user picked `element` as the invoice date: learn the label the page shows it under
   * and judge again at once; when it shows no readable date or no usable label, change nothing.
   */
  learnDateLabel(element: Element): Promise<TeachOutcome>;
}

const OTHER_LABELS = [
  ...DEFAULT_INVOICE_NUMBER_LABELS,
  ...DEFAULT_ACCOUNTING_REFERENCE_LABELS,
  ...DEFAULT_SYNC_STATUS_LABELS,
  ...DEFAULT_ENTITY_LABELS,
];

const labelWordsCache = new WeakMap<object, readonly string[]>();

/** The words of every label the reader looks for, once per settings object. */
function labelWordsOf(settings: {
  invoiceDateLabels: readonly string[];
  postingDateLabels: readonly string[];
}): readonly string[] {
  let words = labelWordsCache.get(settings);
  if (!words) {
    const labels = [...settings.invoiceDateLabels, ...settings.postingDateLabels, ...OTHER_LABELS];
    words = [...new Set(labels.flatMap((label) => label.toLowerCase().match(/[a-z]{3,}/g) ?? []))];
    labelWordsCache.set(settings, words);
  }
  return words;
}

/** Verdicts that let an export through without asking: open, and no calendar at all. */
const PASSES: ReadonlySet<VerdictKind> = new Set(['open', 'no-calendar']);

/**
 * The guard for one tab: reads the invoice, judges it, keeps the verdict current as the
 * single-page app changes, and stops exports that Intacct would refuse.
 */
export function startGuard(deps: GuardDeps): GuardController {
  const store = createStore<GuardState>()(() => ({
    reading: null,
    verdict: null,
    attempt: null,
    exporting: false,
    exportProblem: null,
    mode: 'warn',
    dayFirst: false,
    reasonRequired: false,
    orphaned: false,
    policyPending: deps.policyReady !== undefined,
    bulk: null,
  }));
  // The invoice list, when the page shows one instead of an invoice; read after each read here.
  const list = startListGuard(deps, () => store.getState().reading !== null);
  let bulk: BulkHold | null = null;
  void deps.policyReady?.finally(() => store.setState({ policyPending: false }));
  // What the last verdict was computed from: the snapshot by value (it is small), the rest by
  // identity (stores replace their values on change), so an unchanged page costs one read.
  let last: unknown[] = [];
  let reportedKind: VerdictKind | null | undefined;
  const pageListeners: Array<() => void> = [];

  // Made below, once the reading state it polls exists; every read tells it (afterRead).
  let watcher: PageWatcher | undefined;
  const refresh = () => {
    if (deps.signal.aborted) return;
    if (!deps.isContextValid()) {
      store.setState({ orphaned: true });
      return;
    }
    for (const listener of pageListeners) listener();
    list.refresh();
    const calendarState = deps.calendarStore.getState();
    const { settings } = deps.settingsStore.getState();
    const reading = readInvoice(deps.win.document.body ?? deps.win.document, settings);
    lastWatched = reading.watched ?? [];
    lastControls = controlsAmong(lastWatched);
    lastValues = controlValues(lastControls);
    watcher?.afterRead();
    const onInvoice = reading.isInvoice || looksLikeInvoiceUrl(deps.win.location.pathname);
    const synced = deps.syncedDates.current();
    const inputs = guardInputsFrom(deps);
    const next = [
      onInvoice,
      JSON.stringify(reading.snapshot),
      JSON.stringify(reading.sources),
      reading.dateElement,
      calendarState,
      settings,
      synced,
      inputs.stale,
      inputs.today,
    ];
    // Nothing that matters changed: no verdict, no render, no message.
    if (next.length === last.length && next.every((value, i) => value === last[i])) return;
    last = next;

    const verdict = onInvoice ? judgeReading(reading, inputs) : null;
    store.setState({
      reading: onInvoice ? reading : null,
      verdict,
      mode: settings.mode,
      dayFirst: settings.dayFirst,
      reasonRequired: settings.requireOverrideReason === true,
    });
    if (reportedKind !== (verdict?.kind ?? null)) {
      reportedKind = verdict?.kind ?? null;
      deps.reportVerdict(reportedKind);
    }
    const remember = onInvoice ? originalDateToRemember(reading.snapshot, synced) : null;
    if (remember && reading.snapshot.invoiceNumber) {
      deps.syncedDates.remember(reading.snapshot.invoiceNumber, remember);
    }
  };

  installExportGuard({
    win: deps.win,
    signal: deps.signal,
    exportWords: () => deps.settingsStore.getState().settings.exportWords,
    shouldIntercept: (action) => {
      // Judge what the page shows at this very moment, not what the last batch saw.
      last = [];
      refresh();
      // A newer copy of the guard claimed the page while we were asked: it answers instead.
      if (deps.signal.aborted) return false;
      const { verdict, orphaned } = store.getState();
      if (orphaned) return true;
      // No invoice on the page: the selected rows of a list are judged instead.
      bulk = verdict === null ? list.heldSelection(action) : null;
      return bulk !== null || (verdict !== null && !PASSES.has(verdict.kind));
    },
    onIntercept: (attempt) =>
      store.setState({ attempt, bulk, exporting: false, exportProblem: null }),
  });

  let lastWatched: readonly Element[] = [];
  let lastControls: readonly HTMLInputElement[] = [];
  let lastValues = '';
  const isRelevant = createRelevanceFilter({
    watched: () => lastWatched,
    labelWords: () => labelWordsOf(deps.settingsStore.getState().settings),
    isOwnNode: deps.isOwnNode,
  });
  // Until the stores have read storage, neither page nor store changes are worth a read: the
  // read made once they are ready sees the page as it is then (a click still judges at once).
  let hydrated = deps.ready === undefined;
  const refreshOnceReady = () => {
    if (hydrated) refresh();
  };
  // Every read but a click's goes through the watcher's batching (page-watcher.ts).
  watcher = watchPage({
    win: deps.win,
    signal: deps.signal,
    onChange: refreshOnceReady,
    ignore: deps.isOwnNode,
    onRecords: list.noteRecords,
    isRelevant,
    // A field the host blanks and refills by script (a skeleton loader) tells no one. Only
    // form controls can change that way: a page whose reading used none is not polled.
    changedSinceRead: () => controlValues(lastControls) !== lastValues,
    pollWhile: () => lastControls.length > 0,
  });
  const requestRead = watcher.request;
  const unsubscribers = [
    deps.calendarStore.subscribe(requestRead),
    deps.settingsStore.subscribe(requestRead),
    deps.syncedDates.subscribe(requestRead),
    ...(deps.alsoFollow ?? []).map((source) => source.subscribe(requestRead)),
  ];
  // Time moves verdicts too: a new day (closing-soon counts, today's date) and a team
  // calendar passing its maximum age. Once a minute is plenty and costs one read.
  const clock = setInterval(requestRead, 60_000);
  deps.signal.addEventListener('abort', () => {
    clearInterval(clock);
    for (const unsubscribe of unsubscribers) unsubscribe();
  });
  if (hydrated) {
    refresh();
  } else {
    // One read once everything is loaded, whether or not loading went well, in a task of its
    // own: the one that read storage also hydrated the stores, and the two together would
    // make one long task on a big page.
    void deps.ready?.finally(() => {
      hydrated = true;
      requestRead();
    });
  }

  return {
    store,
    list,
    refresh,
    seen() {
      const { reading } = store.getState();
      const { exportWords } = deps.settingsStore.getState().settings;
      return {
        ...reading?.sources,
        exportActions: exportActionsOnPage(deps.win.document, exportWords),
      };
    },
    onPageChange: (listener) => pageListeners.push(listener),
    cancel() {
      // Not while the override is being logged: it would be logged for an export never run.
      if (store.getState().exporting) return;
      store.getState().attempt?.dismiss();
      store.setState({ attempt: null, bulk: null, exportProblem: null });
    },
    async exportAnyway(event, reason) {
      const state = store.getState();
      const { attempt, verdict, reading, mode, orphaned, policyPending, bulk: held } = state;
      // A policy still being read may say block: no override until it has been read.
      if (!attempt || state.exporting || !event.isTrusted || mode === 'block') return false;
      if (orphaned || policyPending) return false;
      const why = reason?.trim().slice(0, OVERRIDE_REASON_MAX) || undefined;
      const { userName, requireOverrideReason } = deps.settingsStore.getState().settings;
      if (requireOverrideReason && !why) return false;
      // The button the user chose, or the one the host re-rendered in its place; never a guess.
      const target = attempt.liveAction();
      if (!target) {
        store.setState({ exportProblem: 'action-changed' });
        return false;
      }
      store.setState({ exporting: true, exportProblem: null });
      try {
        const url = deps.win.location.href.slice(0, 2000);
        // A bulk export is logged once per invoice it was held for.
        const overridden = held
          ? held.held.map((h) => ({ invoiceNumber: h.row.invoiceNumber, verdict: h.verdict }))
          : [{ invoiceNumber: reading?.snapshot.invoiceNumber, verdict }];
        for (const { invoiceNumber, verdict: judged } of overridden) {
          await deps.recordOverride({
            invoiceNumber,
            date: judged?.date,
            verdict: judged?.kind ?? 'unreadable-date',
            period: judged?.period?.name,
            url,
            ...(userName ? { who: userName } : {}),
            ...(why ? { reason: why } : {}),
          });
        }
        // Selected invoices never on the page: one record saying how many went out unchecked.
        if (held && held.unchecked > 0) {
          await deps.recordOverride({
            verdict: 'unreadable-date',
            unverified: held.unchecked,
            url,
            ...(userName ? { who: userName } : {}),
            ...(why ? { reason: why } : {}),
          });
        }
      } catch {
        // No override without its record, and no silent failure: the dialog says so and holds.
        store.setState({ exporting: false, exportProblem: 'not-logged' });
        return false;
      }
      store.setState({ attempt: null, bulk: null, exporting: false });
      // The host may have re-rendered during the write: run what now stands in its place.
      return attempt.replay(target.isConnected ? target : (attempt.liveAction() ?? target));
    },
    async learnDateLabel(element) {
      const { settings } = deps.settingsStore.getState();
      const found = dateLabelOf(element, deps.win.document.body ?? deps.win.document, {
        dayFirst: settings.dayFirst,
        refuse: settings.postingDateLabels,
      });
      if (!found.ok) return { learned: false, message: UNTAUGHT[found.why] };
      let added: LearnedLabel;
      try {
        added = (await deps.addInvoiceDateLabel?.(found.label)) ?? 'managed';
      } catch {
        return {
          learned: false,
          message: `“${found.label}” could not be saved in the settings. Nothing was changed.`,
        };
      }
      if (added === 'managed') {
        return {
          learned: false,
          message: `Your organization sets the invoice date labels. Ask your admin to add “${found.label}”.`,
        };
      }
      // Judge the page again now, by the settings just saved.
      last = [];
      refresh();
      return {
        learned: true,
        message: `Period Guard now reads “${found.label}” as the invoice date. It is listed under Page reading in the settings, where you can remove it.`,
      };
    },
  };
}

/** Why a pick taught nothing, said so the user knows what to try next. */
const UNTAUGHT = {
  'no-date':
    'That is not a date Period Guard can read. Nothing was changed: click the invoice date itself.',
  'no-label':
    'Period Guard found no label for that date that it could use. Nothing was changed: add the label under Page reading in the settings.',
} as const;
