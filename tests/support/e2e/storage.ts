import type { LaunchedChromium } from './chromium';
import { type LaunchedFirefox, openFirefoxExtensionPage } from './firefox';

/**
 * Values keyed by their raw `storage.local` key: WXT's item `local:calendar` is the key
 * `calendar` here (its version metadata, if any, is `calendar$`).
 */
export type StorageItems = Record<string, unknown>;

/** Either launched browser; the helpers below work the same on both. */
export type LaunchedExtension = LaunchedChromium | LaunchedFirefox;

/** The slice of the WebExtension API the evaluated functions use (they run in the browser). */
interface StorageGlobals {
  chrome?: { storage: { local: StorageLocal } };
  browser?: { storage: { local: StorageLocal } };
}
interface StorageLocal {
  set(items: StorageItems): Promise<void>;
  get(keys?: string[] | null): Promise<StorageItems>;
  clear(): Promise<void>;
}

type StorageOp =
  | { op: 'set'; items: StorageItems }
  | { op: 'get'; keys: string[] | null }
  | { op: 'clear' };

/**
 * Runs one storage.local operation inside the extension. Serialised into the browser by
 * playwright/puppeteer, so it must not close over anything.
 */
async function runStorageOp(request: StorageOp): Promise<StorageItems> {
  const globals = globalThis as unknown as StorageGlobals;
  const local = (globals.browser ?? globals.chrome)?.storage.local;
  if (!local) throw new Error('No extension storage API in this context');
  if (request.op === 'set') {
    await local.set(request.items);
    return {};
  }
  if (request.op === 'clear') {
    await local.clear();
    return {};
  }
  return local.get(request.keys);
}

async function inExtension(ext: LaunchedExtension, request: StorageOp): Promise<StorageItems> {
  if (ext.kind === 'chromium') {
    // The service worker is always there in Chromium MV3 and has no UI side effects.
    const worker = await ext.serviceWorker();
    return worker.evaluate(runStorageOp, request);
  }
  // Firefox's MV3 background is an event page tests cannot address: borrow an extension page.
  const page = await openFirefoxExtensionPage(ext, 'popup.html', '#root');
  try {
    return await page.evaluate(runStorageOp, request);
  } finally {
    await page.close();
  }
}

/**
 * Writes values into the extension's `storage.local`, the way a test loads a calendar or
 * settings before opening a page. Storage watchers in open pages fire as for a real change.
 */
export async function seedStorage(ext: LaunchedExtension, items: StorageItems): Promise<void> {
  await inExtension(ext, { op: 'set', items });
}

/** Reads the extension's `storage.local` (all of it without `keys`), e.g. the audit log. */
export function readStorage(ext: LaunchedExtension, keys?: string[]): Promise<StorageItems> {
  return inExtension(ext, { op: 'get', keys: keys ?? null });
}

/** Empties the extension's `storage.local`, for tests that share one browser. */
export async function clearStorage(ext: LaunchedExtension): Promise<void> {
  await inExtension(ext, { op: 'clear' });
}
