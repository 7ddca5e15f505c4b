import { findExportAction, isExportAction } from '../../lib/page/export-action';
import { DEFAULT_EXPORT_WORDS } from '../../lib/settings/defaults';
import { htmlDocument } from '../helpers/fixtures';

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
    '<a>Export</a>',
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
