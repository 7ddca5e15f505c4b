import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../../scripts/chromium-args.mjs';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const PAGE_PROBE = join(import.meta.dirname, 'page-probe.js');

/**
 * The flags of scripts/chromium-args.mjs, shared with the tests, so the bench drives
 * the browser the way the tests do. The "without" browser gets the same flags minus the two
 * that load the extension.
 */

function hasServiceWorker(extensionDir) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  return Boolean(manifest.background?.service_worker);
}

function isExtensionWorker(worker) {
  return worker.url().startsWith('chrome-extension://');
}

async function findServiceWorker(context) {
  const running = context.serviceWorkers().find(isExtensionWorker);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 });
}

/**
 * Launches headless Chromium in a fresh profile, with the unpacked extension at
 * `extensionDir` or, when it is `null`, with no extension at all. Every page gets the probe
 * (long tasks, content-script start) before its own scripts run.
 */
export async function launchBenchChromium(extensionDir) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: sudo apt-get install chromium`);
  }
  const profileDir = await mkdtemp(join(tmpdir(), 'period-guard-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(extensionDir),
  });
  const close = async () => {
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
  };
  try {
    await context.addInitScript({ path: PAGE_PROBE });
    // Chromium opens a first tab with the persistent profile; the bench opens its own.
    for (const page of context.pages()) await page.close();
    const worker =
      extensionDir && hasServiceWorker(extensionDir) ? await findServiceWorker(context) : null;
    return {
      context,
      withExtension: Boolean(extensionDir),
      worker,
      extensionId: worker ? new URL(worker.url()).host : null,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Writes raw `storage.local` keys inside the extension, through its service worker. */
export async function seedExtensionStorage(launched, items) {
  if (!launched.worker) return false;
  await launched.worker.evaluate((values) => chrome.storage.local.set(values), items);
  return true;
}

/** The version string of the Chromium the bench drives, for the report. */
export function chromiumVersion(launched) {
  return launched.context.browser()?.version() ?? 'unknown';
}
