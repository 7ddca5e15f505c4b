import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { announcedSelection } from '../../../lib/page/announced-selection';
import { readInvoiceLists } from '../../../lib/page/list-reader';
import { DEFAULT_READING, FIXTURES_DIR, htmlDocument, loadFixture } from '../../support/host-pages';

function listsOf(doc: Document) {
  return readInvoiceLists(doc, DEFAULT_READING);
}

/** A MUI X DataGrid of `total` rows, two rendered, as GridHeaderCheckbox and the footer draw it. */
function muiGrid({
  total,
  header,
  footer = '',
}: {
  total: number;
  header: 'all' | 'some' | 'none';
  footer?: string;
}) {
  const box =
    header === 'all'
      ? '<input type="checkbox" data-indeterminate="false" aria-label="Unselect all rows" name="select_all_rows" checked>'
      : header === 'some'
        ? '<input type="checkbox" data-indeterminate="true" aria-label="Select all rows" name="select_all_rows">'
        : '<input type="checkbox" data-indeterminate="false" aria-label="Select all rows" name="select_all_rows">';
  const row = (n: number) =>
    `<div role="row" aria-rowindex="${n + 1}" aria-selected="${header === 'all'}"><div role="gridcell" data-field="__check__" aria-colindex="1"><input type="checkbox"${header === 'all' ? ' checked' : ''}></div><div role="gridcell" data-field="number" aria-colindex="2">INV-${n}</div><div role="gridcell" data-field="invoiceDate" aria-colindex="3">10/0${n}/2026</div></div>`;
  return htmlDocument(`<div class="MuiDataGrid-root" role="grid" aria-rowcount="${total + 1}" aria-multiselectable="true">
    <div role="rowgroup"><div role="row" aria-rowindex="1"><div role="columnheader" data-field="__check__" aria-colindex="1">${box}</div><div role="columnheader" data-field="number" aria-colindex="2">Invoice #</div><div role="columnheader" data-field="invoiceDate" aria-colindex="3">Invoice Date</div></div></div>
    <div role="rowgroup">${row(1)}${row(2)}</div>
    <div class="MuiDataGrid-footerContainer">${footer ? `<div class="MuiDataGrid-selectedRowCount">${footer}</div>` : ''}</div>
  </div>`);
}

function button(name: string) {
  const doc = htmlDocument(`<button>${name}</button>`);
  return doc.querySelector('button');
}

describe('announcedSelection', () => {
  it('reads a ticked "select all" as every row of the grid, by aria-rowcount less its header row', () => {
    const doc = muiGrid({ total: 2000, header: 'all' });
    expect(announcedSelection(listsOf(doc), null)).toEqual({ count: 2000, source: 'select-all' });
  });

  it('does not read a half-ticked header box as "select all"', () => {
    const doc = muiGrid({ total: 2000, header: 'some' });
    expect(announcedSelection(listsOf(doc), null)).toBeNull();
  });

  it("reads the grid's own count: MUI's footer", () => {
    const doc = muiGrid({ total: 2000, header: 'some', footer: '1,999 rows selected' });
    expect(announcedSelection(listsOf(doc), null)).toEqual({ count: 1999, source: 'grid-status' });
  });

  it("reads AG Grid's status bar beside the grid's body", () => {
    const doc = htmlDocument(`<div class="ag-root-wrapper"><div class="ag-root-wrapper-body">
      <div class="ag-root" role="treegrid" aria-rowcount="1501">
        <div role="row" aria-rowindex="1"><div role="columnheader" col-id="number">Invoice #</div><div role="columnheader" col-id="date">Invoice Date</div></div>
        <div role="row" aria-rowindex="2"><div role="gridcell" col-id="number">INV-1</div><div role="gridcell" col-id="date">10/01/2026</div></div>
      </div></div>
      <div class="ag-status-bar"><div class="ag-status-name-value"><span>Selected</span>: <span class="ag-status-name-value-value">1,500</span></div></div>
    </div>`);
    expect(announcedSelection(listsOf(doc), null)).toEqual({ count: 1500, source: 'grid-status' });
  });

  it("reads a count in the export action's name, only beside the word selected", () => {
    expect(announcedSelection([], button('Sync selected (2,000)'))).toEqual({
      count: 2000,
      source: 'action-name',
    });
    expect(announcedSelection([], button('Export 350 selected invoices'))?.count).toBe(350);
    expect(announcedSelection([], button('Export (2026)'))).toBeNull();
    expect(announcedSelection([], button('Sync selected (0)'))).toBeNull();
  });

  it('takes the largest count the page states', () => {
    const doc = muiGrid({ total: 2000, header: 'all', footer: '2,000 rows selected' });
    const action = button('Sync selected (2,500)');
    expect(announcedSelection(listsOf(doc), action)).toEqual({
      count: 2500,
      source: 'action-name',
    });
  });

  it('says nothing for a plain table, whatever its header box: every row is in the page', () => {
    const doc =
      htmlDocument(`<table><thead><tr><th><input type="checkbox" checked></th><th>Invoice #</th><th>Invoice Date</th></tr></thead>
      <tbody><tr><td><input type="checkbox" checked></td><td>INV-1</td><td>10/01/2026</td></tr></tbody></table>`);
    expect(announcedSelection(listsOf(doc), null)).toBeNull();
  });
});

describe('tests/fixtures/README.md, the selection each list page states', () => {
  const readme = readFileSync(join(FIXTURES_DIR, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Invoice lists'));
  const rows = section
    .split('\n')
    .filter((line) => /^\|\s*(\.\/|lists\/)[\w-]+\.html\s*\|/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );

  it('documents a stated selection for every list fixture', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[7], row[0]).toBeTruthy();
  });

  it.each(rows.map((row) => ({ fixture: (row[0] ?? '').replace(/^\.\//, ''), stated: row[7] })))(
    '$fixture states $stated',
    ({ fixture, stated }) => {
      const expected = /^[\d,]+/.exec(stated ?? '')?.[0];
      const read = announcedSelection(listsOf(loadFixture(fixture)), null);
      expect(read?.count ?? null).toBe(expected ? Number(expected.replace(/,/g, '')) : null);
    },
  );
});
