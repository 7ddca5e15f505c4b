import {
  EXPORT_ACTIONS_LISTED,
  exportActionsOnPage,
} from '../../../lib/page/export-actions-on-page';
import { TABLE_ROWS_READ } from '../../../lib/page/long-tables';
import { DEFAULT_EXPORT_WORDS } from '../../../lib/settings/defaults';
import { htmlDocument, loadFixture } from '../../support/host-pages';

describe('exportActionsOnPage', () => {
  it('names the export actions of a fixture page, not its file or menu-opening actions', () => {
    // The menu item is in a closed (hidden) menu: not on screen, so not listed.
    expect(exportActionsOnPage(loadFixture('label-for.html'), DEFAULT_EXPORT_WORDS)).toEqual({
      names: ['Export', 'Sync to Intacct'],
      count: 2,
    });
  });

  it('passes over hidden actions and caps the list, still counting them all', () => {
    const buttons = Array.from({ length: 14 }, (_, i) => `<button>Sync batch ${i}</button>`);
    const doc = htmlDocument(
      `${buttons.join('')}<button style="display:none">Export</button><button hidden>Sync</button>`,
    );
    const seen = exportActionsOnPage(doc, DEFAULT_EXPORT_WORDS);
    expect(seen.count).toBe(14);
    expect(seen.names).toHaveLength(EXPORT_ACTIONS_LISTED);
    expect(seen.names[0]).toBe('Sync batch 0');
  });

  it('passes over the rows of a long table past those the reader reads', () => {
    const rows = Array.from(
      { length: TABLE_ROWS_READ + 20 },
      (_, i) => `<tr><td>INV-${i}</td><td><button>Sync</button></td></tr>`,
    );
    const doc = htmlDocument(`<table><tbody>${rows.join('')}</tbody></table>`);
    expect(exportActionsOnPage(doc, DEFAULT_EXPORT_WORDS).count).toBe(TABLE_ROWS_READ);
  });
});
