import { FORM_CONTROLS } from './selectors';

/**
 * The form controls among `elements` and inside them, in order: where a reading took values
 * that a script may change with no DOM mutation and no event (Vue and Angular bindings, a
 * skeleton loader blanking a field, a date picker writing its hidden input). Found once per
 * reading: a control added or replaced later is a mutation, which brings a new reading.
 */
export function controlsAmong(elements: readonly Element[]): HTMLInputElement[] {
  const controls: HTMLInputElement[] = [];
  for (const element of elements) {
    if (element.matches(FORM_CONTROLS)) controls.push(element as HTMLInputElement);
    else controls.push(...element.querySelectorAll<HTMLInputElement>(FORM_CONTROLS));
  }
  return controls;
}

/**
 * The `value` properties of `controls` as one string, so the guard can tell, now and then,
 * whether any changed since it read them.
 */
export function controlValues(controls: readonly HTMLInputElement[]): string {
  return controls.map((control) => control.value).join('\u0000');
}
