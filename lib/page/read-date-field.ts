import type { IsoDate } from '../calendar/iso-date';
import { parsePageDate } from '../dates/parse-page-date';
import { type LabelledValue, type SourceKind, sourceKind } from './labelled-value';

/** Text fields keep at most what the snapshot schema allows. */
export const MAX_TEXT = 200;

/** The field a date was read from, as a user would look for it on the page. */
export interface ValueSource {
  label: string;
  text: string;
  kind: SourceKind;
}

/** A date read from its fields: the date (null when none reads), what was shown, and where. */
export interface DateField {
  date: IsoDate | null;
  text?: string;
  element?: Element;
  source?: ValueSource;
}

/** The invoice's own field first, then a field table, then `Label: value` free text. */
const PRIORITY: readonly SourceKind[] = ['field', 'table', 'text'];

/**
 * The values of the best kind the page has: a note or activity line saying "Invoice Date:
 * 01/01/2020" must neither decide the date nor, beside the invoice's own field, unsettle it.
 */
function ownValues(values: LabelledValue[]): LabelledValue[] {
  for (const kind of PRIORITY) {
    const own = values.filter((v) => sourceKind(v.shape) === kind);
    if (own.length > 0) return own;
  }
  return [];
}

/**
 * One date from the best place the page labels it. The same date shown twice (a picker's text
 * and its hidden input) is one date; two different dates are no date at all, because the
 * guard must not pick one and be wrong; a shown value that does not read as a date is no date
 * either (never a fall-through to another date on the page).
 */
export function readDateField(values: LabelledValue[], dayFirst: boolean): DateField {
  const own = ownValues(values);
  const shown = own.filter((v) => v.text !== '');
  const read = shown.map((v) => ({ value: v, reading: parsePageDate(v.text, { dayFirst }) }));
  const dates = new Set(read.flatMap((r) => (r.reading.ok ? [r.reading.date] : [])));
  const unreadable = read.find((r) => !r.reading.ok)?.value;
  const used = unreadable ?? read.find((r) => r.reading.ok)?.value ?? shown[0] ?? own[0];
  const [date] = dates;
  return {
    date: !unreadable && dates.size === 1 && date !== undefined ? date : null,
    text: used?.text ? used.text.slice(0, MAX_TEXT) : undefined,
    element: used?.element,
    source: used && {
      label: used.label ?? '',
      text: used.text.slice(0, MAX_TEXT),
      kind: sourceKind(used.shape),
    },
  };
}
