import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { chromiumArgs } from '../../../scripts/chromium-args.mjs';
import { type LaunchOptions, launchEnv } from './launch-env';
import { CHROMIUM_PATH } from './paths';

/** A headless Chromium with the extension loaded, as the tests drive it. */
export interface LaunchedChromium {
  kind: 'chromium';
  context: BrowserContext;
  /** Host of `chrome-extension://<id>/`; depends on the folder path, so read it, never hard-code it. */
  extensionId: string;
  /** `chrome-extension://<id>/`, with the trailing slash. */
  extensionBaseUrl: string;
  /** The extension's background service worker, found again if Chromium restarted it. */
  serviceWorker(): Promise<Worker>;
  /** Closes the browser and deletes its temporary profile. */
  close(): Promise<void>;
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

async function findServiceWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find(isExtensionWorker);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 });
}

/**
 * Launches Chromium with the unpacked extension at `extDir` in a fresh temporary profile (or
 * the given `profileDir`), so no test sees another test's storage. Resolves once the service worker is up, because the
 * extension id is only known from its URL.
 */
export async function launchChromium(
  extDir: string,
  options: LaunchOptions = {},
): Promise<LaunchedChromium> {
  const profileDir =
    options.profileDir ?? (await mkdtemp(join(tmpdir(), 'period-guard-chromium-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: options.executablePath ?? CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(extDir),
    env: launchEnv(options.timeZone, options.env),
  });
  const close = async () => {
    await context.close();
    if (options.profileDir === undefined) await rm(profileDir, { recursive: true, force: true });
  };
  try {
    const worker = await findServiceWorker(context);
    const extensionId = new URL(worker.url()).host;
    return {
      kind: 'chromium',
      context,
      extensionId,
      extensionBaseUrl: `chrome-extension://${extensionId}/`,
      serviceWorker: () => findServiceWorker(context),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
