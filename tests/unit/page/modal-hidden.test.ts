import { isModalHidden } from '../../../lib/page/modal-hidden';
import { readInvoice } from '../../../lib/page/read-invoice';
import { DEFAULT_READING, htmlDocument } from '../../support/host-pages';

/** A Material UI invoice form (TextField markup: label, input, the outline's aria-hidden legend). */
const MUI_INVOICE = `
  <h1>Invoice INV-4001</h1>
  <div class="MuiFormControl-root MuiTextField-root">
    <label class="MuiInputLabel-root" data-shrink="true" for=":r1:" id=":r1:-label">Invoice #</label>
    <div class="MuiInputBase-root MuiOutlinedInput-root">
      <input aria-invalid="false" id=":r1:" type="text" class="MuiInputBase-input" value="INV-4001">
      <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>Invoice #</span></legend></fieldset>
    </div>
  </div>
  <div class="MuiFormControl-root MuiTextField-root">
    <label class="MuiInputLabel-root" data-shrink="true" for=":r2:" id=":r2:-label">Invoice Date</label>
    <div class="MuiInputBase-root MuiOutlinedInput-root">
      <input aria-invalid="false" id=":r2:" type="text" class="MuiInputBase-input" value="09/15/2026">
      <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>Invoice Date</span></legend></fieldset>
    </div>
  </div>`;

/** Material UI's Menu while open: a Popover modal root in a portal at the end of <body>. */
const MUI_MENU = `
  <div role="presentation" class="MuiPopover-root MuiMenu-root MuiModal-root">
    <div aria-hidden="true" class="MuiBackdrop-root MuiBackdrop-invisible MuiModal-backdrop"></div>
    <div tabindex="0" data-testid="sentinelStart"></div>
    <div class="MuiPaper-root MuiPopover-paper MuiMenu-paper" tabindex="-1">
      <ul class="MuiList-root MuiMenu-list" role="menu" tabindex="-1" aria-labelledby="more">
        <li class="MuiButtonBase-root MuiMenuItem-root" tabindex="0" role="menuitem">Sync to Intacct</li>
      </ul>
    </div>
    <div tabindex="0" data-testid="sentinelEnd"></div>
  </div>`;

const read = (html: string) => readInvoice(htmlDocument(html), DEFAULT_READING);

describe('an invoice behind an open menu, popover, drawer or dialog', () => {
  it('is read through the aria-hidden Material UI puts on the app root (ModalManager)', () => {
    const reading = read(`<div id="root" aria-hidden="true">${MUI_INVOICE}</div>${MUI_MENU}`);
    expect(reading).toMatchObject({
      isInvoice: true,
      snapshot: { invoiceNumber: 'INV-4001', invoiceDate: '2026-09-15' },
    });
  });

  it('is read through the data-aria-hidden mark of Radix hideOthers', () => {
    const reading = read(
      `<div id="root" aria-hidden="true" data-aria-hidden="true">${MUI_INVOICE}</div>
       <div data-radix-popper-content-wrapper=""><div role="menu" data-state="open">
         <div role="menuitem" tabindex="-1" data-radix-collection-item="">Sync to Intacct</div>
       </div></div>`,
    );
    expect(reading.snapshot.invoiceDate).toBe('2026-09-15');
  });

  it('is read when React Aria makes the app root inert', () => {
    const reading = read(`<div id="root" inert>${MUI_INVOICE}</div>${MUI_MENU}`);
    expect(reading.snapshot.invoiceDate).toBe('2026-09-15');
  });

  it('still ignores a decorative aria-hidden copy when no layer is open', () => {
    const reading = read(
      `<div id="root">${MUI_INVOICE}<div aria-hidden="true"><span>Invoice Date</span><span>01/01/2020</span></div></div>`,
    );
    expect(reading.snapshot.invoiceDate).toBe('2026-09-15');
  });

  it('still ignores an aria-hidden app root beside a closed (hidden) menu', () => {
    const reading = read(
      `<div id="root" aria-hidden="true">${MUI_INVOICE}</div><div role="menu" hidden></div>`,
    );
    expect(reading.isInvoice).toBe(false);
  });
});

describe('isModalHidden', () => {
  it.each([
    [
      'a Material UI modal root beside it',
      `<div id="x" aria-hidden="true"></div>${MUI_MENU}`,
      true,
    ],
    [
      'an open dialog beside it',
      '<div id="x" aria-hidden="true"></div><div role="dialog"></div>',
      true,
    ],
    [
      'the aria-hidden package mark',
      '<div id="x" aria-hidden="true" data-aria-hidden="true"></div>',
      true,
    ],
    ['only an input beside it', '<div><input><span id="x" aria-hidden="true"></span></div>', false],
    [
      'a hidden menu beside it',
      '<div id="x" aria-hidden="true"></div><div role="menu" hidden></div>',
      false,
    ],
  ])('%s: %s', (_, html, expected) => {
    const doc = htmlDocument(html);
    expect(isModalHidden(doc.getElementById('x') as Element)).toBe(expected);
  });
});

/** Material UI's temporary Drawer: a modal root portal whose paper has no role of its own. */
const drawer = (style = '') => `
  <div role="presentation" class="MuiDrawer-root MuiDrawer-modal MuiModal-root" style="${style}">
    <div aria-hidden="true" class="MuiBackdrop-root MuiModal-backdrop"></div>
    <div tabindex="0" data-testid="sentinelStart"></div>
    <div class="MuiPaper-root MuiDrawer-paper MuiDrawer-paperAnchorRight" tabindex="-1">
      ${MUI_INVOICE}
      <button type="button">Sync to Intacct</button>
    </div>
    <div tabindex="0" data-testid="sentinelEnd"></div>
  </div>`;

/** A list of invoice cards: several labelled numbers, so the page alone is no invoice. */
const CARDS = `
  <article><p>Invoice #: INV-1</p><p>Invoice Date: 10/02/2026</p></article>
  <article><p>Invoice #: INV-2</p><p>Invoice Date: 10/03/2026</p></article>`;

describe('an invoice in a drawer or side panel over a list', () => {
  it('is read like a detail page', () => {
    const reading = read(`<div id="root" aria-hidden="true">${CARDS}</div>${drawer()}`);
    expect(reading).toMatchObject({
      isInvoice: true,
      snapshot: { invoiceNumber: 'INV-4001', invoiceDate: '2026-09-15' },
    });
  });

  it('is read in a non-modal side panel (role=dialog) beside the list', () => {
    const reading = read(
      `<div id="root">${CARDS}<aside role="dialog" aria-label="Invoice">${MUI_INVOICE}</aside></div>`,
    );
    expect(reading.snapshot.invoiceNumber).toBe('INV-4001');
  });

  it('is not taken from a filter dialog whose Invoice Date box is blank', () => {
    const reading = read(
      `<div id="root" aria-hidden="true"><table><tr><th>Invoice #</th><th>Invoice Date</th></tr><tr><td>INV-1</td><td>09/01/2026</td></tr><tr><td>INV-2</td><td>09/02/2026</td></tr></table></div>
       <div role="presentation"><div role="dialog" aria-label="Filter invoices"><label>Invoice Date <input value=""></label></div></div>`,
    );
    expect(reading.isInvoice).toBe(false);
  });

  it('is not read while the drawer is kept mounted but closed (visibility: hidden)', () => {
    const reading = read(`<div id="root">${CARDS}</div>${drawer('visibility: hidden')}`);
    expect(reading.isInvoice).toBe(false);
  });
});
