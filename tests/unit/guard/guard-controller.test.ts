import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Calendar } from '../../../lib/calendar/model';
import type { VerdictKind } from '../../../lib/calendar/verdict-types';
import { type GuardDeps, startGuard } from '../../../lib/guard/guard-controller';
import { storedCalendar } from '../../../lib/settings/items';
import { addInvoiceDateLabel } from '../../../lib/settings/learned-labels';
import { createCalendarStore, createSettingsStore } from '../../../lib/settings/stores';
import type { SyncedDates } from '../../../lib/settings/synced-dates-schema';
import { writeStored } from '../../../lib/settings/validated';
import { closedThroughSeptember } from '../../support/calendars';

const CALENDAR = closedThroughSeptember;

/** Every guard a test starts; stopped after each test so none leaks into the next. */
const started: AbortController[] = [];

function invoicePage(date: string, extra = '') {
  document.body.innerHTML = `
    <main>
      <label for="num">Invoice Number</label><input id="num" value="INV-1001">
      <label for="date">Invoice Date</label><input id="date" value="${date}">
      <label for="due">Due Date</label><input id="due" value="12/31/2026">
      ${extra}
      <button id="export">Export</button>
    </main>`;
}

async function setUp(
  options: {
    calendar?: Calendar | null;
    synced?: SyncedDates;
    policyReady?: Promise<unknown>;
    /** The organization's policy sets the invoice-date labels. */
    labelsManaged?: boolean;
    /** Stands in for the audit log's write (the default keeps every record). */
    recordOverride?: GuardDeps['recordOverride'];
  } = {},
) {
  if (options.calendar !== null) await writeStored(storedCalendar, options.calendar ?? CALENDAR);
  const calendarStore = createCalendarStore();
  const settingsStore = createSettingsStore();
  await Promise.all([calendarStore.whenReady, settingsStore.whenReady]);
  const reported: Array<VerdictKind | null> = [];
  const overrides: unknown[] = [];
  const remembered: Array<[string, string]> = [];
  let synced: SyncedDates = options.synced ?? {};
  let contextValid = true;
  const exports: string[] = [];
  document.getElementById('export')?.addEventListener('click', () => exports.push('export'));
  const controller = new AbortController();
  started.push(controller);
  const deps: GuardDeps = {
    win: window,
    signal: controller.signal,
    calendarStore,
    settingsStore,
    syncedDates: {
      current: () => synced,
      remember: (invoice, date) => {
        remembered.push([invoice, date]);
        synced = { ...synced, [invoice]: date };
      },
      subscribe: () => () => {},
    },
    isStale: () => false,
    today: () => '2026-10-05',
    isContextValid: () => contextValid,
    reportVerdict: (kind) => reported.push(kind),
    recordOverride:
      options.recordOverride ??
      (async (record) => {
        overrides.push(record);
      }),
    isOwnNode: () => false,
    addInvoiceDateLabel: (label) =>
      addInvoiceDateLabel(
        settingsStore,
        {
          getState: () => ({ flags: { invoiceDateLabels: options.labelsManaged === true } }),
        } as never,
        label,
      ),
    ...(options.policyReady ? { policyReady: options.policyReady } : {}),
  };
  const guard = startGuard(deps);
  return {
    guard,
    reported,
    overrides,
    remembered,
    exports,
    controller,
    calendarStore,
    settingsStore,
    loseContext: () => {
      contextValid = false;
    },
  };
}

const trusted = { isTrusted: true };

describe('startGuard', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const controller of started.splice(0)) controller.abort();
    document.body.textContent = '';
  });

  it('judges the invoice on the page and reports the verdict for the badge', async () => {
    invoicePage('09/15/2026');
    const { guard, reported } = await setUp();
    expect(guard.store.getState().verdict?.kind).toBe('closed');
    expect(guard.store.getState().verdict?.firstOpenDay).toBe('2026-10-01');
    expect(reported).toEqual(['closed']);
  });

  it('holds an export in a closed period; Cancel runs nothing', async () => {
    invoicePage('09/15/2026');
    const { guard, exports } = await setUp();
    document.getElementById('export')?.click();
    expect(guard.store.getState().attempt).not.toBeNull();
    guard.cancel();
    expect(guard.store.getState().attempt).toBeNull();
    expect(exports).toEqual([]);
  });

  it('Export anyway logs the override, then runs the export exactly once', async () => {
    invoicePage('09/15/2026');
    const { guard, exports, overrides } = await setUp();
    document.getElementById('export')?.click();
    expect(await guard.exportAnyway(trusted)).toBe(true);
    expect(await guard.exportAnyway(trusted)).toBe(false);
    expect(exports).toEqual(['export']);
    expect(overrides).toEqual([
      expect.objectContaining({
        invoiceNumber: 'INV-1001',
        date: '2026-09-15',
        verdict: 'closed',
        period: 'Sep 2026',
      }),
    ]);
  });

  it('logs who chose Export anyway (the name in settings) and the reason typed', async () => {
    invoicePage('09/15/2026');
    const { guard, overrides, settingsStore } = await setUp();
    await settingsStore.getState().update({ userName: 'Dana Reyes' });
    document.getElementById('export')?.click();
    expect(await guard.exportAnyway(trusted, '  Customer approved the September date  ')).toBe(
      true,
    );
    expect(overrides).toEqual([
      expect.objectContaining({
        invoiceNumber: 'INV-1001',
        who: 'Dana Reyes',
        reason: 'Customer approved the September date',
      }),
    ]);
  });

  it('logs neither who nor why when no name is set and no reason was typed', async () => {
    invoicePage('09/15/2026');
    const { guard, overrides } = await setUp();
    document.getElementById('export')?.click();
    expect(await guard.exportAnyway(trusted, '   ')).toBe(true);
    expect(overrides[0]).not.toHaveProperty('who');
    expect(overrides[0]).not.toHaveProperty('reason');
  });

  it('runs nothing without a reason where one is required, and runs once one is given', async () => {
    invoicePage('09/15/2026');
    const { guard, overrides, exports, settingsStore } = await setUp();
    await settingsStore.getState().update({ requireOverrideReason: true });
    document.getElementById('export')?.click();
    await vi.waitFor(() => expect(guard.store.getState().reasonRequired).toBe(true));
    expect(await guard.exportAnyway(trusted)).toBe(false);
    expect(await guard.exportAnyway(trusted, ' ')).toBe(false);
    expect(overrides).toEqual([]);
    expect(exports).toEqual([]);
    expect(guard.store.getState().attempt).not.toBeNull();
    expect(await guard.exportAnyway(trusted, 'Approved by Sam')).toBe(true);
    expect(overrides).toEqual([expect.objectContaining({ reason: 'Approved by Sam' })]);
    expect(exports).toEqual(['export']);
  });

  it('runs and logs once for a double click on Export anyway, disabled while it runs', async () => {
    invoicePage('09/15/2026');
    let written: () => void = () => {};
    const records: unknown[] = [];
    const { guard, exports } = await setUp({
      recordOverride: (record) =>
        new Promise<void>((resolve) => {
          records.push(record);
          written = resolve;
        }),
    });
    document.getElementById('export')?.click();
    const first = guard.exportAnyway(trusted);
    expect(guard.store.getState().exporting).toBe(true);
    const second = guard.exportAnyway(trusted);
    written();
    expect(await Promise.all([first, second])).toEqual([true, false]);
    expect(records).toHaveLength(1);
    expect(exports).toEqual(['export']);
    expect(guard.store.getState()).toMatchObject({ attempt: null, exporting: false });
  });

  it('keeps holding, runs nothing and says so when the override cannot be logged', async () => {
    invoicePage('09/15/2026');
    let failing = true;
    const records: unknown[] = [];
    const { guard, exports } = await setUp({
      recordOverride: async (record) => {
        if (failing) throw new Error('QUOTA_BYTES quota exceeded');
        records.push(record);
      },
    });
    document.getElementById('export')?.click();
    expect(await guard.exportAnyway(trusted)).toBe(false);
    expect(exports).toEqual([]);
    expect(guard.store.getState()).toMatchObject({ exporting: false, exportProblem: 'not-logged' });
    expect(guard.store.getState().attempt).not.toBeNull();
    // Once the log can be written again, the same dialog can go ahead.
    failing = false;
    expect(await guard.exportAnyway(trusted)).toBe(true);
    expect(exports).toEqual(['export']);
    expect(records).toHaveLength(1);
    expect(guard.store.getState().exportProblem).toBeNull();
  });

  it('does not cancel while the override is being logged, so what is logged also runs', async () => {
    invoicePage('09/15/2026');
    let written: () => void = () => {};
    const { guard, exports } = await setUp({
      recordOverride: () =>
        new Promise<void>((resolve) => {
          written = resolve;
        }),
    });
    document.getElementById('export')?.click();
    const running = guard.exportAnyway(trusted);
    guard.cancel();
    written();
    expect(await running).toBe(true);
    expect(exports).toEqual(['export']);
  });

  it('logs and runs nothing when the host replaced the button with look-alikes it cannot tell apart', async () => {
    invoicePage('09/15/2026');
    const { guard, exports, overrides } = await setUp();
    document.getElementById('export')?.click();
    const main = document.querySelector('main') as HTMLElement;
    document.getElementById('export')?.remove();
    const runs: string[] = [];
    for (const name of ['a', 'b']) {
      const button = document.createElement('button');
      button.textContent = 'Export';
      button.addEventListener('click', () => runs.push(name));
      main.append(button);
    }
    expect(await guard.exportAnyway(trusted)).toBe(false);
    expect(guard.store.getState().exportProblem).toBe('action-changed');
    expect(overrides).toEqual([]);
    expect([...exports, ...runs]).toEqual([]);
  });

  it('ignores an Export anyway that a script, not the user, clicked', async () => {
    invoicePage('09/15/2026');
    const { guard, exports, overrides } = await setUp();
    document.getElementById('export')?.click();
    expect(await guard.exportAnyway({ isTrusted: false })).toBe(false);
    expect(exports).toEqual([]);
    expect(overrides).toEqual([]);
  });

  it('offers no Export anyway in block mode', async () => {
    invoicePage('09/15/2026');
    const { guard, exports, settingsStore } = await setUp();
    await settingsStore.getState().update({ mode: 'block' });
    document.getElementById('export')?.click();
    expect(guard.store.getState().mode).toBe('block');
    expect(await guard.exportAnyway(trusted)).toBe(false);
    expect(exports).toEqual([]);
  });

  it('hands the overlay the user’s day-first setting, and follows a change of it', async () => {
    invoicePage('09/15/2026');
    const { guard, settingsStore } = await setUp();
    expect(guard.store.getState().dayFirst).toBe(false);
    await settingsStore.getState().update({ dayFirst: true });
    // A settings change is read in the watcher's next batch; a click reads at once.
    guard.refresh();
    expect(guard.store.getState().dayFirst).toBe(true);
  });

  describe('taught the invoice date by the user', () => {
    const billDatePage = () => {
      document.body.innerHTML = `
        <main>
          <label for="num">Invoice Number</label><input id="num" value="INV-1001">
          <label for="cust">Customer</label><input id="cust" value="Harbor Mechanical">
          <label for="bill">Bill Date</label><input id="bill" value="09/15/2026">
          <label for="due">Due Date</label><input id="due" value="12/31/2026">
          <button id="export">Export</button>
        </main>`;
    };
    const picked = (id: string) => document.getElementById(id) as Element;

    it('learns the label, saves it in the settings and judges again at once', async () => {
      billDatePage();
      const { guard, settingsStore } = await setUp();
      expect(guard.store.getState().verdict?.kind).toBe('unreadable-date');
      const outcome = await guard.learnDateLabel(picked('bill'));
      expect(outcome).toMatchObject({ learned: true });
      expect(outcome.message).toContain('“Bill Date”');
      expect(settingsStore.getState().settings.invoiceDateLabels).toContain('Bill Date');
      expect(guard.store.getState().verdict?.kind).toBe('closed');
    });

    it('changes nothing, and says why, when the pick shows no date', async () => {
      billDatePage();
      const { guard, settingsStore } = await setUp();
      const before = settingsStore.getState().settings;
      const outcome = await guard.learnDateLabel(picked('cust'));
      expect(outcome).toMatchObject({ learned: false });
      expect(outcome.message).toMatch(/not a date Period Guard can read. Nothing was changed/);
      expect(settingsStore.getState().settings).toBe(before);
      expect(guard.store.getState().verdict?.kind).toBe('unreadable-date');
    });

    it('changes nothing when the policy sets the labels, and says whom to ask', async () => {
      billDatePage();
      const { guard, settingsStore } = await setUp({ labelsManaged: true });
      const before = settingsStore.getState().settings;
      const outcome = await guard.learnDateLabel(picked('bill'));
      expect(outcome).toEqual({
        learned: false,
        message:
          'Your organization sets the invoice date labels. Ask your admin to add “Bill Date”.',
      });
      expect(settingsStore.getState().settings).toBe(before);
    });
  });

  it('judges without waiting for the policy, but allows no override until it is read', async () => {
    invoicePage('09/15/2026');
    let policyRead: () => void = () => {};
    const policyReady = new Promise<void>((resolve) => {
      policyRead = resolve;
    });
    const { guard, exports, overrides } = await setUp({ policyReady });
    expect(guard.store.getState().verdict?.kind).toBe('closed');
    expect(guard.store.getState().policyPending).toBe(true);
    document.getElementById('export')?.click();
    expect(guard.store.getState().attempt).not.toBeNull();
    expect(await guard.exportAnyway(trusted)).toBe(false);
    expect(exports).toEqual([]);
    expect(overrides).toEqual([]);
    policyRead();
    await policyReady;
    await Promise.resolve();
    expect(guard.store.getState().policyPending).toBe(false);
    expect(await guard.exportAnyway(trusted)).toBe(true);
    expect(exports).toEqual(['export']);
  });

  it('lets an export in an open period straight through', async () => {
    invoicePage('10/15/2026');
    const { guard, exports } = await setUp();
    document.getElementById('export')?.click();
    expect(guard.store.getState().verdict?.kind).toBe('open');
    expect(exports).toEqual(['export']);
  });

  it('judges the date as it is at the click, even before the observer caught up', async () => {
    invoicePage('10/15/2026');
    const { guard, exports } = await setUp();
    (document.getElementById('date') as HTMLInputElement).value = '09/15/2026';
    document.getElementById('export')?.click();
    expect(exports).toEqual([]);
    expect(guard.store.getState().verdict?.kind).toBe('closed');
  });

  it('blocks an unreadable date rather than letting it through', async () => {
    invoicePage('someday');
    const { guard, exports } = await setUp();
    document.getElementById('export')?.click();
    expect(guard.store.getState().verdict?.kind).toBe('unreadable-date');
    expect(exports).toEqual([]);
  });

  it('with no calendar at all, warns but does not block', async () => {
    invoicePage('09/15/2026');
    const { guard, exports } = await setUp({ calendar: null });
    document.getElementById('export')?.click();
    expect(guard.store.getState().verdict?.kind).toBe('no-calendar');
    expect(exports).toEqual(['export']);
  });

  it('remembers the first date of a synced invoice and judges re-syncs by it', async () => {
    invoicePage(
      '10/15/2026',
      '<label for="ref">Accounting Reference ID</label><input id="ref" value="SI-778">',
    );
    const first = await setUp({ synced: { 'INV-1001': '2026-09-20' } });
    expect(first.guard.store.getState().verdict?.kind).toBe('synced-closed');
    expect(first.guard.store.getState().verdict?.date).toBe('2026-09-20');
    expect(first.remembered).toEqual([]);
    first.controller.abort();
  });

  it('records the original date the first time a synced invoice is seen', async () => {
    invoicePage(
      '10/15/2026',
      '<label for="ref">Accounting Reference ID</label><input id="ref" value="SI-778">',
    );
    const { remembered, guard } = await setUp();
    expect(remembered).toEqual([['INV-1001', '2026-10-15']]);
    expect(guard.store.getState().verdict?.kind).toBe('open');
  });

  it('follows calendar changes made elsewhere', async () => {
    invoicePage('10/15/2026');
    const { guard, calendarStore } = await setUp();
    await calendarStore.getState().setClosedThrough('GL', '2026-10-31');
    // The re-read goes through the watcher's batching (page-watcher.ts): a task later.
    await vi.waitFor(() => expect(guard.store.getState().verdict?.kind).toBe('closed'));
  });

  it('follows edits of the date field', async () => {
    vi.useFakeTimers();
    try {
      invoicePage('10/15/2026');
      const { guard } = await setUp();
      const input = document.getElementById('date') as HTMLInputElement;
      input.value = '09/15/2026';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(100);
      expect(guard.store.getState().verdict?.kind).toBe('closed');
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows a date field that a script blanks and refills without any event', async () => {
    vi.useFakeTimers();
    try {
      invoicePage('10/15/2026');
      const { guard } = await setUp();
      const input = document.getElementById('date') as HTMLInputElement;
      input.value = ''; // a skeleton loader: no mutation, no input event
      await vi.advanceTimersByTimeAsync(300);
      expect(guard.store.getState().verdict?.kind).toBe('unreadable-date');
      input.value = '09/15/2026';
      await vi.advanceTimersByTimeAsync(300);
      expect(guard.store.getState().verdict?.kind).toBe('closed');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps holding exports after the extension context is lost, asking for a reload', async () => {
    invoicePage('10/15/2026');
    const { guard, exports, loseContext } = await setUp();
    loseContext();
    document.getElementById('export')?.click();
    expect(guard.store.getState().orphaned).toBe(true);
    expect(guard.store.getState().attempt).not.toBeNull();
    expect(await guard.exportAnyway(trusted)).toBe(false);
    expect(exports).toEqual([]);
  });

  it('treats a list page as no invoice: no verdict, exports untouched', async () => {
    document.body.innerHTML = `<table><tr><th>Invoice #</th><th>Invoice Date</th></tr>
      <tr><td>INV-1</td><td>09/15/2026</td></tr><tr><td>INV-2</td><td>09/16/2026</td></tr></table>
      <button id="export">Export</button>`;
    const { guard, exports, reported } = await setUp();
    document.getElementById('export')?.click();
    expect(guard.store.getState().verdict).toBeNull();
    expect(reported).toEqual([null]);
    expect(exports).toEqual(['export']);
  });
});

describe('startGuard: what it sees', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const controller of started.splice(0)) controller.abort();
    document.body.textContent = '';
  });

  it('says where it read the date and which export actions it would hold', async () => {
    invoicePage('09/15/2026', '<button>Export PDF</button><a href="#s">Sync to Intacct</a>');
    const { guard } = await setUp();
    expect(guard.seen()).toEqual({
      invoiceDate: { label: 'Invoice Date', text: '09/15/2026', kind: 'field' },
      exportActions: { names: ['Sync to Intacct', 'Export'], count: 2 },
    });
  });

  it('follows a relabelled field even when the date stays the same', async () => {
    invoicePage('09/15/2026');
    const { guard } = await setUp();
    (document.querySelector('label[for="date"]') as HTMLElement).textContent = 'Issue Date';
    guard.refresh();
    expect(guard.seen().invoiceDate?.label).toBe('Issue Date');
  });
});

describe('startGuard while the host has a menu or dialog open', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const controller of started.splice(0)) controller.abort();
    document.body.textContent = '';
  });

  it('holds a menu item chosen while the app root is aria-hidden, on the real verdict', async () => {
    invoicePage('09/15/2026');
    const { guard } = await setUp();
    const root = document.querySelector('main') as HTMLElement;
    // What Material UI's Menu does on open: a modal root in a portal, the app root aria-hidden.
    root.setAttribute('aria-hidden', 'true');
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div role="presentation" class="MuiPopover-root MuiMenu-root MuiModal-root">
        <div aria-hidden="true" class="MuiBackdrop-root"></div>
        <div class="MuiPaper-root"><ul role="menu">
          <li role="menuitem" tabindex="0" id="sync">Sync to Intacct</li>
        </ul></div></div>`,
    );
    const synced: string[] = [];
    document.getElementById('sync')?.addEventListener('click', () => synced.push('sync'));
    document.getElementById('sync')?.click();
    expect(guard.store.getState().attempt).not.toBeNull();
    expect(guard.store.getState().verdict?.kind).toBe('closed');
    expect(synced).toEqual([]);
  });
});

describe('startGuard over time', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const controller of started.splice(0)) controller.abort();
    document.body.textContent = '';
    vi.useRealTimers();
  });

  it('re-judges once a minute, so a calendar passing its maximum age turns stale', async () => {
    invoicePage('10/15/2026');
    await writeStored(storedCalendar, CALENDAR);
    const calendarStore = createCalendarStore();
    const settingsStore = createSettingsStore();
    await Promise.all([calendarStore.whenReady, settingsStore.whenReady]);
    vi.useFakeTimers();
    let stale = false;
    const controller = new AbortController();
    started.push(controller);
    const guard = startGuard({
      win: window,
      signal: controller.signal,
      calendarStore,
      settingsStore,
      syncedDates: { current: () => ({}), remember: () => {}, subscribe: () => () => {} },
      isStale: () => stale,
      today: () => '2026-10-05',
      isContextValid: () => true,
      reportVerdict: () => {},
      recordOverride: async () => {},
      isOwnNode: () => false,
    });
    expect(guard.store.getState().verdict?.kind).toBe('open');
    stale = true;
    await vi.advanceTimersByTimeAsync(59_000);
    expect(guard.store.getState().verdict?.kind).toBe('open');
    // The minute, then the watcher's next task (page-watcher.ts).
    await vi.advanceTimersByTimeAsync(1_025);
    expect(guard.store.getState().verdict?.kind).toBe('stale-calendar');
  });
});

describe('startGuard while the stores load', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const controller of started.splice(0)) controller.abort();
    document.body.textContent = '';
  });

  it('reads the page once when everything is loaded, and still holds a click before that', async () => {
    invoicePage('09/15/2026');
    await writeStored(storedCalendar, CALENDAR);
    const calendarStore = createCalendarStore();
    const settingsStore = createSettingsStore();
    let loaded: () => void = () => {};
    const ready = new Promise<void>((resolve) => {
      loaded = resolve;
    });
    const reported: Array<VerdictKind | null> = [];
    const controller = new AbortController();
    started.push(controller);
    const guard = startGuard({
      win: window,
      signal: controller.signal,
      calendarStore,
      settingsStore,
      ready,
      syncedDates: { current: () => ({}), remember: () => {}, subscribe: () => () => {} },
      isStale: () => false,
      today: () => '2026-10-05',
      isContextValid: () => true,
      reportVerdict: (kind) => reported.push(kind),
      recordOverride: async () => {},
      isOwnNode: () => false,
    });
    const reads = vi.fn();
    guard.onPageChange(reads);
    await Promise.all([calendarStore.whenReady, settingsStore.whenReady]);
    // The host page keeps drawing while storage loads: no read is worth it yet.
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: 'Invoice Date' }),
    );
    document.querySelector('input')?.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(reads).not.toHaveBeenCalled();
    expect(reported).toEqual([]);
    loaded();
    await ready;
    await Promise.resolve();
    expect(reads).not.toHaveBeenCalled(); // not in the task that read storage…
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reads).toHaveBeenCalledTimes(1); // …but in the next one
    expect(reported).toEqual(['closed']);
    expect(guard.store.getState().verdict?.kind).toBe('closed');
  });
});
