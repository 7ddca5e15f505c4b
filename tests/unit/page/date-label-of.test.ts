import { dateLabelOf } from '../../../lib/page/date-label-of';
import { normalizeLabel } from '../../../lib/page/normalize-label';
import { DEFAULT_INVOICE_DATE_LABELS } from '../../../lib/settings/defaults';
import { loadFixture } from '../../support/host-pages';

const options = { dayFirst: false, refuse: ['GL Posting Date', 'Posting Date'] };

describe('dateLabelOf', () => {
  /** The element right after the one whose text is `label` (a `<dd>`, a value block). */
  const valueAfter = (doc: Document, selector: string, label: string) =>
    [...doc.querySelectorAll(selector)].find((el) => el.textContent?.trim() === label)
      ?.nextElementSibling ?? null;

  it.each([
    ['label-for.html', (doc: Document) => doc.querySelector('#f-invoice-date')],
    ['aria.html', (doc: Document) => doc.querySelector('[aria-labelledby="lbl-invoice-date"]')],
    ['definition-list.html', (doc: Document) => valueAfter(doc, 'dt', 'Issue Date')],
    ['sibling-blocks.html', (doc: Document) => valueAfter(doc, 'span', 'Invoice Date')],
  ])('finds the label the reader would follow on %s', (fixture, pickedIn) => {
    const doc = loadFixture(fixture);
    const picked = pickedIn(doc);
    if (!picked) throw new Error(`${fixture} has no date to pick`);
    const found = dateLabelOf(picked, doc.body, options);
    if (!found.ok) return expect.fail(`no label on ${fixture}: ${found.why}`);
    expect(DEFAULT_INVOICE_DATE_LABELS.map(normalizeLabel)).toContain(normalizeLabel(found.label));
    expect(found.date).toBe('2026-09-15');
  });

  it('learns a label no default names, as the page writes it', () => {
    const doc = loadFixture('unknown-date-label.html');
    const picked = doc.querySelector('#f-bill-date');
    expect(picked && dateLabelOf(picked, doc.body, options)).toEqual({
      ok: true,
      label: 'Bill Date',
      date: '2026-09-15',
    });
  });

  it('says so when the picked element shows no date', () => {
    const doc = loadFixture('unknown-date-label.html');
    const picked = doc.querySelector('#f-customer');
    expect(picked && dateLabelOf(picked, doc.body, options)).toEqual({ ok: false, why: 'no-date' });
  });

  it('never learns the Due Date, nor a label it must refuse', () => {
    const doc = loadFixture('unknown-date-label.html');
    const due = doc.querySelector('#f-due-date');
    expect(due && dateLabelOf(due, doc.body, options)).toEqual({ ok: false, why: 'no-label' });
    const bill = doc.querySelector('#f-bill-date');
    const refusing = { ...options, refuse: ['bill date'] };
    expect(bill && dateLabelOf(bill, doc.body, refusing)).toEqual({ ok: false, why: 'no-label' });
  });

  it('says so when a date has no label the reader could follow back to it', () => {
    document.body.innerHTML = '<main><p>Invoice INV-7</p><span id="d">09/15/2026</span></main>';
    const picked = document.getElementById('d');
    expect(picked && dateLabelOf(picked, document.body, options)).toEqual({
      ok: false,
      why: 'no-label',
    });
  });

  it('learns a column header of a tree grid, as of any table', () => {
    document.body.innerHTML =
      '<div role="treegrid"><div role="row"><span role="columnheader">Customer</span><span role="columnheader">Bill Date</span></div><div role="row"><span role="gridcell">Acme</span><span role="gridcell" id="d">09/15/2026</span></div></div>';
    const picked = document.getElementById('d');
    expect(picked && dateLabelOf(picked, document.body, options)).toEqual({
      ok: true,
      label: 'Bill Date',
      date: '2026-09-15',
    });
  });

  it('reads the date as the user writes dates: day first when set', () => {
    document.body.innerHTML =
      '<form><label for="d">Bill Date</label><input id="d" value="15/09/2026"></form>';
    const picked = document.getElementById('d');
    if (!picked) throw new Error('no field');
    expect(dateLabelOf(picked, document.body, options)).toEqual({ ok: false, why: 'no-date' });
    expect(dateLabelOf(picked, document.body, { ...options, dayFirst: true })).toMatchObject({
      ok: true,
      label: 'Bill Date',
      date: '2026-09-15',
    });
  });
});
