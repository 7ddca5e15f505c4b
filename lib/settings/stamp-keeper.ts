import type { StoredThing } from './items';
import { storage } from './local-storage';
import { createSerialQueue } from './serial-queue';
import { stampStored } from './validated';

/**
 * Checks every stored thing once now and again whenever its value changes, stamping what
 * passes (validated.ts `stampStored`), so that values are checked once when written rather
 * than by every content script on every page load. Runs in the background, whose start also
 * covers an update: a new build's first start re-checks what the old one stamped.
 * Returns a function that stops watching.
 */
export function keepStoredStamped(things: readonly StoredThing<unknown>[]): () => void {
  const enqueue = createSerialQueue();
  const check = (thing: StoredThing<unknown>) => {
    void enqueue(() => stampStored(thing));
  };
  const unwatch = things.map((thing) => storage.watch(thing.key, () => check(thing)));
  for (const thing of things) check(thing);
  return () => {
    for (const stop of unwatch) stop();
  };
}
