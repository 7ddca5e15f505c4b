import { Window } from 'happy-dom';
import { readInvoice } from '../../../lib/page/read-invoice';
import { DEFAULT_READING, fixtureHtml } from '../../support/host-pages';

/** A fixture with its own scripts running, as in fixtures-live.test.ts. */
const open: Window[] = [];
function openFixture(name: string): Document {
  const window = new Window({
    url: `http://localhost/${name}`,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
    },
  });
  open.push(window);
  window.document.write(fixtureHtml(name));
  return window.document as unknown as Document;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((w) => w.happyDOM.close()));
});

describe('mui-menu.html', () => {
  it('reads the invoice behind the open menu (app root aria-hidden), and again once it closes', () => {
    const doc = openFixture('mui-menu.html');
    (doc.getElementById('mui-more') as HTMLElement).click();
    expect(doc.getElementById('root')?.getAttribute('aria-hidden')).toBe('true');
    expect(doc.querySelector('[role="menuitem"]#mui-menu-sync')).not.toBeNull();
    expect(readInvoice(doc, DEFAULT_READING)).toMatchObject({
      isInvoice: true,
      snapshot: { invoiceNumber: 'INV-4001', invoiceDate: '2026-09-15' },
    });
    (doc.getElementById('mui-menu-sync') as HTMLElement).click();
    expect(doc.getElementById('root')?.hasAttribute('aria-hidden')).toBe(false);
    expect(readInvoice(doc, DEFAULT_READING).snapshot.invoiceDate).toBe('2026-09-15');
  });
});

describe('drawer.html', () => {
  it('reads the drawer alone: the list behind it, read through its aria-hidden, is not the invoice', () => {
    const doc = openFixture('drawer.html');
    const reading = readInvoice(doc, DEFAULT_READING);
    expect(reading.snapshot.invoiceNumber).toBe('INV-4501');
    expect(reading.dateElement).toBe(doc.getElementById('drawer-invoice-date'));
  });
});
