import type { ControlValue } from './read-control-value';

/** How a label led to its value; kept for tests and for explaining a reading. */
export type LabelShape =
  | 'label-for'
  | 'aria-labelledby'
  | 'aria-label'
  | 'definition-list'
  | 'table-row'
  | 'table-column'
  | 'sibling'
  | 'text-line';

/** A value found through its label: the text shown, the element holding it, and how. */
export interface LabelledValue extends ControlValue {
  shape: LabelShape;
}

/** Longer than this is a block of content, not a field value. */
export const MAX_VALUE_LENGTH = 200;

/** Form controls and widgets that hold a value a label can point at. */
export const CONTROL =
  'input, select, textarea, [role="textbox"], [role="combobox"], [role="spinbutton"], [role="group"], [contenteditable="true" i], [contenteditable=""]';
