import { Window } from 'happy-dom';
import { findExportAction } from '../../../lib/page/export-action';
import { readInvoice } from '../../../lib/page/read-invoice';
import { DEFAULT_EXPORT_WORDS } from '../../../lib/settings/defaults';
import { DEFAULT_READING, fixtureHtml } from '../../support/host-pages';

/**
 * The fixtures with their own scripts running (late data, in-app navigation, the host's
 * handlers), in a happy-dom window of their own. Our fixtures are trusted code.
 */
type Calls = Record<string, number>;
interface LivePage {
  window: Window;
  document: Document;
  calls: () => Calls;
}

const open: Window[] = [];

function openFixture(name: string, query = ''): LivePage {
  const window = new Window({
    url: `http://localhost/${name}${query}`,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
    },
  });
  open.push(window);
  window.document.write(fixtureHtml(name));
  const document = window.document as unknown as Document;
  return {
    window,
    document,
    calls: () => ({ ...(window as unknown as { __calls: Calls }).__calls }),
  };
}

const read = (page: LivePage) => readInvoice(page.document, DEFAULT_READING);
const byId = (page: LivePage, id: string) => page.document.getElementById(id) as HTMLElement;

afterEach(async () => {
  await Promise.all(open.splice(0).map((w) => w.happyDOM.close()));
});

describe('late-data.html', () => {
  it('has no date at load, then the date in the same element once it arrives', async () => {
    const page = openFixture('late-data.html', '?delay=20');
    const before = read(page);
    expect(before.isInvoice).toBe(true);
    expect(before.snapshot.invoiceDate).toBeNull();
    expect(before.dateElement).toBe(byId(page, 'invoice-date-value'));

    await page.window.happyDOM.waitUntilComplete();
    const after = read(page);
    expect(after.snapshot).toMatchObject({
      invoiceDate: '2026-09-15',
      invoiceDateText: '09/15/2026',
    });
    expect(after.dateElement).toBe(before.dateElement);
  });
});

describe('spa.html', () => {
  const settle = (page: LivePage) => page.window.happyDOM.waitUntilComplete();
  const go = async (page: LivePage, invoice: string) => {
    byId(page, `nav-${invoice}`).click();
    await settle(page);
  };

  it('opens the invoice named in the URL', () => {
    const page = openFixture('spa.html', '?invoice=INV-2003');
    expect(read(page).snapshot).toEqual({
      invoiceNumber: 'INV-2003',
      invoiceDate: '2026-09-10',
      invoiceDateText: '09/10/2026',
      accountingReferenceId: 'SI-48213',
      syncStatus: 'Synced',
    });
  });

  it('reads each invoice after pushState navigation, and again on back and forward', async () => {
    const page = openFixture('spa.html');
    const seen = () => {
      const { invoiceNumber, invoiceDate, accountingReferenceId } = read(page).snapshot;
      return { invoiceNumber, invoiceDate, accountingReferenceId };
    };
    expect(seen()).toEqual({ invoiceNumber: 'INV-2001', invoiceDate: '2026-09-15' });
    await go(page, 'INV-2002');
    expect(page.window.location.search).toBe('?invoice=INV-2002');
    expect(seen()).toEqual({ invoiceNumber: 'INV-2002', invoiceDate: '2026-11-12' });
    await go(page, 'INV-2003');
    expect(seen()).toEqual({
      invoiceNumber: 'INV-2003',
      invoiceDate: '2026-09-10',
      accountingReferenceId: 'SI-48213',
    });
    page.window.history.back();
    await settle(page);
    expect(seen()).toEqual({ invoiceNumber: 'INV-2002', invoiceDate: '2026-11-12' });
    page.window.history.forward();
    await settle(page);
    expect(seen().invoiceNumber).toBe('INV-2003');
  });

  it('reads the date as the user edits it, and keeps the edit across navigation', async () => {
    const page = openFixture('spa.html');
    const input = byId(page, 'f-invoice-date') as HTMLInputElement;
    input.value = '10/02/2026';
    input.dispatchEvent(new page.window.Event('input', { bubbles: true }) as unknown as Event);
    expect(read(page).snapshot.invoiceDate).toBe('2026-10-02');
    expect(read(page).dateElement).toBe(input);
    await go(page, 'INV-2002');
    await go(page, 'INV-2001');
    expect(read(page).snapshot.invoiceDate).toBe('2026-10-02');
  });
});

describe('faults.html', () => {
  interface FaultsHost {
    hostGo(id: string, loadMs?: number): void;
    hostRerender(compact?: boolean): void;
  }
  const host = (page: LivePage) => page.window as unknown as FaultsHost;

  it('handles clicks at #root, so a replaced button no longer counts', () => {
    const page = openFixture('faults.html');
    const old = byId(page, 'export-btn');
    old.click();
    host(page).hostRerender(true);
    const fresh = byId(page, 'export-btn');
    expect(fresh).not.toBe(old);
    expect(old.isConnected).toBe(false);
    expect(fresh.textContent).toBe('⇧Export'); // compact: no whitespace between tags
    old.click();
    fresh.click();
    expect(page.calls().export).toBe(2);
  });

  it('navigates by setting values only, behind a skeleton when asked', async () => {
    const page = openFixture('faults.html');
    const date = byId(page, 'f-invoice-date') as HTMLInputElement;
    host(page).hostGo('INV-3003');
    expect(read(page).snapshot).toMatchObject({
      invoiceNumber: 'INV-3003',
      invoiceDate: '2026-08-20',
    });
    expect(date.getAttribute('value')).toBe('09/15/2026'); // the property moved, not the attribute
    host(page).hostGo('INV-3002', 10);
    expect(read(page).snapshot.invoiceDate).toBeNull();
    await page.window.happyDOM.waitUntilComplete();
    expect(read(page).snapshot).toMatchObject({
      invoiceNumber: 'INV-3002',
      invoiceDate: '2026-11-12',
    });
  });
});

describe('the host handlers the guard must hold back', () => {
  it('count each call, and a click on the icon inside Export finds the Export button', () => {
    const page = openFixture('label-for.html');
    const icon = page.document.querySelector('#export-btn [aria-hidden="true"]') as HTMLElement;
    expect(findExportAction(icon, DEFAULT_EXPORT_WORDS)).toBe(byId(page, 'export-btn'));
    icon.click();
    byId(page, 'sync-link').click();
    byId(page, 'export-pdf-btn').click();
    expect(page.calls()).toMatchObject({ export: 1, sync: 1, exportPdf: 1, menuExport: 0 });
  });

  it('open the menu and run its Export item from the keyboard', () => {
    const page = openFixture('table.html');
    byId(page, 'more-actions').click();
    const item = byId(page, 'menu-export');
    expect(byId(page, 'actions-menu').hidden).toBe(false);
    expect(page.document.activeElement).toBe(item);
    item.dispatchEvent(
      new page.window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }) as unknown as Event,
    );
    expect(page.calls()).toMatchObject({ moreActions: 1, menuExport: 1, export: 0 });
    expect(byId(page, 'actions-menu').hidden).toBe(true);
  });
});
