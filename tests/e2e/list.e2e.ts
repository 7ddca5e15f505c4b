import { readStorage, skipChromium, skipFirefox } from '../support/e2e';
import {
  chromiumHarness,
  firefoxHarness,
  type GuardHarness,
  useGuardBrowser,
} from '../support/e2e/guard-harness';
import type { PageDriver } from '../support/e2e/page-driver';

/** One row of a list as the page shows it, and the mark it carries (verdict, or null). */
interface ShownRow {
  number: string;
  date: string;
  sync: string;
  mark: string | null;
  markInvoice: string | null;
}

/** The rows of list.html (a plain table): Invoice # / … / Invoice Date / … / Sync Status. */
function tableRows(): ShownRow[] {
  return [...document.querySelectorAll('tbody tr')].map((tr) => {
    const cells = tr.querySelectorAll('td');
    const mark = cells[2]?.querySelector('period-guard-mark') ?? null;
    return {
      number: cells[0]?.textContent?.trim() ?? '',
      date: cells[2]?.textContent?.trim() ?? '',
      sync: cells[5]?.textContent?.trim() ?? '',
      mark: mark?.getAttribute('data-verdict') ?? null,
      markInvoice: mark?.getAttribute('data-invoice') ?? null,
    };
  });
}

/** The rows of lists/virtual-grid.html now in the DOM (the recycled pool). */
function gridRows(): ShownRow[] {
  return [...document.querySelectorAll('#render-zone [role="row"]')].map((row) => {
    const cell = (field: string) => row.querySelector(`[data-field="${field}"]`);
    const mark = cell('invoiceDate')?.querySelector('period-guard-mark') ?? null;
    return {
      number: cell('number')?.textContent?.trim() ?? '',
      date: cell('invoiceDate')?.textContent?.trim() ?? '',
      sync: cell('syncStatus')?.textContent?.trim() ?? '',
      mark: mark?.getAttribute('data-verdict') ?? null,
      markInvoice: mark?.getAttribute('data-invoice') ?? null,
    };
  });
}

/**
 * The mark the sample calendar calls for: closed through 2026-09-30 with August locked, later
 * months open with no scheduled close; synced rows never carry one.
 */
function expectedMark(date: string, sync: string): string | null {
  const [m, d, y] = date.split('/');
  const iso = `${y}-${m}-${d}`;
  if (sync === 'Synced' || iso > '2026-09-30') return null;
  return m === '08' ? 'locked' : 'closed';
}

async function expectMarksRight(d: PageDriver, read: () => ShownRow[]) {
  await expect
    .poll(
      async () => {
        const rows = await d.evaluate(read);
        return rows.filter(
          (r) => r.mark !== expectedMark(r.date, r.sync) || (r.mark && r.markInvoice !== r.number),
        );
      },
      { timeout: 5_000 },
    )
    .toEqual([]);
}

function summaryCounts() {
  const host = document.querySelector('period-guard-ui');
  const summary = host?.shadowRoot?.querySelector('[data-testid="pg-list-summary"]');
  return summary
    ? {
        closed: summary.getAttribute('data-closed'),
        closingSoon: summary.getAttribute('data-closing-soon'),
        banner: host?.shadowRoot?.querySelector('[data-testid="pg-banner"]') !== null,
      }
    : null;
}

function dialogText(): { verdict: string | null; text: string } | null {
  const dialog = document
    .querySelector('period-guard-ui')
    ?.shadowRoot?.querySelector('[data-testid="pg-export-dialog"]');
  return dialog
    ? { verdict: dialog.getAttribute('data-verdict'), text: dialog.textContent ?? '' }
    : null;
}

/** Scrolls the virtual grid so that invoice `index` is its first row (the host's own scroll). */
function scrollTo(d: PageDriver, index: number) {
  return d.evaluateWith((row) => {
    (window as unknown as { hostScrollToRow(row: number): void }).hostScrollToRow(Number(row));
  }, index);
}

/**
 * Ticks a row checkbox of the virtual grid by invoice number, scrolling to it if needed. The
 * click is the page's own (`click()`): a driver's click scrolls the element into view first,
 * and the grid then recycles that very element for another invoice.
 */
async function tick(d: PageDriver, number: string) {
  const shown = async () => (await d.evaluate(gridRows)).findIndex((r) => r.number === number);
  if ((await shown()) < 0) await scrollTo(d, Number(number.slice(4)) - 5001);
  await expect.poll(shown).toBeGreaterThanOrEqual(0);
  await d.evaluateWith((wanted) => {
    for (const row of document.querySelectorAll('#render-zone [role="row"]')) {
      if (row.querySelector('[data-field="number"]')?.textContent?.trim() === wanted) {
        row.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
      }
    }
  }, number);
}

/** The list pages with the number of marks each carries (tests/fixtures/README.md). */
const MARKED_PAGES: ReadonlyArray<[string, number]> = [
  ['/list.html', 8],
  ['/lists/mui-data-grid.html', 3],
  ['/lists/mui-data-grid-select-all.html', 3],
  ['/lists/ag-grid.html', 3],
  ['/lists/fixed-header-table.html', 2],
  ['/lists/cards.html', 2],
  ['/lists/role-table.html', 2],
  ['/lists/job-invoices.html', 2],
  ['/lists/virtual-grid.html', 9],
];

/**
 * Where each mark's badge sits: its box, its date cell's box and the boxes of the cell's own
 * text, one per line (a Range over the text nodes, so the mark's host is not part of them).
 */
/** Opens a list page and waits until it carries `count` marks. */
async function openMarked(d: PageDriver, url: string, count: number) {
  await d.goto(url);
  await expect
    .poll(() => d.evaluate(() => document.querySelectorAll('period-guard-mark').length), {
      timeout: 5_000,
    })
    .toBe(count);
}

function badgePlaces() {
  type Box = { left: number; top: number; right: number; bottom: number };
  const box = (r: DOMRect): Box => ({
    left: r.left,
    top: r.top,
    right: r.right,
    bottom: r.bottom,
  });
  return [...document.querySelectorAll('period-guard-mark')].map((mark) => {
    const cell = mark.parentElement as Element;
    const badge = mark.shadowRoot?.querySelector('.badge') as Element;
    const range = document.createRange();
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    const text: Box[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0) text.push(box(rect));
    }
    return {
      invoice: mark.getAttribute('data-invoice'),
      badge: box(badge.getBoundingClientRect()),
      cell: box(cell.getBoundingClientRect()),
      text,
    };
  });
}

/** The sizes of every cell and row of the page's lists, with the marks in and taken out. */
function listSizesWithAndWithoutMarks() {
  const measure = () =>
    [
      ...document.querySelectorAll(
        'th, td, tr, dt, dd, [role="row"], [role="gridcell"], [role="cell"], [role="columnheader"]',
      ),
    ].map((el) => {
      const r = el.getBoundingClientRect();
      return `${r.width}x${r.height}`;
    });
  const marked = measure();
  const marks = [...document.querySelectorAll('period-guard-mark')];
  for (const mark of marks) mark.remove();
  return { marked, bare: measure(), marks: marks.length };
}

/**
 * Focuses the first mark's badge and says whether its tooltip shows whole: the point at each
 * corner of the tooltip's box hits the mark (no cell's overflow clips it, nothing covers it).
 */
function firstTipShown() {
  const mark = document.querySelector('period-guard-mark');
  const badge = mark?.shadowRoot?.querySelector<HTMLElement>('.badge');
  const tip = mark?.shadowRoot?.querySelector('.tip');
  if (!mark || !badge || !tip) return { text: null, corners: [] };
  badge.focus();
  const r = tip.getBoundingClientRect();
  const corners = [
    [r.left + 2, r.top + 2],
    [r.right - 2, r.top + 2],
    [r.left + 2, r.bottom - 2],
    [r.right - 2, r.bottom - 2],
  ].map(([x, y]) => r.width > 0 && document.elementFromPoint(x ?? 0, y ?? 0) === mark);
  return { text: tip.textContent, corners };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function listScenarios(name: string, skip: boolean, launch: () => Promise<GuardHarness>) {
  describe.skipIf(skip)(`the invoice list in ${name}`, () => {
    const env = useGuardBrowser(launch);
    let d: PageDriver;
    beforeEach(async () => {
      d = await env.harness.newDriver();
    });
    afterEach(async () => {
      await d.close();
    });

    it('marks each unsynced row in a closed period, none on synced or open rows, and shows no banner', async () => {
      await d.goto(env.server.url('/list.html'));
      await expectMarksRight(d, tableRows);
      const rows = await d.evaluate(tableRows);
      expect(rows.filter((r) => r.mark).map((r) => r.number)).toEqual([
        'INV-1102',
        'INV-1103',
        'INV-1105',
        'INV-1106',
        'INV-1108',
        'INV-1109',
        'INV-1111',
        'INV-1112',
      ]);
      await expect
        .poll(() => d.evaluate(summaryCounts))
        .toEqual({
          closed: '8',
          closingSoon: '0',
          banner: false,
        });
      expect(await d.verdict()).toBeNull();
    });

    it('leaves the list toolbar alone when no row is selected', async () => {
      await d.goto(env.server.url('/list.html'));
      await expectMarksRight(d, tableRows);
      await d.click('#export-btn');
      await expect.poll(async () => (await d.calls()).export).toBe(1);
      expect(await d.overlayVisible('pg-export-dialog')).toBe(false);
    });

    it('never changes the width of a column or the height of a row', async () => {
      await d.goto(env.server.url('/list.html'));
      await expectMarksRight(d, tableRows);
      const sizes = await d.evaluate(() => {
        const measure = () => ({
          columns: [...document.querySelectorAll('thead th')].map(
            (th) => th.getBoundingClientRect().width,
          ),
          rows: [...document.querySelectorAll('tbody tr')].map(
            (tr) => tr.getBoundingClientRect().height,
          ),
        });
        const marked = measure();
        const marks = [...document.querySelectorAll('period-guard-mark')];
        for (const mark of marks) mark.remove();
        const bare = measure();
        return { marked, bare, marks: marks.length };
      });
      expect(sizes.marks).toBe(8);
      expect(sizes.marked).toEqual(sizes.bare);
    });

    it('keeps each badge inside its date cell, clear of the date text, on every list page', async () => {
      for (const [page, count] of MARKED_PAGES) {
        await openMarked(d, env.server.url(page), count);
        const places = await d.evaluate(badgePlaces);
        for (const { invoice, badge, cell, text } of places) {
          const where = `${page} ${invoice}`;
          expect(badge.right - badge.left, where).toBeGreaterThan(0);
          expect(badge.left, where).toBeGreaterThanOrEqual(cell.left);
          expect(badge.right, where).toBeLessThanOrEqual(cell.right);
          expect(badge.top, where).toBeGreaterThanOrEqual(cell.top);
          expect(badge.bottom, where).toBeLessThanOrEqual(cell.bottom);
          expect(text.length, where).toBeGreaterThan(0);
          const overText = text.filter(
            (line) =>
              badge.left < line.right &&
              badge.right > line.left &&
              badge.top < line.bottom &&
              badge.bottom > line.top,
          );
          expect(overText, `${where}: badge ${JSON.stringify(badge)}`).toEqual([]);
        }
      }
    });

    it('shows the tooltip whole on focus, outside any clipping cell, on every list page', async () => {
      for (const [page, count] of MARKED_PAGES) {
        await openMarked(d, env.server.url(page), count);
        const shown = await d.evaluate(firstTipShown);
        expect(shown.text, page).toMatch(/first open day/);
        expect(shown.corners, page).toEqual([true, true, true, true]);
      }
    });

    it('changes the size of no cell and no row on any list page', async () => {
      for (const [page, count] of MARKED_PAGES) {
        await openMarked(d, env.server.url(page), count);
        const sizes = await d.evaluate(listSizesWithAndWithoutMarks);
        expect(sizes.marks, page).toBe(count);
        expect(sizes.marked, page).toEqual(sizes.bare);
      }
    });

    it('follows a virtualised grid as it scrolls and recycles its rows', async () => {
      await d.goto(env.server.url('/lists/virtual-grid.html'));
      await expectMarksRight(d, gridRows);
      await expect.poll(() => d.evaluate(summaryCounts)).toMatchObject({ closed: '9' });
      for (const index of [40, 400, 1203, 1988]) {
        await scrollTo(d, index);
        await expectMarksRight(d, gridRows);
      }
    });

    it('follows sorting: the marks move with their invoices', async () => {
      await d.goto(env.server.url('/lists/virtual-grid.html'));
      await expectMarksRight(d, gridRows);
      await d.click('[data-sort="invoiceDate"]');
      await expect
        .poll(() => d.evaluate(gridRows).then((rows) => rows[0]?.date.startsWith('11/')))
        .toBe(true);
      await expectMarksRight(d, gridRows);
      await d.click('[data-sort="invoiceDate"]');
      await expectMarksRight(d, gridRows);
    });

    it('holds a bulk export with closed and locked invoices selected; Cancel runs nothing', async () => {
      await d.goto(env.server.url('/lists/virtual-grid.html'));
      await expectMarksRight(d, gridRows);
      await tick(d, 'INV-5002');
      await tick(d, 'INV-5006');
      await d.click('#sync-selected');
      await expect.poll(() => d.evaluate(dialogText), { timeout: 5_000 }).not.toBeNull();
      const dialog = await d.evaluate(dialogText);
      expect(dialog?.verdict).toBe('locked');
      expect(dialog?.text).toContain('INV-5002');
      expect(dialog?.text).toContain('INV-5006');
      await d.clickOverlay('pg-export-cancel');
      await expect.poll(() => d.overlayVisible('pg-export-dialog')).toBe(false);
      await wait(200);
      expect((await d.calls()).syncSelected).toBe(0);
    });

    it('Export anyway runs the bulk export once and logs one record per listed invoice', async () => {
      await d.goto(env.server.url('/lists/virtual-grid.html'));
      await expectMarksRight(d, gridRows);
      await tick(d, 'INV-5002');
      await tick(d, 'INV-5006');
      await d.click('#sync-selected');
      await expect.poll(() => d.overlayVisible('pg-export-dialog'), { timeout: 5_000 }).toBe(true);
      await d.clickOverlay('pg-export-anyway');
      await expect.poll(async () => (await d.calls()).syncSelected).toBe(1);
      await wait(300);
      expect((await d.calls()).syncSelected).toBe(1);
      const { auditLog } = await readStorage(env.harness.ext, ['auditLog']);
      const records = (auditLog as Array<Record<string, unknown>>).slice(-2);
      expect(records).toEqual([
        expect.objectContaining({ invoiceNumber: 'INV-5002', verdict: 'closed' }),
        expect.objectContaining({
          invoiceNumber: 'INV-5006',
          verdict: 'locked',
          period: 'Aug 2026',
        }),
      ]);
    });

    it('holds a bulk export for a selected closed invoice scrolled out of the DOM', async () => {
      await d.goto(env.server.url('/lists/virtual-grid.html'));
      await expectMarksRight(d, gridRows);
      await tick(d, 'INV-5002');
      await scrollTo(d, 1400);
      await expect
        .poll(() => d.evaluate(gridRows).then((rows) => rows.some((r) => r.number === 'INV-5002')))
        .toBe(false);
      await d.click('#sync-selected');
      await expect
        .poll(() => d.evaluate(dialogText), { timeout: 5_000 })
        .toMatchObject({
          verdict: 'closed',
          text: expect.stringContaining('INV-5002'),
        });
      expect((await d.calls()).syncSelected).toBe(0);
    });

    it('holds a "select all" over rows never rendered, with how many it could not check; Export anyway logs them unverified', async () => {
      await d.goto(env.server.url('/lists/virtual-grid.html'));
      await expectMarksRight(d, gridRows);
      // The page's own click on the header box, as tick() does for a row.
      await d.evaluate(() => {
        document
          .querySelector<HTMLInputElement>('[role="columnheader"] input[type="checkbox"]')
          ?.click();
      });
      await expect
        .poll(() => d.evaluate(() => document.getElementById('sync-selected')?.textContent))
        .toBe('Sync selected (2,000)');
      await d.click('#sync-selected');
      await expect.poll(() => d.evaluate(dialogText), { timeout: 5_000 }).not.toBeNull();
      const dialog = await d.evaluate(dialogText);
      // The twelve rows on screen are judged (INV-5006 is locked); the other 1,988 are not.
      expect(dialog?.verdict).toBe('locked');
      expect(dialog?.text).toContain('and 1,988 could not be checked');
      expect(dialog?.text).toContain('Filter the list to the period you are exporting');
      expect((await d.calls()).syncSelected).toBe(0);
      await d.clickOverlay('pg-export-anyway');
      await expect.poll(async () => (await d.calls()).syncSelected).toBe(1);
      const { auditLog } = await readStorage(env.harness.ext, ['auditLog']);
      const records = auditLog as Array<Record<string, unknown>>;
      expect(records.at(-1)).toEqual(
        expect.objectContaining({ verdict: 'unreadable-date', unverified: 1988 }),
      );
      expect(records.at(-1)).not.toHaveProperty('invoiceNumber');
      expect(records.slice(-10, -1).map((r) => r.invoiceNumber)).toEqual([
        'INV-5002',
        'INV-5003',
        'INV-5004',
        'INV-5006',
        'INV-5007',
        'INV-5008',
        'INV-5010',
        'INV-5011',
        'INV-5012',
      ]);
    });

    it('lets a selection of open and synced invoices through at once', async () => {
      await d.goto(env.server.url('/lists/virtual-grid.html'));
      await expectMarksRight(d, gridRows);
      // INV-5015 is dated October 7 (open); INV-5013 is synced.
      await tick(d, 'INV-5015');
      await tick(d, 'INV-5013');
      await d.click('#sync-selected');
      await expect.poll(async () => (await d.calls()).syncSelected).toBe(1);
      expect(await d.overlayVisible('pg-export-dialog')).toBe(false);
    });
  });
}

listScenarios('Chromium', skipChromium, () => chromiumHarness());
listScenarios('Firefox', skipFirefox, () => firefoxHarness());
