import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IsoDate } from '../../../lib/calendar/iso-date';
import { type InvoiceSnapshot, invoiceSnapshotSchema } from '../../../lib/calendar/snapshot';
import { parsePageDate } from '../../../lib/dates/parse-page-date';
import { ACTIONABLE, isExportAction } from '../../../lib/page/export-action';
import { findLabelledValue, findLabelledValues } from '../../../lib/page/find-labelled-value';
import type { LabelShape } from '../../../lib/page/labelled-value';
import { readInvoice } from '../../../lib/page/read-invoice';
import { DEFAULT_EXPORT_WORDS, DEFAULT_INVOICE_DATE_LABELS } from '../../../lib/settings/defaults';
import {
  DEFAULT_READING,
  FIXTURES_DIR,
  fixtureNames,
  htmlDocument,
  loadFixture,
} from '../../support/host-pages';

interface FixtureCase {
  fixture: string;
  isInvoice: boolean;
  snapshot: InvoiceSnapshot;
  /** Selector of the element that must come back as `dateElement` (null: none). */
  dateElement: string | null;
  /** The shape through which the invoice date is found: what the fixture is there to prove. */
  shape: LabelShape | null;
  /** What the page's Due Date reads as: present, and different from the invoice date. */
  dueDate: IsoDate;
  /** Empties the invoice date the way the host app would. */
  blank?: (doc: Document) => void;
}

function setValue(doc: Document, selector: string, value: string): void {
  const el = doc.querySelector(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  if (el instanceof HTMLInputElement) el.value = value;
  else el.textContent = value;
}

const CASES: FixtureCase[] = [
  {
    fixture: 'label-for.html',
    isInvoice: true,
    snapshot: {
      invoiceNumber: 'INV-1001',
      invoiceDate: '2026-09-15',
      invoiceDateText: '09/15/2026',
      postingDate: '2026-09-14',
      syncStatus: 'Not Synced',
      entity: 'Acme West',
    },
    dateElement: '#f-invoice-date',
    shape: 'label-for',
    dueDate: '2026-10-15',
    blank: (doc) => setValue(doc, '#f-invoice-date', ''),
  },
  {
    fixture: 'aria.html',
    isInvoice: true,
    snapshot: {
      invoiceNumber: 'INV-1002',
      invoiceDate: '2026-09-15',
      invoiceDateText: '2026-09-15',
      syncStatus: 'Not Synced',
      entity: 'Acme East',
    },
    dateElement: 'input[aria-labelledby="lbl-invoice-date"]',
    shape: 'aria-labelledby',
    dueDate: '2026-10-15',
    blank: (doc) => setValue(doc, 'input[aria-labelledby="lbl-invoice-date"]', ''),
  },
  {
    fixture: 'definition-list.html',
    isInvoice: true,
    snapshot: {
      invoiceNumber: 'INV-1003',
      invoiceDate: '2026-09-15',
      invoiceDateText: 'September 15, 2026',
      syncStatus: 'Pending',
      entity: 'Acme Central',
    },
    dateElement: '.css-pair > dd',
    shape: 'definition-list',
    dueDate: '2026-10-15',
    blank: (doc) => setValue(doc, '.css-pair > dd', ''),
  },
  {
    fixture: 'table.html',
    isInvoice: true,
    snapshot: {
      invoiceNumber: 'INV-1004',
      invoiceDate: '2026-09-15',
      invoiceDateText: '15 Sep 2026',
      postingDate: '2026-09-15',
      syncStatus: 'Not Synced',
      entity: 'Acme North',
    },
    dateElement: '.css-dates tbody td:nth-child(2)',
    shape: 'table-column',
    dueDate: '2026-10-15',
    blank: (doc) => setValue(doc, '.css-dates tbody td:nth-child(2)', ''),
  },
  {
    fixture: 'sibling-blocks.html',
    isInvoice: true,
    snapshot: {
      invoiceNumber: 'INV-1005',
      invoiceDate: '2026-09-15',
      invoiceDateText: 'Sep 15, 2026',
      syncStatus: 'Not Synced',
      entity: 'Acme South',
    },
    dateElement: '.css-x1:nth-child(3) > .css-v',
    shape: 'sibling',
    dueDate: '2026-10-15',
    blank: (doc) => setValue(doc, '.css-x1:nth-child(3) > .css-v', ''),
  },
  {
    fixture: 'text-line.html',
    isInvoice: true,
    snapshot: {
      invoiceNumber: 'INV-1006',
      invoiceDate: '2026-09-15',
      invoiceDateText: 'Sep 15, 2026 (Net 30)',
      syncStatus: 'Not Synced',
      entity: 'Acme East',
    },
    dateElement: '.css-meta > p:nth-child(2)',
    shape: 'text-line',
    dueDate: '2026-10-15',
    blank: (doc) => setValue(doc, '.css-meta > p:nth-child(2)', 'Issue Date:'),
  },
  {
    fixture: 'date-picker.html',
    isInvoice: true,
    snapshot: {
      invoiceNumber: 'INV-1007',
      invoiceDate: '2026-09-15',
      invoiceDateText: '2026-09-15',
      postingDate: '2026-09-14',
    },
    dateElement: '.css-picker',
    shape: 'sibling',
    dueDate: '2026-10-15',
    blank: (doc) => {
      setValue(doc, '.css-picker input[type="hidden"]', '');
      setValue(doc, '.css-picker-text', '');
    },
  },
  {
    fixture: 'late-data.html',
    isInvoice: true,
    snapshot: { invoiceNumber: 'INV-1008', invoiceDate: null },
    dateElement: '#invoice-date-value',
    shape: 'sibling',
    // Filled in with the invoice date by the page's script; see fixtures-live.test.ts.
    dueDate: '2026-10-15',
  },
  {
    fixture: 'unknown-date-label.html',
    isInvoice: true,
    snapshot: { invoiceNumber: 'INV-1009', invoiceDate: null, syncStatus: 'Not Synced' },
    dateElement: null,
    shape: null,
    dueDate: '2026-10-15',
  },
  {
    fixture: 'list.html',
    isInvoice: false,
    snapshot: { invoiceDate: null },
    dateElement: null,
    shape: null,
    dueDate: '2026-10-01',
  },
  {
    fixture: 'faults.html',
    isInvoice: true,
    snapshot: {
      invoiceNumber: 'INV-3001',
      invoiceDate: '2026-09-15',
      invoiceDateText: '09/15/2026',
      syncStatus: 'Not Synced',
    },
    dateElement: '#f-invoice-date',
    shape: 'label-for',
    dueDate: '2026-10-15',
    blank: (doc) => setValue(doc, '#f-invoice-date', ''),
  },
  {
    fixture: 'spa.html',
    isInvoice: true,
    snapshot: {
      invoiceNumber: 'INV-2001',
      invoiceDate: '2026-09-15',
      invoiceDateText: '09/15/2026',
      syncStatus: 'Not Synced',
    },
    dateElement: '#f-invoice-date',
    shape: 'label-for',
    dueDate: '2026-10-15',
    blank: (doc) => setValue(doc, '#f-invoice-date', ''),
  },
  {
    fixture: 'mui-menu.html',
    isInvoice: true,
    snapshot: {
      invoiceNumber: 'INV-4001',
      invoiceDate: '2026-09-15',
      invoiceDateText: '09/15/2026',
      syncStatus: 'Not Synced',
    },
    dateElement: 'input[id=":r2:"]',
    shape: 'label-for',
    dueDate: '2026-10-15',
    blank: (doc) => setValue(doc, 'input[id=":r2:"]', ''),
  },
  {
    fixture: 'drawer.html',
    isInvoice: true,
    snapshot: {
      invoiceNumber: 'INV-4501',
      invoiceDate: '2026-09-15',
      invoiceDateText: '09/15/2026',
      syncStatus: 'Not Synced',
    },
    dateElement: '#drawer-invoice-date',
    shape: 'sibling',
    dueDate: '2026-10-15',
    blank: (doc) => setValue(doc, '#drawer-invoice-date', ''),
  },
  {
    fixture: 'click-to-edit.html',
    isInvoice: true,
    snapshot: {
      invoiceNumber: 'INV-7001',
      invoiceDate: null,
      invoiceDateText: 'Sept 15',
      syncStatus: 'Not Synced',
    },
    dateElement: '#edit-invoice-date',
    shape: 'sibling',
    dueDate: '2026-10-15',
    blank: (doc) => setValue(doc, '#edit-invoice-date', ''),
  },
  {
    fixture: 'notes-activity.html',
    isInvoice: true,
    snapshot: {
      invoiceNumber: 'INV-6001',
      invoiceDate: '2026-09-15',
      invoiceDateText: '09/15/2026',
      syncStatus: 'Not Synced',
      entity: 'Acme West',
    },
    dateElement: '.ant-descriptions-row:first-child td:nth-of-type(2)',
    shape: 'table-row',
    dueDate: '2026-10-15',
    blank: (doc) => setValue(doc, '.ant-descriptions-row:first-child td:nth-of-type(2)', ''),
  },
  {
    fixture: 'collapsed-copy.html',
    isInvoice: true,
    snapshot: {
      invoiceNumber: 'INV-8001',
      invoiceDate: '2026-09-15',
      invoiceDateText: '09/15/2026',
      syncStatus: 'Not Synced',
    },
    dateElement: '#f-invoice-date',
    shape: 'label-for',
    dueDate: '2026-10-15',
    blank: (doc) => setValue(doc, '#f-invoice-date', ''),
  },
];

describe('readInvoice over the host-page fixtures', () => {
  it('covers every fixture in tests/fixtures', () => {
    expect(CASES.map((c) => c.fixture).sort()).toEqual(fixtureNames());
  });

  it.each(CASES)('$fixture reads as documented', (c) => {
    const doc = loadFixture(c.fixture);
    const reading = readInvoice(doc, DEFAULT_READING);
    expect({ isInvoice: reading.isInvoice, snapshot: reading.snapshot }).toEqual({
      isInvoice: c.isInvoice,
      snapshot: c.snapshot,
    });
    const expected = c.dateElement === null ? undefined : doc.querySelector(c.dateElement);
    expect(expected).not.toBeNull();
    expect(reading.dateElement).toBe(expected);
  });

  it.each(CASES)('$fixture finds its invoice date through its shape ($shape)', (c) => {
    const { date } = findLabelledValues(loadFixture(c.fixture), {
      date: DEFAULT_INVOICE_DATE_LABELS,
    });
    expect(date[0]?.shape ?? null).toBe(c.shape);
  });

  it.each(CASES.filter((c) => c.isInvoice))(
    '$fixture shows a Due Date in an open period, unlike its invoice date',
    (c) => {
      const doc = loadFixture(c.fixture);
      const due = findLabelledValue(doc, ['Due Date']);
      if (c.fixture === 'late-data.html') {
        expect(due?.text).toBe(''); // arrives with the invoice date
        return;
      }
      expect(parsePageDate(due?.text ?? '')).toEqual({ ok: true, date: c.dueDate });
      expect(c.snapshot.invoiceDate).not.toBe(c.dueDate);
    },
  );

  it('list.html lists invoices under a Due Date column too', () => {
    const doc = loadFixture('list.html');
    const dueColumn = Array.from(doc.querySelectorAll('tbody tr td:nth-child(4)'));
    expect(dueColumn.length).toBeGreaterThan(10);
    expect(parsePageDate(dueColumn[0]?.textContent ?? '')).toEqual({
      ok: true,
      date: '2026-10-01',
    });
  });

  it.each(CASES.filter((c) => c.blank))(
    '$fixture with a blank invoice date reads no date, never the Due Date',
    (c) => {
      const doc = loadFixture(c.fixture);
      c.blank?.(doc);
      const reading = readInvoice(doc, DEFAULT_READING);
      expect(reading.isInvoice).toBe(true);
      expect(reading.snapshot.invoiceDate).toBeNull();
    },
  );

  it.each(CASES.filter((c) => c.isInvoice))(
    '$fixture without an invoice-date label reads no date, never the Due Date',
    (c) => {
      const doc = loadFixture(c.fixture);
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n as Text;
        text.data = text.data.replace(/Invoice Date|Issue Date/g, 'Notes');
      }
      const reading = readInvoice(doc, DEFAULT_READING);
      expect(reading.snapshot.invoiceDate).toBeNull();
      expect(reading.dateElement).toBeUndefined();
    },
  );

  it.each(fixtureNames())(
    '%s: only Export, Sync to Intacct and the export menu item guard',
    (f) => {
      const doc = loadFixture(f);
      const actions = Array.from(doc.querySelectorAll(ACTIONABLE));
      const exports = actions
        .filter((a) => isExportAction(a, DEFAULT_EXPORT_WORDS))
        .map((a) => a.id);
      expect(exports).toEqual(['export-btn', 'sync-link', 'menu-export']);
      for (const id of [
        'export-pdf-btn',
        'print-btn',
        'save-btn',
        'more-actions',
        'menu-download-csv',
      ]) {
        expect(actions.map((a) => a.id)).toContain(id);
      }
    },
  );
});

describe('tests/fixtures/README.md', () => {
  const readme = readFileSync(join(FIXTURES_DIR, 'README.md'), 'utf8');
  const rows = readme
    .split('\n')
    .filter((line) => /^\|\s*[\w-]+\.html\s*\|/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const value = (cell: string | undefined): string | null | undefined => {
    const first = (cell ?? '').split(';')[0]?.trim() ?? '';
    if (first.startsWith('–')) return undefined;
    if (first.startsWith('null')) return null;
    return first;
  };

  it('documents every fixture', () => {
    expect(rows.map((r) => r[0]).sort()).toEqual(fixtureNames());
  });

  it.each(CASES)('documents the reading of $fixture as the tests check it', (c) => {
    const row = rows.find((r) => r[0] === c.fixture) ?? [];
    expect({
      isInvoice: row[2] === 'true',
      invoiceNumber: value(row[3]),
      invoiceDate: value(row[4]),
      invoiceDateText: value(row[5]),
      postingDate: value(row[6]),
      accountingReferenceId: value(row[7]),
      syncStatus: value(row[8]),
      entity: value(row[9]),
    }).toEqual({
      isInvoice: c.isInvoice,
      invoiceNumber: c.snapshot.invoiceNumber,
      invoiceDate: c.snapshot.invoiceDate,
      invoiceDateText: c.snapshot.invoiceDateText,
      postingDate: c.snapshot.postingDate,
      accountingReferenceId: c.snapshot.accountingReferenceId,
      syncStatus: c.snapshot.syncStatus,
      entity: c.snapshot.entity,
    });
  });
});

describe('readInvoice rules', () => {
  const readHtml = (html: string, reading: Partial<typeof DEFAULT_READING> = {}) =>
    readInvoice(htmlDocument(html), { ...DEFAULT_READING, ...reading });

  it('returns a snapshot the shared schema accepts', () => {
    for (const c of CASES) {
      const { snapshot } = readInvoice(loadFixture(c.fixture), DEFAULT_READING);
      expect(invoiceSnapshotSchema.safeParse(snapshot).success).toBe(true);
    }
  });

  it('reads no date when the page has two invoice-date fields with different dates', () => {
    const reading = readHtml(
      '<label>Invoice Date <input value="09/15/2026"></label><div><span>Issue Date</span><span>09/16/2026</span></div>',
    );
    expect(reading.snapshot.invoiceDate).toBeNull();
    expect(reading.snapshot.invoiceDateText).toBe('09/15/2026');
  });

  it('reads no date when two "Label: value" lines give different dates and no field exists', () => {
    const reading = readHtml('<p>Invoice Date: 09/15/2026</p><p>Issue Date: 09/16/2026</p>');
    expect(reading.snapshot.invoiceDate).toBeNull();
  });

  it.each([
    ['a form control', '<label for="d">Invoice Date</label><input id="d" value="09/15/2026">'],
    ['a label/value pair', '<div><span>Invoice Date</span><span>09/15/2026</span></div>'],
    ['a definition list', '<dl><dt>Invoice Date</dt><dd>09/15/2026</dd></dl>'],
    [
      'a field table',
      '<table><tr><th scope="row">Invoice Date</th><td>09/15/2026</td></tr></table>',
    ],
  ])('the invoice field in %s beats a "Label: value" line elsewhere', (_, field) => {
    const reading = readHtml(
      `<p>Invoice #: INV-9</p>${field}<p class="note">Invoice Date: 01/01/2020 was wrong</p>`,
    );
    expect(reading.snapshot.invoiceDate).toBe('2026-09-15');
    expect(reading.sources?.invoiceDate).toMatchObject({ label: 'Invoice Date' });
  });

  it('a field table beats a "Label: value" line', () => {
    const reading = readHtml(
      '<p>Invoice Date: 01/01/2020</p><table><tr><th scope="row">Invoice Date</th><td>09/15/2026</td></tr></table>',
    );
    expect(reading.snapshot.invoiceDate).toBe('2026-09-15');
    expect(reading.sources?.invoiceDate).toEqual({
      label: 'Invoice Date',
      text: '09/15/2026',
      kind: 'table',
    });
  });

  it.each([
    [
      'a click-to-edit button',
      '<div><span>Invoice Date</span><button type="button">Sept 15</button></div>',
      'Sept 15',
    ],
    [
      'day first while the setting is off',
      '<label>Invoice Date <input value="15/09/2026"></label>',
      '15/09/2026',
    ],
    [
      'a <time> without a year',
      '<div><span>Invoice Date</span><time>Sep 15</time></div>',
      'Sep 15',
    ],
  ])(
    'a visible invoice-date field that does not read (%s) is unreadable, never another date',
    (_, field, shown) => {
      const reading = readHtml(
        `<p>Invoice #: INV-9</p>${field}<p>Invoice Date: 09/01/2026</p><p>Issue Date: 09/01/2026</p>`,
      );
      expect(reading.snapshot).toMatchObject({ invoiceDate: null, invoiceDateText: shown });
      expect(reading.sources?.invoiceDate).toEqual({
        label: 'Invoice Date',
        text: shown,
        kind: 'field',
      });
    },
  );

  it('an unreadable value beside a readable one in the same kind of field is no date', () => {
    const reading = readHtml(
      '<label>Invoice Date <input value="09/15/2026"></label><div><span>Issue Date</span><span>Sept 15</span></div>',
    );
    expect(reading.snapshot.invoiceDate).toBeNull();
  });

  it('says where each date was read: label, value and kind', () => {
    const reading = readHtml(
      '<label for="d">Invoice Date *</label><input id="d" value="09/15/2026"><p>GL Posting Date: 09/14/2026</p>',
    );
    expect(reading.sources).toEqual({
      invoiceDate: { label: 'Invoice Date *', text: '09/15/2026', kind: 'field' },
      postingDate: { label: 'GL Posting Date', text: '09/14/2026', kind: 'text' },
    });
  });

  it('reads one date shown twice in two formats', () => {
    const reading = readHtml(
      '<p>Invoice Date: 09/15/2026</p><div><span>Issue Date</span><span>Sep 15, 2026</span></div>',
    );
    expect(reading.snapshot.invoiceDate).toBe('2026-09-15');
  });

  it('does not take a help text beside an aria-labelledby label as a second date', () => {
    const reading = readHtml(
      '<div id="l">Invoice Date</div><div class="hint">Not before 01/01/2026</div><input aria-labelledby="l" value="09/15/2026">',
    );
    expect(reading.snapshot.invoiceDate).toBe('2026-09-15');
  });

  it('reads day first only when the setting says so', () => {
    const html = '<p>Invoice Date: 03/04/2026</p>';
    expect(readHtml(html).snapshot.invoiceDate).toBe('2026-03-04');
    expect(readHtml(html, { dayFirst: true }).snapshot.invoiceDate).toBe('2026-04-03');
  });

  it('reads the invoice date by the labels in the settings', () => {
    const html = '<p>Bill Date: 09/15/2026</p><p>Invoice Date: 09/16/2026</p>';
    expect(readHtml(html, { invoiceDateLabels: ['Bill Date'] }).snapshot.invoiceDate).toBe(
      '2026-09-15',
    );
  });

  it('keeps an unreadable date as text for the banner', () => {
    const reading = readHtml('<p>Invoice #: INV-9</p><p>Invoice Date: 02/30/2026</p>');
    expect(reading).toMatchObject({
      isInvoice: true,
      snapshot: { invoiceDate: null, invoiceDateText: '02/30/2026' },
    });
  });

  it('treats a page of invoice cards (several labelled numbers) as a list', () => {
    const reading = readHtml(
      '<article><p>Invoice #: INV-1</p><p>Invoice Date: 09/01/2026</p></article><article><p>Invoice #: INV-2</p><p>Invoice Date: 09/02/2026</p></article>',
    );
    expect(reading.isInvoice).toBe(false);
    expect(reading.snapshot.invoiceNumber).toBeUndefined();
  });

  it('is no invoice when neither an invoice date nor an invoice number is labelled', () => {
    const reading = readHtml('<h1>Invoice</h1><p>Due Date: 10/15/2026</p><p>Entity: Acme</p>');
    expect(reading).toEqual({
      isInvoice: false,
      snapshot: { invoiceDate: null, entity: 'Acme' },
      watched: [expect.any(Element)],
    });
  });

  it('ignores an "Invoice" heading beside text without a number', () => {
    const reading = readHtml('<div><h2>Invoice</h2><span>Payments</span></div>');
    expect(reading.isInvoice).toBe(false);
  });

  it.each([
    ['N/A', undefined],
    ['—', undefined],
    ['Not synced', undefined],
    ['', undefined],
    ['SI-48213', 'SI-48213'],
  ])('reads Accounting Reference ID %j as %j (a sync proof only when real)', (ref, expected) => {
    const { snapshot } = readHtml(
      `<p>Invoice #: INV-9</p><div><span>Accounting Reference ID</span><span>${ref}</span></div>`,
    );
    expect(snapshot.accountingReferenceId).toBe(expected);
  });

  it.each([
    ['Synced', 'Synced'],
    ['同期済み', '同期済み'],
    ['Ünited', 'Ünited'],
    ['—', undefined],
    ['-', undefined],
    ['', undefined],
  ])(
    'reads Sync Status %j as %j (letters of any script, never a bare dash)',
    (status, expected) => {
      const { snapshot } = readHtml(
        `<p>Invoice #: INV-9</p><div><span>Sync Status</span><span>${status}</span></div>`,
      );
      expect(snapshot.syncStatus).toBe(expected);
    },
  );
});
