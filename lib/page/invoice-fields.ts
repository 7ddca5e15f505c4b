import { isInCommentary } from './commentary';
import type { LabelledValue } from './labelled-value';
import { isShownOnScreen } from './shown-on-screen';

/**
 * The values that are the invoice's own fields: on screen (not a collapsed or hidden copy of
 * the form) and not in notes, comments, activity or change history. Each element is judged
 * once, and only elements a label led to are judged at all. Values inside `outside` (open
 * panels that are not the invoice) are left out.
 */
export function invoiceFieldsOf<K extends string>(
  found: Record<K, LabelledValue[]>,
  outside: readonly Element[],
): Record<K, LabelledValue[]> {
  const verdicts = new Map<Element, boolean>();
  const isField = ({ element }: LabelledValue): boolean => {
    let known = verdicts.get(element);
    if (known === undefined) {
      known =
        !outside.some((panel) => panel.contains(element)) &&
        !isInCommentary(element) &&
        isShownOnScreen(element);
      verdicts.set(element, known);
    }
    return known;
  };
  const kept = {} as Record<K, LabelledValue[]>;
  for (const key of Object.keys(found) as K[]) kept[key] = found[key].filter(isField);
  return kept;
}
