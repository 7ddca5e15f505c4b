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

/**
 * Where a value sits, as a user would say it: the invoice's own field (a form control or a
 * label/value pair), a field table's cell, or a `Label: value` line of free text.
 */
export type SourceKind = 'field' | 'table' | 'text';

/** A value found through its label: the text shown, the element holding it, and how. */
export interface LabelledValue extends ControlValue {
  shape: LabelShape;
  /** The label as the page shows it (whitespace collapsed), for explaining a reading. */
  label?: string;
}

/** The kind of place a shape reads from. */
export function sourceKind(shape: LabelShape): SourceKind {
  if (shape === 'text-line') return 'text';
  if (shape === 'table-row' || shape === 'table-column') return 'table';
  return 'field';
}

/** Longer than this is a block of content, not a field value. */
export const MAX_VALUE_LENGTH = 200;
