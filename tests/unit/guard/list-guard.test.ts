import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Calendar } from '../../../lib/calendar/model';
import { type GuardDeps, startGuard } from '../../../lib/guard/guard-controller';
import { MARK_TAG } from '../../../lib/page/row-mark';
import { storedCalendar } from '../../../lib/settings/items';
import { createCalendarStore, createSettingsStore } from '../../../lib/settings/stores';
import { writeStored } from '../../../lib/settings/validated';
import { closedThroughSeptember, oct, sep } from '../../support/calendars';

/** August locked, September closed, October open and closing in 2 days, November open. */
const CALENDAR: Calendar = {
  ...closedThroughSeptember,
  periods: [
    { name: 'Aug 2026', start: '2026-08-01', end: '2026-08-31', status: 'locked' },
    sep,
    { ...oct, closesOn: '2026-11-07' },
    { name: 'Nov 2026', start: '2026-11-01', end: '2026-11-30', status: 'open' },
  ],
};
const TODAY = '2026-11-05';

type Row = [number: string, date: string, sync: string];
const ROWS: Row[] = [
  ['INV-1', '09/15/2026', 'Not Synced'],
  ['INV-2', '08/20/2026', 'Not Synced'],
  ['INV-3', '10/12/2026', 'Not Synced'],
  ['INV-4', '11/02/2026', 'Not Synced'],
  ['INV-5', '09/03/2026', 'Synced'],
  ['INV-6', '10/20/2026', 'Not Synced'],
];

function listPage(rows: Row[] = ROWS) {
  document.body.innerHTML = `
    <button id="sync-selected">Sync selected</button>
    <table><thead><tr><th></th><th>Invoice #</th><th>Invoice Date</th><th>Sync Status</th></tr></thead>
    <tbody>${rows
      .map(
        ([n, d, s]) =>
          `<tr><td><input type="checkbox" aria-label="Select ${n}"></td><td>${n}</td><td>${d}</td><td>${s}</td></tr>`,
      )
      .join('')}</tbody></table>`;
}

/**
 * A virtualised grid of 2,000 invoices after "select all", as MUI X DataGrid draws it: the
 * header box ticked, `aria-rowcount` counting every row, the rendered rows selected, the
 * footer's count and the action's.
 */
function selectAllGridPage(rows: Row[], footer = '2,000 rows selected') {
  const cells = ([n, d, s]: Row, i: number) =>
    `<div role="row" aria-rowindex="${i + 2}" aria-selected="true"><div role="gridcell" data-field="__check__" aria-colindex="1"><input type="checkbox" aria-label="Unselect row" checked></div><div role="gridcell" data-field="number" aria-colindex="2">${n}</div><div role="gridcell" data-field="invoiceDate" aria-colindex="3">${d}</div><div role="gridcell" data-field="syncStatus" aria-colindex="4">${s}</div></div>`;
  document.body.innerHTML = `
    <button id="sync-selected">Sync selected (2,000)</button>
    <div class="MuiDataGrid-root" role="grid" aria-rowcount="2001" aria-multiselectable="true">
      <div role="rowgroup"><div role="row" aria-rowindex="1"><div role="columnheader" data-field="__check__" aria-colindex="1"><input type="checkbox" aria-label="Unselect all rows" name="select_all_rows" checked></div><div role="columnheader" data-field="number" aria-colindex="2">Invoice #</div><div role="columnheader" data-field="invoiceDate" aria-colindex="3">Invoice Date</div><div role="columnheader" data-field="syncStatus" aria-colindex="4">Sync Status</div></div></div>
      <div role="rowgroup">${rows.map(cells).join('')}</div>
      <div class="MuiDataGrid-footerContainer"><div class="MuiDataGrid-selectedRowCount">${footer}</div></div>
    </div>`;
}

const started: AbortController[] = [];
/** One value, as the real follower keeps it until the stored dates change. */
const NO_SYNCED_DATES = {};
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function setUp() {
  await writeStored(storedCalendar, CALENDAR);
  const calendarStore = createCalendarStore();
  const settingsStore = createSettingsStore();
  await Promise.all([calendarStore.whenReady, settingsStore.whenReady]);
  const overrides: Array<Record<string, unknown>> = [];
  const exports: string[] = [];
  document
    .getElementById('sync-selected')
    ?.addEventListener('click', () => exports.push('sync-selected'));
  const controller = new AbortController();
  started.push(controller);
  const deps: GuardDeps = {
    win: window,
    signal: controller.signal,
    calendarStore,
    settingsStore,
    syncedDates: { current: () => NO_SYNCED_DATES, remember: () => {}, subscribe: () => () => {} },
    isStale: () => false,
    today: () => TODAY,
    isContextValid: () => true,
    reportVerdict: () => {},
    recordOverride: async (record) => {
      overrides.push(record);
    },
    isOwnNode: () => false,
  };
  const guard = startGuard(deps);
  await settle();
  return { guard, overrides, exports };
}

const marks = () =>
  [...document.querySelectorAll(MARK_TAG)].map((m) => [
    m.getAttribute('data-invoice'),
    m.getAttribute('data-verdict'),
  ]);
const tick = (number: string) => {
  const box = document.querySelector(`input[aria-label="Select ${number}"]`) as HTMLInputElement;
  box.checked = true;
};

describe('the list guard', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const controller of started.splice(0)) controller.abort();
    document.body.textContent = '';
  });

  it('marks unsynced rows in closed, locked and closing-soon periods, and no others', async () => {
    listPage();
    const { guard } = await setUp();
    expect(guard.store.getState().verdict).toBeNull();
    expect(marks()).toEqual([
      ['INV-1', 'closed'],
      ['INV-2', 'locked'],
      ['INV-3', 'closing-soon'],
      ['INV-6', 'closing-soon'],
    ]);
    // Each mark sits in its row's date cell.
    for (const mark of document.querySelectorAll(MARK_TAG)) {
      expect(mark.parentElement?.textContent).toMatch(/^\d\d\/\d\d\/2026$/);
    }
  });

  it('marks a second list that appears elsewhere on the page', async () => {
    listPage();
    await setUp();
    const second = document.createElement('section');
    second.innerHTML = `<table><thead><tr><th>Invoice #</th><th>Invoice Date</th></tr></thead>
      <tbody><tr><td>INV-9</td><td>09/15/2026</td></tr><tr><td>INV-10</td><td>11/02/2026</td></tr></tbody></table>`;
    document.body.append(second);
    await settle();
    expect(marks()).toContainEqual(['INV-9', 'closed']);
  });

  it('does not read the lists again for a page change inside them only', async () => {
    listPage();
    const { guard } = await setUp();
    const tables = vi.spyOn(document.body, 'querySelectorAll');
    const reads = () => tables.mock.calls.filter(([selector]) => selector === 'table').length;
    // A re-read of the page with nothing changed (as a store or the clock asks for).
    guard.list?.refresh();
    await settle();
    expect(reads()).toBe(0);
    // A change in a row: the list's own observer reads it, once.
    (document.querySelector('tbody td:nth-child(4)') as Element).textContent = 'Synced';
    await settle();
    expect(reads()).toBe(1);
    expect(marks().map((m) => m[0])).not.toContain('INV-1');
    tables.mockRestore();
  });

  it('counts the summary: closed or locked, closing soon by period', async () => {
    listPage();
    const { guard } = await setUp();
    expect(guard.list?.store.getState().summary).toMatchObject({
      closed: 2,
      closingSoon: 2,
      unverified: 0,
      closingPeriods: [{ name: 'Oct 2026', count: 2, daysUntilClose: 2 }],
    });
  });

  it('takes a mark off a row whose date or status changes, and puts back one the host removed', async () => {
    listPage();
    await setUp();
    const cell = (row: number, column: number) =>
      document.querySelector(`tbody tr:nth-child(${row}) td:nth-child(${column})`) as Element;
    // The text node itself, as a framework updates it: the cell and its mark stay.
    (cell(1, 3).firstChild as Text).data = '11/03/2026';
    cell(2, 4).textContent = 'Synced';
    await settle();
    expect(marks()).toEqual([
      ['INV-3', 'closing-soon'],
      ['INV-6', 'closing-soon'],
    ]);
    document.querySelector(MARK_TAG)?.remove();
    await settle();
    expect(marks().length).toBe(2);
  });

  it('marks the rows of a next page before the host draws them: no task in between', async () => {
    listPage();
    await setUp();
    const rows = Array.from(
      { length: 400 },
      (_, i) =>
        `<tr><td><input type="checkbox" aria-label="Select INV-${100 + i}"></td><td>INV-${100 + i}</td><td>09/15/2026</td><td>Not Synced</td></tr>`,
    );
    (document.querySelector('tbody') as Element).innerHTML = rows.join('');
    // The observer's callback runs in the same turn as the change, before any timer or frame.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(marks()).toHaveLength(400);
  });

  it('follows a host re-render that replaces the rows (sorting)', async () => {
    listPage();
    await setUp();
    // A fresh body, as a framework draws a re-sorted list: no row element is kept.
    const table = document.querySelector('table') as Element;
    table.innerHTML = table.innerHTML.replace(/<tbody>.*<\/tbody>/s, (body) => {
      const rows = body.match(/<tr>.*?<\/tr>/gs) ?? [];
      return `<tbody>${rows.reverse().join('')}</tbody>`;
    });
    await settle();
    expect(marks().map((m) => m[0])).toEqual(['INV-6', 'INV-3', 'INV-2', 'INV-1']);
  });

  it('holds a bulk export with a closed or locked row selected, worst verdict first', async () => {
    listPage();
    const { guard, exports } = await setUp();
    tick('INV-1');
    tick('INV-2');
    tick('INV-4');
    document.getElementById('sync-selected')?.click();
    expect(exports).toEqual([]);
    const { attempt, bulk } = guard.store.getState();
    expect(attempt).not.toBeNull();
    expect(bulk?.worst.kind).toBe('locked');
    expect(bulk?.held.map((h) => h.row.invoiceNumber)).toEqual(['INV-1', 'INV-2']);
  });

  it('Export anyway logs one record per held invoice and runs the export once', async () => {
    listPage();
    const { guard, exports, overrides } = await setUp();
    tick('INV-1');
    tick('INV-2');
    document.getElementById('sync-selected')?.click();
    expect(await guard.exportAnyway({ isTrusted: true })).toBe(true);
    expect(exports).toEqual(['sync-selected']);
    expect(overrides).toEqual([
      expect.objectContaining({ invoiceNumber: 'INV-1', verdict: 'closed', period: 'Sep 2026' }),
      expect.objectContaining({ invoiceNumber: 'INV-2', verdict: 'locked', period: 'Aug 2026' }),
    ]);
    expect(guard.store.getState().bulk).toBeNull();
  });

  it('lets a selection of open, closing-soon and synced rows through at once', async () => {
    listPage();
    const { guard, exports } = await setUp();
    tick('INV-3');
    tick('INV-4');
    tick('INV-5');
    document.getElementById('sync-selected')?.click();
    expect(exports).toEqual(['sync-selected']);
    expect(guard.store.getState().attempt).toBeNull();
  });

  it('holds a selected row whose date it cannot read, rather than letting it through', async () => {
    listPage([
      ['INV-8', '11/02/2026', 'Not Synced'],
      ['INV-9', 'soon', 'Not Synced'],
    ]);
    const { guard, exports } = await setUp();
    tick('INV-9');
    document.getElementById('sync-selected')?.click();
    expect(exports).toEqual([]);
    expect(guard.store.getState().bulk?.worst.kind).toBe('unreadable-date');
  });
});

describe('the list guard with a virtualised list', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const controller of started.splice(0)) controller.abort();
    document.body.textContent = '';
  });

  it('holds a "select all" over rows it never saw, saying how many it could not check', async () => {
    // Two open invoices rendered of 2,000 selected: nothing shown is wrong, the rest unknown.
    selectAllGridPage([
      ['INV-3', '10/12/2026', 'Not Synced'],
      ['INV-4', '11/02/2026', 'Not Synced'],
    ]);
    const { guard, exports, overrides } = await setUp();
    document.getElementById('sync-selected')?.click();
    expect(exports).toEqual([]);
    const { bulk } = guard.store.getState();
    expect(bulk?.held).toEqual([]);
    expect(bulk?.unchecked).toBe(1998);
    expect(bulk?.worst.kind).toBe('unreadable-date');
    expect(await guard.exportAnyway({ isTrusted: true })).toBe(true);
    expect(exports).toEqual(['sync-selected']);
    expect(overrides).toEqual([
      expect.objectContaining({ verdict: 'unreadable-date', unverified: 1998 }),
    ]);
    expect(overrides[0]).not.toHaveProperty('invoiceNumber');
  });

  it('holds the closed invoices it saw and counts the rest of a "select all" as unchecked', async () => {
    selectAllGridPage([
      ['INV-1', '09/15/2026', 'Not Synced'],
      ['INV-3', '10/12/2026', 'Not Synced'],
      ['INV-5', '09/03/2026', 'Synced'],
    ]);
    const { guard, overrides } = await setUp();
    document.getElementById('sync-selected')?.click();
    const { bulk } = guard.store.getState();
    expect(bulk?.held.map((h) => h.row.invoiceNumber)).toEqual(['INV-1']);
    expect(bulk?.unchecked).toBe(1997);
    expect(bulk?.worst.kind).toBe('closed');
    await guard.exportAnyway({ isTrusted: true });
    expect(overrides).toEqual([
      expect.objectContaining({ invoiceNumber: 'INV-1', verdict: 'closed' }),
      expect.objectContaining({ verdict: 'unreadable-date', unverified: 1997 }),
    ]);
  });

  it('lets a selection through when the count the page states is the rows it judged', async () => {
    listPage();
    const status = document.createElement('div');
    status.setAttribute('role', 'status');
    status.textContent = '2 rows selected';
    document.body.append(status);
    const { guard, exports } = await setUp();
    tick('INV-3');
    tick('INV-5');
    document
      .querySelector('input[aria-label="Select INV-5"]')
      ?.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    // The synced row scrolled away: remembered as seen, so the two selected are both known.
    document.querySelectorAll('tbody tr')[4]?.remove();
    await settle();
    document.getElementById('sync-selected')?.click();
    expect(exports).toEqual(['sync-selected']);
    expect(guard.store.getState().attempt).toBeNull();
  });

  it('still judges a selected row after the grid has dropped it from the DOM', async () => {
    listPage();
    const { guard, exports } = await setUp();
    tick('INV-1');
    document
      .querySelector('input[aria-label="Select INV-1"]')
      ?.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    // Scrolled away: the row element is gone from the DOM, its selection is not.
    document.querySelector('tbody tr')?.remove();
    await settle();
    document.getElementById('sync-selected')?.click();
    expect(exports).toEqual([]);
    expect(guard.store.getState().bulk?.held.map((h) => h.row.invoiceNumber)).toEqual(['INV-1']);
  });

  it('remembers a ticked row even when the grid recycles it in the same moment', async () => {
    listPage();
    const { guard, exports } = await setUp();
    tick('INV-1');
    document
      .querySelector('input[aria-label="Select INV-1"]')
      ?.dispatchEvent(new Event('change', { bubbles: true }));
    // Scrolled at once: the same row element now shows another invoice, unticked.
    const row = document.querySelector('tbody tr') as Element;
    row.innerHTML =
      '<td><input type="checkbox" aria-label="Select INV-7"></td><td>INV-7</td><td>11/20/2026</td><td>Not Synced</td>';
    await settle();
    document.getElementById('sync-selected')?.click();
    expect(exports).toEqual([]);
    expect(guard.store.getState().bulk?.held.map((h) => h.row.invoiceNumber)).toEqual(['INV-1']);
  });
});
