import { readInvoice } from '../../../lib/page/read-invoice';
import { DEFAULT_READING, htmlDocument } from '../../support/host-pages';

const FIELD =
  '<p>Invoice #: INV-9</p><label for="d">Invoice Date</label><input id="d" value="09/15/2026">';
const read = (html: string) => readInvoice(htmlDocument(html), DEFAULT_READING);

describe('what is not the invoice field', () => {
  it.each([
    [
      'a notes section',
      '<section><h2>Notes</h2><p>Invoice Date: 01/01/2020 was a typo</p></section>',
    ],
    [
      'a notes section holding a label/value pair',
      '<section><h3>Internal notes (2)</h3><div><span>Invoice Date</span><span>01/01/2020</span></div></section>',
    ],
    [
      'a change-history table',
      '<table><thead><tr><th>Field</th><th>Old value</th><th>New value</th><th>Changed by</th></tr></thead><tbody><tr><td>Invoice Date</td><td>01/01/2020</td><td>09/15/2026</td><td>Ana</td></tr></tbody></table>',
    ],
    [
      'a change-history tree grid',
      '<div role="treegrid"><div role="row"><span role="columnheader">Field</span><span role="columnheader">Old value</span><span role="columnheader">New value</span></div><div role="row"><span role="gridcell">Invoice Date</span><span role="gridcell">01/01/2020</span><span role="gridcell">08/01/2026</span></div></div>',
    ],
    [
      'an activity feed (role=feed)',
      '<div role="feed"><article><span>Invoice Date</span><span>08/01/2026</span></article></div>',
    ],
    ['an activity log (role=log)', '<ul role="log"><li>Invoice Date: 08/01/2026</li></ul>'],
    [
      'a card headed Activity (Material UI CardHeader)',
      '<div class="MuiCard-root"><div class="MuiCardHeader-root"><div class="MuiCardHeader-content"><span class="MuiCardHeader-title">Activity</span></div></div><div class="MuiCardContent-root"><div><span>Invoice Date</span><span>08/01/2026</span></div></div></div>',
    ],
    [
      'a comments region',
      '<div role="region" aria-label="Comments"><p><span>Issue Date</span> <span>Sept 1</span></p></div>',
    ],
  ])('the invoice field decides, not %s', (_, commentary) => {
    const reading = read(`${FIELD}${commentary}`);
    expect(reading.snapshot.invoiceDate).toBe('2026-09-15');
  });

  it('a note is no invoice date of its own: alone it leaves the date unread', () => {
    const reading = read(
      '<p>Invoice #: INV-9</p><section><h2>Notes</h2><p>Invoice Date: 09/15/2026</p></section>',
    );
    expect(reading.snapshot.invoiceDate).toBeNull();
  });

  it('a field whose first sibling is an empty Notes field is still a field', () => {
    const reading = read(
      '<form><div><label for="n">Notes</label><textarea id="n"></textarea></div><div><label for="d">Invoice Date</label><input id="d" value="09/15/2026"></div></form>',
    );
    expect(reading.snapshot.invoiceDate).toBe('2026-09-15');
  });
});

describe('hidden copies of the form', () => {
  const copy = (wrapper: string) =>
    `${FIELD}${wrapper.replace('%', '<label for="c">Invoice Date</label><input id="c" value="Sept 15"><label for="c2">Issue Date</label><input id="c2" value="01/01/2020">')}`;

  it.each([
    ['display: none', '<div style="display: none">%</div>'],
    [
      'a collapsed Material UI Collapse (visibility: hidden at height 0)',
      '<style>.MuiCollapse-hidden { visibility: hidden; }</style><div class="MuiCollapse-root MuiCollapse-vertical MuiCollapse-hidden" style="min-height: 0px; height: 0px;"><div class="MuiCollapse-wrapper"><div class="MuiCollapse-wrapperInner">%</div></div></div>',
    ],
    ['the hidden attribute', '<div hidden>%</div>'],
    ['a copy parked off-screen', '<div style="position: absolute; left: -9999px; top: 0">%</div>'],
  ])('%s is not read', (_, wrapper) => {
    const reading = read(copy(wrapper));
    expect(reading.snapshot).toMatchObject({
      invoiceDate: '2026-09-15',
      invoiceDateText: '09/15/2026',
    });
  });

  it('a copy shown again is read again (and two different dates are no date)', () => {
    const doc = htmlDocument(copy('<div id="wrap" style="display: none">%</div>'));
    expect(readInvoice(doc, DEFAULT_READING).snapshot.invoiceDate).toBe('2026-09-15');
    (doc.getElementById('wrap') as HTMLElement).style.display = 'block';
    expect(readInvoice(doc, DEFAULT_READING).snapshot.invoiceDate).toBeNull();
  });
});
