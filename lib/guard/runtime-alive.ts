import { browser } from 'wxt/browser';

/** Whether this content script can still talk to its extension (false after an update). */
export function runtimeAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
