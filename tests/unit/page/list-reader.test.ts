import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type InvoiceList, readInvoiceLists } from '../../../lib/page/list-reader';
import { isRowSelected } from '../../../lib/page/list-selection';
import { readInvoice } from '../../../lib/page/read-invoice';
import { DEFAULT_READING, FIXTURES_DIR, htmlDocument, loadFixture } from '../../support/host-pages';

/** One row as the reader must read it: number, invoice date (null: unreadable), synced. */
type Row = [number: string, date: string | null, synced: boolean];

const LAST_CLOSED_DAY = '2026-09-30';

const CASES: Array<{ fixture: string; shape: InvoiceList['shape']; rows: Row[] }> = [
  {
    fixture: 'list.html',
    shape: 'table',
    rows: Array.from(
      { length: 12 },
      (_, i): Row => [
        `INV-${1101 + i}`,
        `2026-09-${String(1 + 2 * i).padStart(2, '0')}`,
        i % 3 === 0,
      ],
    ),
  },
  {
    fixture: 'lists/mui-data-grid.html',
    shape: 'grid',
    rows: [
      ['INV-2101', '2026-09-02', true],
      ['INV-2102', '2026-09-08', false],
      ['INV-2103', '2026-08-14', false],
      ['INV-2104', '2026-10-06', false],
      ['INV-2105', '2026-09-21', true],
      ['INV-2106', '2026-11-03', false],
      ['INV-2107', '2026-09-29', false],
      ['INV-2108', null, false],
    ],
  },
  {
    // The same grid after "select all": the reading is the same, every row selected.
    fixture: 'lists/mui-data-grid-select-all.html',
    shape: 'grid',
    rows: [
      ['INV-2101', '2026-09-02', true],
      ['INV-2102', '2026-09-08', false],
      ['INV-2103', '2026-08-14', false],
      ['INV-2104', '2026-10-06', false],
      ['INV-2105', '2026-09-21', true],
      ['INV-2106', '2026-11-03', false],
      ['INV-2107', '2026-09-29', false],
      ['INV-2108', null, false],
    ],
  },
  {
    fixture: 'lists/ag-grid.html',
    shape: 'grid',
    rows: [
      ['INV-2201', '2026-09-03', true],
      ['INV-2202', '2026-09-12', false],
      ['INV-2203', '2026-08-27', false],
      ['INV-2204', '2026-10-15', false],
      ['INV-2205', '2026-09-30', false],
      ['INV-2206', '2026-10-01', true],
    ],
  },
  {
    fixture: 'lists/fixed-header-table.html',
    shape: 'table',
    rows: [
      ['INV-2301', '2026-09-04', true],
      ['INV-2302', '2026-09-18', false],
      ['INV-2303', '2026-08-02', false],
      ['INV-2304', '2026-10-09', false],
      ['INV-2305', '2026-09-25', true],
    ],
  },
  {
    fixture: 'lists/cards.html',
    shape: 'cards',
    rows: [
      ['INV-2401', '2026-09-10', false],
      ['INV-2402', '2026-10-20', false],
      ['INV-2403', '2026-09-28', true],
      ['INV-2404', '2026-08-31', false],
    ],
  },
  {
    fixture: 'lists/role-table.html',
    shape: 'grid',
    rows: [
      ['INV-2501', '2026-09-15', false],
      ['INV-2502', '2026-10-02', false],
      ['INV-2503', '2026-09-30', true],
      ['INV-2504', '2026-08-01', false],
    ],
  },
  {
    fixture: 'lists/job-invoices.html',
    shape: 'table',
    rows: [
      ['INV-2601', '2026-09-05', false],
      ['INV-2602', '2026-09-30', false],
      ['INV-2603', '2026-10-01', false],
      ['INV-2604', '2026-08-15', true],
      ['INV-2605', null, false],
    ],
  },
  {
    fixture: 'lists/virtual-grid.html',
    shape: 'grid',
    rows: Array.from({ length: 12 }, (_, i): Row => {
      const day = new Date(Date.UTC(2026, 6, 1 + ((i * 7) % 150)));
      return [`INV-${5001 + i}`, day.toISOString().slice(0, 10), i % 4 === 0];
    }),
  },
];

function readFixture(fixture: string) {
  const doc = loadFixture(fixture);
  return { doc, lists: readInvoiceLists(doc, DEFAULT_READING) };
}

describe('readInvoiceLists over the list fixtures', () => {
  it.each(CASES)('$fixture reads one $shape list, row by row', ({ fixture, shape, rows }) => {
    const { lists } = readFixture(fixture);
    expect(lists.map((l) => l.shape)).toEqual([shape]);
    const read = lists[0]?.rows.map((r): Row => [r.invoiceNumber ?? '', r.invoiceDate, r.synced]);
    expect(read).toEqual(rows);
  });

  it.each(CASES)('$fixture is not an invoice page', ({ fixture }) => {
    expect(readInvoice(loadFixture(fixture), DEFAULT_READING).isInvoice).toBe(false);
  });

  it.each(CASES)('$fixture: each row keeps its date cell in the row', ({ fixture }) => {
    const { lists } = readFixture(fixture);
    for (const row of lists[0]?.rows ?? []) {
      expect(row.element.contains(row.dateCell)).toBe(true);
      expect(row.dateCell.textContent).toContain(row.invoiceDateText.split(' ')[0]);
    }
  });
});

describe('tests/fixtures/README.md, invoice lists', () => {
  const readme = readFileSync(join(FIXTURES_DIR, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Invoice lists'));
  const table = section
    .split('\n')
    .filter((line) => /^\|\s*(\.\/|lists\/)[\w-]+\.html\s*\|/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  /** "INV-1, INV-2 (why)" → ["INV-1", "INV-2"]; "–" → []. */
  const numbers = (cell: string | undefined) => (cell ?? '').match(/INV-\d+/g) ?? [];
  const fixtureOf = (cell: string | undefined) => (cell ?? '').replace(/^\.\//, '');

  it('documents every list fixture', () => {
    expect(table.map((r) => fixtureOf(r[0])).sort()).toEqual(CASES.map((c) => c.fixture).sort());
  });

  it.each(CASES)('documents the reading of $fixture as the tests check it', (c) => {
    const row = table.find((r) => fixtureOf(r[0]) === c.fixture) ?? [];
    const { lists } = readFixture(c.fixture);
    const rows = lists[0]?.rows ?? [];
    const number = (r: Row) => r[0];
    expect({
      rows: Number(row[2]),
      synced: numbers(row[3]),
      unreadable: numbers(row[4]),
      marked: numbers(row[5]),
      selected: numbers(row[6]),
    }).toEqual({
      rows: c.rows.length,
      synced: c.rows.filter((r) => r[2]).map(number),
      unreadable: c.rows.filter((r) => r[1] === null).map(number),
      marked: c.rows.filter((r) => !r[2] && r[1] !== null && r[1] <= LAST_CLOSED_DAY).map(number),
      selected: rows.filter(isRowSelected).map((r) => r.invoiceNumber),
    });
  });
});

describe('readInvoiceLists rules', () => {
  const read = (html: string, reading: Partial<typeof DEFAULT_READING> = {}) =>
    readInvoiceLists(htmlDocument(html), { ...DEFAULT_READING, ...reading });
  const table = (head: string, ...rows: string[]) =>
    `<table><thead><tr>${head}</tr></thead><tbody>${rows.map((r) => `<tr>${r}</tr>`).join('')}</tbody></table>`;

  it('needs an invoice-date column: a list of Due Dates is no invoice list', () => {
    expect(
      read(table('<th>Invoice #</th><th>Due Date</th>', '<td>INV-1</td><td>09/01/2026</td>')),
    ).toEqual([]);
  });

  it('reads the invoice date by the labels in the settings, day first when set', () => {
    const html = table('<th>Invoice #</th><th>Bill Date</th>', '<td>INV-1</td><td>03/04/2026</td>');
    expect(read(html)).toEqual([]);
    const [list] = read(html, { invoiceDateLabels: ['Bill Date'], dayFirst: true });
    expect(list?.rows[0]?.invoiceDate).toBe('2026-04-03');
  });

  it('matches grid cells to titles by aria-colindex, not position, when cells are left out', () => {
    const [list] = read(`<div role="grid">
      <div role="row"><div role="columnheader" aria-colindex="1">Invoice #</div><div role="columnheader" aria-colindex="2">Customer</div><div role="columnheader" aria-colindex="3">Invoice Date</div></div>
      <div role="row"><div role="gridcell" aria-colindex="1">INV-7</div><div role="gridcell" aria-colindex="3">09/09/2026</div></div>
    </div>`);
    expect(list?.rows.map((r) => [r.invoiceNumber, r.invoiceDate])).toEqual([
      ['INV-7', '2026-09-09'],
    ]);
  });

  it('says Not Synced, N/A references and failed syncs are not synced', () => {
    const [list] = read(
      table(
        '<th>Invoice #</th><th>Invoice Date</th><th>Sync Status</th><th>Accounting Ref ID</th><th>Status</th>',
        '<td>INV-1</td><td>09/01/2026</td><td>Not Synced</td><td>N/A</td><td>Sent</td>',
        '<td>INV-2</td><td>09/01/2026</td><td>Sync failed</td><td></td><td>Not exported</td>',
        '<td>INV-3</td><td>09/01/2026</td><td>Synced</td><td></td><td>Sent</td>',
        '<td>INV-4</td><td>09/01/2026</td><td></td><td>SI-1</td><td>Sent</td>',
        '<td>INV-5</td><td>09/01/2026</td><td></td><td></td><td>Exported</td>',
      ),
    );
    expect(list?.rows.map((r) => r.synced)).toEqual([false, false, true, true, true]);
  });

  it('finds each column past a body cell that spans columns', () => {
    const [list] = read(
      table(
        '<th>Invoice #</th><th>Customer</th><th>Invoice Date</th><th>Sync Status</th>',
        '<td>INV-1</td><td>Acme</td><td>09/01/2026</td><td>Not Synced</td>',
        '<td colspan="2">INV-2 · Acme</td><td>09/02/2026</td><td>Synced</td>',
      ),
    );
    expect(list?.rows.map((r) => [r.invoiceDate, r.synced])).toEqual([
      ['2026-09-01', false],
      ['2026-09-02', true],
    ]);
  });

  it('reads number and status only for the rows that need them', () => {
    const doc = htmlDocument(
      table(
        '<th>Invoice #</th><th>Invoice Date</th><th>Sync Status</th>',
        '<td>INV-1</td><td>09/01/2026</td><td>Synced</td>',
        '<td>INV-2</td><td>10/01/2026</td><td>Synced</td>',
      ),
    );
    const needsDetails = (date: string | null) => date === '2026-09-01';
    const [list] = readInvoiceLists(doc, DEFAULT_READING, new WeakMap(), { needsDetails });
    expect(
      list?.rows.map((r) => [r.invoiceNumber, r.invoiceDate, r.detailed, r.synced, r.syncStatus]),
    ).toEqual([
      ['INV-1', '2026-09-01', true, true, 'Synced'],
      [undefined, '2026-10-01', false, false, undefined],
    ]);
  });

  it('reads an unchanged row from the cache, and a recycled row afresh', () => {
    const doc = htmlDocument(
      table('<th>Invoice #</th><th>Invoice Date</th>', '<td>INV-1</td><td>09/01/2026</td>'),
    );
    const cache = new WeakMap();
    const first = readInvoiceLists(doc, DEFAULT_READING, cache)[0]?.rows[0];
    expect(readInvoiceLists(doc, DEFAULT_READING, cache)[0]?.rows[0]).toBe(first);
    const cell = doc.querySelector('tbody td:nth-child(2)') as Element;
    cell.textContent = '10/01/2026';
    const again = readInvoiceLists(doc, DEFAULT_READING, cache)[0]?.rows[0];
    expect(again).not.toBe(first);
    expect(again?.invoiceDate).toBe('2026-10-01');
  });

  it('passes over a one-invoice page: one card is no list of cards', () => {
    expect(
      read('<dl><dt>Invoice #</dt><dd>INV-1</dd><dt>Invoice Date</dt><dd>09/01/2026</dd></dl>'),
    ).toEqual([]);
  });
});
