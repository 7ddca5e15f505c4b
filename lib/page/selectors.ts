import { OVERLAY_TAG } from '../guard/overlay-tag';

/**
 * The host-page selectors more than one reader uses, named after the HTML or ARIA concept,
 * native and ARIA forms together: data grids draw tables, rows and cells out of divs.
 */

/** ARIA tables: data grids (MUI X, AG Grid) and tree grids. */
export const ARIA_TABLE = '[role="table"], [role="grid"], [role="treegrid"]';
export const TABLE = `table, ${ARIA_TABLE}`;
export const ARIA_ROW = '[role="row"]';
export const ROW = `tr, ${ARIA_ROW}`;
export const ARIA_COLUMN_HEADER = '[role="columnheader"]';
export const COLUMN_HEADER = `th, ${ARIA_COLUMN_HEADER}`;
/** Header cells, of a column or of a row. */
export const HEADER_CELL = `${COLUMN_HEADER}, [role="rowheader"]`;
export const ARIA_DATA_CELL = '[role="cell"], [role="gridcell"]';
export const DATA_CELL = `td, ${ARIA_DATA_CELL}`;
/** The cells of an ARIA row that hold its data, its row header (the row's title) included. */
export const ARIA_BODY_CELL = `${ARIA_DATA_CELL}, [role="rowheader"]`;
export const CELL = `${DATA_CELL}, ${HEADER_CELL}`;

export const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
export const BUTTON = 'button, [role="button"]';

/** Native form controls: their `value` is a property a script can change with no mutation. */
export const FORM_CONTROLS = 'input, select, textarea';
/** Form controls and widgets that hold a value a label can point at. */
export const CONTROL = `${FORM_CONTROLS}, [role="textbox"], [role="combobox"], [role="spinbutton"], [role="group"], [contenteditable="true" i], [contenteditable=""]`;
export const HIDDEN_INPUT = 'input[type="hidden" i]';

/** Dialogs, alert dialogs and whatever a library marks modal. */
export const DIALOG = '[role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/** Elements whose text is never page content: code, styles, templates, our own overlay. */
export const NOT_CONTENT_TAGS = ['script', 'style', 'noscript', 'template', OVERLAY_TAG] as const;
export const NOT_CONTENT = NOT_CONTENT_TAGS.join(', ');
/** What the page never shows, whatever its styles: the `hidden` attribute, and templates. */
export const NEVER_SHOWN = '[hidden], template';
