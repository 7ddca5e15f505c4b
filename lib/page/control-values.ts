/** Elements whose `value` a script can change with no mutation and no event. */
const CONTROLS = 'input, select, textarea';

/**
 * The values of the form controls among `elements` and inside them, as one string: what the
 * last reading took from them. A script may set `.value` with no DOM mutation and no event
 * (Vue and Angular bindings, a skeleton loader blanking a field, a date picker writing its
 * hidden input), so the guard compares this now and then instead of waiting for a sign.
 */
export function controlValues(elements: readonly Element[]): string {
  const values: string[] = [];
  for (const element of elements) {
    if (element.matches(CONTROLS)) values.push((element as HTMLInputElement).value);
    else {
      for (const control of element.querySelectorAll(CONTROLS)) {
        values.push((control as HTMLInputElement).value);
      }
    }
  }
  return values.join('\u0000');
}
