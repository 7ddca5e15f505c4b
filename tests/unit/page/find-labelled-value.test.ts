import { findLabelledValue, findLabelledValues } from '../../../lib/page/find-labelled-value';
import type { LabelShape } from '../../../lib/page/labelled-value';
import { TABLE_ROWS_READ } from '../../../lib/page/long-tables';
import { DEFAULT_INVOICE_DATE_LABELS } from '../../../lib/settings/defaults';
import { htmlDocument } from '../../support/host-pages';

const LABELS = DEFAULT_INVOICE_DATE_LABELS;

function find(html: string) {
  const doc = htmlDocument(html);
  const value = findLabelledValue(doc, LABELS);
  return { doc, value, summary: value && { text: value.text, shape: value.shape } };
}

describe('findLabelledValue: every labelled shape', () => {
  it.each<[string, string, LabelShape]>([
    [
      'label for → input',
      '<label for="d">Invoice Date</label><input id="d" value="09/15/2026">',
      'label-for',
    ],
    [
      'label wrapping its input',
      '<label>Invoice Date <input value="09/15/2026"></label>',
      'label-for',
    ],
    [
      'label for → textbox far away',
      '<label for="d">Invoice Date:</label><p>Due Date 10/15/2026</p><div id="d" role="textbox">09/15/2026</div>',
      'label-for',
    ],
    [
      'aria-labelledby',
      '<span id="l">Issue Date</span><span id="m">Due Date</span><input aria-labelledby="l" value="09/15/2026"><input aria-labelledby="m" value="10/15/2026">',
      'aria-labelledby',
    ],
    ['aria-label', '<input aria-label="Invoice Date" value="09/15/2026">', 'aria-label'],
    [
      'dt → dd',
      '<dl><dt>Invoice Date</dt><dd>09/15/2026</dd><dt>Due Date</dt><dd>10/15/2026</dd></dl>',
      'definition-list',
    ],
    [
      'dt, dt → shared dd',
      '<dl><dt>Memo</dt><dt>Invoice Date</dt><dd>09/15/2026</dd></dl>',
      'definition-list',
    ],
    [
      'th scope=row → td',
      '<table><tr><th scope="row">Due Date</th><td>10/15/2026</td><th scope="row">Invoice Date</th><td>09/15/2026</td></tr></table>',
      'table-row',
    ],
    [
      'th column header above a one-record row',
      '<table><thead><tr><th>Due Date</th><th colspan="1">Invoice Date</th></tr></thead><tbody><tr><td>10/15/2026</td><td>09/15/2026</td></tr></tbody></table>',
      'table-column',
    ],
    [
      'column header above a one-record row whose cell holds a nested table',
      '<table><thead><tr><th>Invoice Date</th><th>Lines</th></tr></thead><tbody><tr><td>09/15/2026</td><td><table><tr><td>a</td></tr><tr><td>b</td></tr></table></td></tr></tbody></table>',
      'table-column',
    ],
    [
      'ARIA grid column header above a one-record row in a row group',
      '<div role="grid"><div role="rowgroup"><div role="row"><span role="columnheader">Invoice Date</span></div></div><div role="rowgroup"><div role="row"><span role="gridcell">09/15/2026</span></div></div></div>',
      'table-column',
    ],
    [
      'ARIA grid row header',
      '<div role="table"><div role="row"><span role="rowheader">Invoice Date</span><span role="cell">09/15/2026</span></div></div>',
      'table-row',
    ],
    [
      'column header after a colspan',
      '<table><tr><th colspan="2">Customer</th><th>Invoice Date</th></tr><tr><td>A</td><td>B</td><td>09/15/2026</td></tr></table>',
      'table-column',
    ],
    ['sibling spans', '<div><span>Invoice Date</span><span>09/15/2026</span></div>', 'sibling'],
    [
      'label div then value div',
      '<div><div class="l"><span>Invoice Date</span><span class="req">*</span></div><div class="v"><b>09/15/2026</b></div></div>',
      'sibling',
    ],
    [
      'label split by markup',
      '<div><span>Invoice <b>Date</b></span><span>09/15/2026</span></div>',
      'sibling',
    ],
    ['bold label then text', '<p><b>Invoice Date:</b> 09/15/2026</p>', 'sibling'],
    ['td beside td', '<table><tr><td>Invoice Date</td><td>09/15/2026</td></tr></table>', 'sibling'],
    ['one-line text', '<p>Invoice Date: 09/15/2026</p>', 'text-line'],
    [
      'one line of several',
      '<pre>Customer: Acme\nInvoice Date: 09/15/2026\nDue Date: 10/15/2026</pre>',
      'text-line',
    ],
    [
      'text line cut at the next label',
      '<p>Invoice Date: 09/15/2026 Due Date: 10/15/2026</p>',
      'text-line',
    ],
  ])('%s', (_name, html, shape) => {
    expect(find(html).summary).toEqual({ text: '09/15/2026', shape });
  });

  it('returns the element holding the value', () => {
    const { doc, value } = find(
      '<div><span>Invoice Date</span><span id="v">09/15/2026</span></div>',
    );
    expect(value?.element).toBe(doc.getElementById('v'));
  });

  it('reports a labelled blank field as empty text, with its element', () => {
    const { doc, value } = find('<div><span>Invoice Date</span><span id="v"></span></div>');
    expect(value?.text).toBe('');
    expect(value?.element).toBe(doc.getElementById('v'));
  });

  it('prefers a non-blank value over a blank one', () => {
    const { value } = find(
      '<input aria-label="Invoice Date" value=""><p>Invoice Date: 09/15/2026</p>',
    );
    expect(value?.text).toBe('09/15/2026');
  });
});

describe('findLabelledValue never reads the Due Date', () => {
  it.each([
    [
      'blank value span',
      '<div><span>Invoice Date</span><span></span></div><div><span>Due Date</span><span>10/15/2026</span></div>',
    ],
    [
      'label block last in its row',
      '<div><div><span>Invoice Date</span></div></div><div><span>Due Date</span> <span>10/15/2026</span></div>',
    ],
    [
      'label with nothing after it, Due Date block next',
      '<div><span>Invoice Date:</span></div><div>Due Date: 10/15/2026</div>',
    ],
    ['empty text line', '<p>Invoice Date:</p><p>Due Date: 10/15/2026</p>'],
    ['text line with only a Due Date after it', '<p>Invoice Date: Due Date: 10/15/2026</p>'],
    [
      'label whose sibling is the Due Date label',
      '<div><span>Invoice Date</span><span>Due Date</span><span>10/15/2026</span></div>',
    ],
    ['dt without its dd', '<dl><dt>Invoice Date</dt><dt>Due Date</dt></dl><p>10/15/2026</p>'],
    [
      'label for a missing control',
      '<label for="nope">Invoice Date</label><label for="due">Due Date</label><input id="due" value="10/15/2026">',
    ],
    [
      'only a Due Date',
      '<label for="due">Due Date</label><input id="due" value="10/15/2026"><p>Payment Due Date: 10/15/2026</p>',
    ],
    ['Invoice Due Date', '<div><span>Invoice Due Date</span><span>10/15/2026</span></div>'],
  ])('%s', (_name, html) => {
    const { value } = find(html);
    expect(value?.text ?? '').not.toContain('10/15/2026');
  });
});

describe('findLabelledValue ignores what is not a label', () => {
  it.each([
    [
      'a column header of a list',
      '<table><tr><th>Invoice Date</th></tr><tr><td>09/01/2026</td></tr><tr><td>09/02/2026</td></tr></table>',
    ],
    [
      'a column header of an ARIA grid list (rows inside row groups)',
      '<div role="grid"><div role="rowgroup"><div role="row"><span role="columnheader">Invoice Date</span></div></div><div role="rowgroup"><div role="row"><span role="gridcell">09/01/2026</span></div><div role="row"><span role="gridcell">09/02/2026</span></div></div></div>',
    ],
    [
      'a column header of a list whose second row comes after a nested table',
      '<table><tr><th>Invoice Date</th></tr><tr><td>09/01/2026<table><tr><td>x</td></tr></table></td></tr><tr><td>09/02/2026</td></tr></table>',
    ],
    ['a sort button', '<div><button>Invoice Date</button><span>09/15/2026</span></div>'],
    ['a link', '<a href="#">Invoice Date</a> <span>09/15/2026</span>'],
    ['hidden markup', '<div hidden><span>Invoice Date</span><span>09/15/2026</span></div>'],
    [
      'aria-hidden markup',
      '<div aria-hidden="true"><span>Invoice Date</span><span>09/15/2026</span></div>',
    ],
    ['a template', '<template><span>Invoice Date</span><span>09/15/2026</span></template>'],
    ['script text', '<script>var x = "Invoice Date: 09/15/2026";</script>'],
    [
      'an option of a select',
      '<select><option>Invoice Date</option><option>09/15/2026</option></select>',
    ],
    [
      'our own overlay',
      '<period-guard-ui><span>Invoice Date</span><span>09/15/2026</span></period-guard-ui>',
    ],
    ['a longer label', '<div><span>Invoice Date Range</span><span>09/15/2026</span></div>'],
    ['a label on a region', '<section aria-label="Invoice Date">09/15/2026</section>'],
    [
      'a label on a tree grid',
      '<div role="treegrid" aria-label="Invoice Date"><div role="row"><span role="gridcell">09/15/2026</span></div></div>',
    ],
  ])('%s', (_name, html) => {
    expect(find(html).value).toBeUndefined();
  });
});

describe('findLabelledValues', () => {
  it('finds several fields in one pass, explicit associations first', () => {
    const doc = htmlDocument(`
      <p>Invoice Date: 09/14/2026</p>
      <span id="l">Invoice Date</span><input aria-labelledby="l" value="09/15/2026">
      <dl><dt>Entity</dt><dd>Acme West</dd><dt>Posting Date</dt><dd>09/16/2026</dd></dl>`);
    const found = findLabelledValues(doc, {
      invoiceDate: LABELS,
      postingDate: ['Posting Date'],
      entity: ['Entity'],
      missing: ['Sync Status'],
    });
    expect(found.invoiceDate.map((v) => [v.text, v.shape])).toEqual([
      ['09/15/2026', 'aria-labelledby'],
      ['09/14/2026', 'text-line'],
    ]);
    expect(found.postingDate.map((v) => v.text)).toEqual(['09/16/2026']);
    expect(found.entity.map((v) => v.text)).toEqual(['Acme West']);
    expect(found.missing).toEqual([]);
  });

  it('searches only under the given root', () => {
    const doc = htmlDocument(
      '<div id="a"><span>Invoice Date</span><span>09/15/2026</span></div><div id="b"><span>Entity</span><span>X</span></div>',
    );
    const b = doc.getElementById('b');
    expect(b && findLabelledValue(b, LABELS)).toBeUndefined();
    const a = doc.getElementById('a');
    expect(a && findLabelledValue(a, LABELS)?.text).toBe('09/15/2026');
  });

  it('uses the labels it is given (settings can add one)', () => {
    const doc = htmlDocument('<div><span>Fecha de factura</span><span>15/09/2026</span></div>');
    expect(findLabelledValue(doc, LABELS)).toBeUndefined();
    expect(findLabelledValue(doc, [...LABELS, 'Fecha de factura'])?.text).toBe('15/09/2026');
  });
});

describe('findLabelledValues: long tables', () => {
  const rows = (count: number, cell: (i: number) => string) =>
    Array.from({ length: count }, (_, i) => `<tr><td>${cell(i)}</td></tr>`).join('');
  const dated = (i: number) => `Invoice Date: 01/${String((i % 28) + 1).padStart(2, '0')}/2026`;

  it(`reads the first ${TABLE_ROWS_READ} rows of a table body and passes over the rest`, () => {
    const doc = htmlDocument(`<table><tbody>${rows(2000, dated)}</tbody></table>`);
    const found = findLabelledValues(doc, { date: LABELS }).date;
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(TABLE_ROWS_READ);
    const read = new Set(found.map((value) => value.element));
    const bodyRows = Array.from(doc.querySelectorAll('tr'));
    expect(
      bodyRows.slice(TABLE_ROWS_READ).some((row) => read.has(row.firstElementChild as Element)),
    ).toBe(false);
  });

  it('reads a label after a long table, and in a short table below it', () => {
    const doc = htmlDocument(
      `<table><tbody>${rows(300, () => 'Widget')}</tbody></table>` +
        `<table><tbody>${rows(3, () => 'Other')}<tr><th>Invoice Date</th><td>09/15/2026</td></tr></tbody></table>` +
        '<p>Due Date: 10/15/2026</p>',
    );
    const found = findLabelledValues(doc, { date: LABELS, due: ['Due Date'] });
    expect(found.date.map((value) => value.text)).toEqual(['09/15/2026']);
    expect(found.due.map((value) => value.text)).toEqual(['10/15/2026']);
  });

  it('reads labelled fields in the read rows and after the table, never in the unread rows', () => {
    const field = (n: number) => `<input aria-label="Invoice Date" value="01/${n}/2026">`;
    const doc = htmlDocument(
      `<table><tbody>${rows(120, (i) => (i === 0 || i === 60 || i === 119 ? field((i % 27) + 1) : 'Widget'))}</tbody></table>` +
        `<p>${field(28)}</p>`,
    );
    expect(findLabelledValues(doc, { date: LABELS }).date.map((value) => value.text)).toEqual([
      '01/1/2026',
      '01/28/2026',
    ]);
  });

  it('passes over a long table inside the read rows of another, and reads on after both', () => {
    const field = (n: number) => `<input aria-label="Invoice Date" value="02/${n}/2026">`;
    const inner = `<table><tbody>${rows(80, (i) => (i === 70 ? field(9) : 'Part'))}</tbody></table>`;
    const doc = htmlDocument(
      `<table><tbody>${rows(100, (i) => (i === 1 ? inner : i === 2 ? field(2) : i === 90 ? field(3) : 'Job'))}</tbody></table>` +
        `<div>${field(4)}</div>`,
    );
    expect(findLabelledValues(doc, { date: LABELS }).date.map((value) => value.text)).toEqual([
      '02/2/2026',
      '02/4/2026',
    ]);
  });

  it(`reads a table body of exactly ${TABLE_ROWS_READ} rows to its end`, () => {
    const doc = htmlDocument(
      `<table><tbody>${rows(TABLE_ROWS_READ - 1, () => 'Widget')}<tr><th>Invoice Date</th><td>09/15/2026</td></tr></tbody></table>`,
    );
    expect(findLabelledValues(doc, { date: LABELS }).date.map((value) => value.text)).toEqual([
      '09/15/2026',
    ]);
  });
});

describe('findLabelledValues: aria-label passed over by its first word', () => {
  it.each([
    ['Invoice Date (MM/DD/YYYY)', ['09/15/2026']],
    ['* invoice-date:', []],
    ['  INVOICE DATE  ', ['09/15/2026']],
    ['Select Invoice Date', []],
    ['Row 12 actions', []],
  ])('aria-label "%s"', (label, expected) => {
    const doc = htmlDocument(`<input aria-label="${label}" value="09/15/2026">`);
    const found = findLabelledValues(doc, { date: LABELS }).date;
    expect(found.map((value) => value.text)).toEqual(expected);
  });
});
