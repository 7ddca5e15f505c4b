import { accessibleName } from '../../../lib/page/accessible-name';
import { findExportAction, isExportAction } from '../../../lib/page/export-action';
import { DEFAULT_EXPORT_WORDS } from '../../../lib/settings/defaults';
import { htmlDocument } from '../../support/host-pages';

function first(html: string): Element {
  const el = htmlDocument(html).body.firstElementChild;
  if (!el) throw new Error('no element');
  return el;
}

const isExport = (html: string, words: readonly string[] = DEFAULT_EXPORT_WORDS) =>
  isExportAction(first(html), words);

describe('isExportAction', () => {
  it.each([
    '<button>Export</button>',
    '<button> export </button>',
    '<button>Export to Accounting</button>',
    '<button>Export invoice</button>',
    '<button>Sync</button>',
    '<button>Sync to Intacct</button>',
    '<button>Re-sync</button>',
    '<button>Resync</button>',
    '<button><svg aria-hidden="true"></svg><span>Export</span></button>',
    '<button aria-label="Export invoice"><svg></svg></button>',
    '<a href="/sync">Sync to Intacct</a>',
    '<a role="button" tabindex="0">Export</a>',
    '<div role="button" tabindex="0">Export</div>',
    '<li role="menuitem">Export to Accounting</li>',
    '<input type="button" value="Export">',
    '<input type="SUBMIT" value="Sync to Intacct">',
  ])('%s is an export action', (html) => {
    expect(isExport(html)).toBe(true);
  });

  it.each([
    '<button>Export PDF</button>',
    '<button>Export to PDF</button>',
    '<button>Export as CSV</button>',
    '<button>Export to Excel</button>',
    '<button>Export (PDF)</button>',
    '<li role="menuitem">Download CSV</li>',
    '<button>Print</button>',
    '<button>Export and print</button>',
    '<a href="/x.pdf" aria-label="Export PDF">Export</a>',
    '<button>Save</button>',
    '<button>More actions</button>',
    '<button>Exporter settings</button>',
    '<button>Exports</button>',
    '<button>Unsync</button>',
    '<button>View sync log</button>',
    '<button></button>',
    '<div>Export</div>',
    '<span>Sync</span>',
    '<input type="text" value="Export">',
  ])('%s is not an export action', (html) => {
    expect(isExport(html)).toBe(false);
  });

  it('reads the name from aria-labelledby before aria-label and text', () => {
    const doc = htmlDocument(
      '<span id="n">Print</span><button aria-labelledby="n" aria-label="Export">Export</button>',
    );
    const button = doc.querySelector('button');
    expect(button && isExportAction(button, DEFAULT_EXPORT_WORDS)).toBe(false);
    const other = htmlDocument('<span id="n">Export</span><button aria-labelledby="n">Go</button>');
    const go = other.querySelector('button');
    expect(go && isExportAction(go, DEFAULT_EXPORT_WORDS)).toBe(true);
  });

  it('matches whole words: "Sync" alone does not cover "Re-sync"', () => {
    expect(isExport('<button>Re-sync</button>', ['Sync'])).toBe(false);
    expect(isExport('<button>Sync now</button>', ['Sync'])).toBe(true);
    expect(isExport('<button>Re-sync</button>', ['Re-sync'])).toBe(true);
  });

  it('follows the configured words only', () => {
    expect(isExport('<button>Push to ERP</button>')).toBe(false);
    expect(isExport('<button>Push to ERP</button>', ['Push to ERP'])).toBe(true);
    expect(isExport('<button>Export</button>', [])).toBe(false);
    expect(isExport('<button>Export PDF</button>', ['Export PDF'])).toBe(false);
  });
});

describe('action names are accessible names', () => {
  it.each([
    // Material UI's Icon: the ligature text is the icon, hidden from assistive tech.
    '<button><span class="material-icons notranslate" aria-hidden="true">cloud_upload</span>Sync</button>',
    '<button><span class="material-icons" aria-hidden="true">picture_as_pdf</span>Export</button>',
    // A decorative SVG keeps its <title>, which is not announced either.
    '<button><svg aria-hidden="true"><title>Download</title><path d="M0 0"></path></svg>Export</button>',
    '<button title="Sync to Intacct"><svg aria-hidden="true" focusable="false"></svg></button>',
    '<button><svg role="img"><title>Sync</title></svg></button>',
    '<button><img alt="Sync" src="sync.png"></button>',
    '<button><span hidden>Print</span>Export</button>',
    '<input type="image" alt="Export" src="export.png">',
  ])('%s is an export action', (html) => {
    expect(isExport(html)).toBe(true);
  });

  it.each([
    // The visible word of the icon is not a name: "cloud_download" is not "Download".
    '<button><span class="material-icons" aria-hidden="true">sync</span>Refresh</button>',
    '<button aria-label="Export PDF"><span class="material-icons" aria-hidden="true">sync</span>Export</button>',
    '<button><svg><title>Download</title></svg>Export</button>',
  ])('%s is not an export action', (html) => {
    expect(isExport(html)).toBe(false);
  });

  it('names by aria-labelledby even when the label element is hidden', () => {
    const doc = htmlDocument(
      '<span id="l" hidden>Sync to Intacct</span><button aria-labelledby="l"><svg></svg></button>',
    );
    const button = doc.querySelector('button');
    expect(button && accessibleName(button)).toBe('Sync to Intacct');
  });

  it('sets block parts apart and runs inline parts together, as a screen reader reads them', () => {
    const named = (html: string) => accessibleName(first(html));
    expect(named('<div role="menuitem"><div>Sync</div><div>selected</div></div>')).toBe(
      'Sync selected',
    );
    expect(named('<button>Re<b>sync</b></button>')).toBe('Resync');
    expect(named('<button><span aria-label="Export"></span> invoice</button>')).toBe(
      'Export invoice',
    );
  });
});

describe('export words anywhere in the name', () => {
  it.each([
    'Retry sync',
    'Send to Intacct',
    'Save & Sync',
    'Approve and export',
    'Sync selected (3)',
    'Export selected invoices',
    'Re-sync',
    'Resync now',
    'SYNC',
  ])('"%s" is held', (name) => {
    expect(isExport(`<button>${name}</button>`)).toBe(true);
  });

  it.each([
    'Asynchronous mode',
    'Exporter settings',
    'Export settings',
    'View sync log',
    'Sync history',
    'Exports',
    'Unsync',
    'Approve and export PDF',
    'Sync and download',
    'Syncing…',
  ])('"%s" is not', (name) => {
    expect(isExport(`<button>${name}</button>`)).toBe(false);
  });

  it('matches a configured phrase as a phrase, not as scattered words', () => {
    expect(isExport('<button>Post it to ERP now</button>', ['Post to ERP'])).toBe(false);
    expect(isExport('<button>Approve, post to ERP</button>', ['Post to ERP'])).toBe(true);
  });
});

describe('controls that only open a menu', () => {
  it.each([
    '<button aria-haspopup="menu" aria-expanded="false">Sync</button>',
    '<button aria-haspopup="true">Export</button>',
    '<button aria-expanded="false" aria-label="Sync options"></button>',
    '<button aria-expanded="true">Sync</button>',
    '<div role="menuitem" aria-haspopup="menu">Sync to Intacct</div>',
  ])('%s is not an export action', (html) => {
    expect(isExport(html)).toBe(false);
  });

  it('still holds an action whose aria-haspopup says false', () => {
    expect(isExport('<button aria-haspopup="false">Sync</button>')).toBe(true);
  });

  it('judges the item chosen in a menu on its own', () => {
    const doc = htmlDocument(`
      <div role="group"><button>Sync</button>
        <button aria-haspopup="menu" aria-expanded="true" aria-controls="m">▾</button></div>
      <div class="MuiPopover-root"><ul role="menu" id="m">
        <li role="menuitem" id="pdf">Export PDF</li>
        <li role="menuitem" id="intacct">Sync to Intacct</li>
      </ul></div>`);
    expect(findExportAction(doc.getElementById('pdf'), DEFAULT_EXPORT_WORDS)).toBeNull();
    expect(findExportAction(doc.getElementById('intacct'), DEFAULT_EXPORT_WORDS)).toBe(
      doc.getElementById('intacct'),
    );
  });
});

describe('clickable elements without a role', () => {
  it.each([
    '<a>Export</a>',
    '<a class="btn">Sync to Intacct</a>',
    '<div tabindex="0">Sync</div>',
    '<span onclick="sync()">Sync</span>',
    '<div onclick="go()"><span aria-hidden="true">⟳</span><span>Retry sync</span></div>',
  ])('%s is an export action', (html) => {
    expect(isExport(html)).toBe(true);
  });

  it.each([
    // Focusable only by script, or no mark at all: not a control.
    '<div tabindex="-1">Export</div>',
    '<span style="cursor: pointer">Sync</span>',
    // A focusable panel or card: its text is content, not an action's label.
    '<div tabindex="0">Invoice INV-1001 was synced to Intacct yesterday: sync again if needed</div>',
    '<div tabindex="0"><p>Sync</p><button>Save</button></div>',
    '<div tabindex="0"><label>Sync</label><select></select></div>',
  ])('%s is not an export action', (html) => {
    expect(isExport(html)).toBe(false);
  });

  it('climbs to the role-less clickable from a part inside it', () => {
    const doc = htmlDocument('<div onclick="x()" id="c"><span><b>Sync</b></span></div>');
    expect(findExportAction(doc.querySelector('b'), DEFAULT_EXPORT_WORDS)).toBe(
      doc.getElementById('c'),
    );
  });

  it('prefers an action by role inside a clickable wrapper', () => {
    const doc = htmlDocument('<div onclick="x()"><button id="b">Sync</button> Save</div>');
    expect(findExportAction(doc.getElementById('b'), DEFAULT_EXPORT_WORDS)).toBe(
      doc.getElementById('b'),
    );
  });
});

describe('findExportAction', () => {
  const doc = htmlDocument(`
    <div role="toolbar">
      <button id="export"><span class="icon"><svg><path d="M0 0"></path></svg></span><span>Export</span></button>
      <button id="pdf"><span>Export PDF</span></button>
      <div role="menu"><div role="menuitem" id="item"><span>Export to Accounting</span></div></div>
      <p id="plain">Export</p>
    </div>`);
  const byId = (id: string) => doc.getElementById(id);

  it('climbs from an inner span, icon or text node to the export button', () => {
    const button = byId('export');
    expect(
      findExportAction(button?.querySelector('span:last-child') ?? null, DEFAULT_EXPORT_WORDS),
    ).toBe(button);
    expect(findExportAction(button?.querySelector('path') ?? null, DEFAULT_EXPORT_WORDS)).toBe(
      button,
    );
    const text = button?.querySelector('span:last-child')?.firstChild ?? null;
    expect(text?.nodeType).toBe(3);
    expect(findExportAction(text, DEFAULT_EXPORT_WORDS)).toBe(button);
    expect(findExportAction(button, DEFAULT_EXPORT_WORDS)).toBe(button);
  });

  it('finds a menu item', () => {
    const item = byId('item');
    expect(findExportAction(item?.firstElementChild ?? null, DEFAULT_EXPORT_WORDS)).toBe(item);
  });

  it('ignores file exports, plain text and non-nodes', () => {
    expect(
      findExportAction(byId('pdf')?.firstElementChild ?? null, DEFAULT_EXPORT_WORDS),
    ).toBeNull();
    expect(findExportAction(byId('plain'), DEFAULT_EXPORT_WORDS)).toBeNull();
    expect(findExportAction(null, DEFAULT_EXPORT_WORDS)).toBeNull();
    expect(findExportAction(new EventTarget(), DEFAULT_EXPORT_WORDS)).toBeNull();
    expect(findExportAction(doc, DEFAULT_EXPORT_WORDS)).toBeNull();
  });
});
