import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type LaunchOptions, launchEnv } from './launch-env';
import { FIREFOX_PATH } from './paths';

/** The add-on id from wxt.config.ts; a temporary add-on needs one to keep its storage. */
export const GECKO_ID = 'period-guard@periodguard.app';

/**
 * Firefox gives each install a random internal UUID; this pref pins it so tests can open
 * `moz-extension://<uuid>/popup.html` without asking the browser for it.
 */
export const FIREFOX_EXTENSION_UUID = '5eb1e7c4-2a0d-4c1e-9b53-9e0d5a7f1c01';

/** A headless Firefox ESR with the extension installed as a temporary add-on. */
export interface LaunchedFirefox {
  kind: 'firefox';
  browser: Browser;
  /** `moz-extension://<uuid>/`, with the trailing slash. */
  extensionBaseUrl: string;
  /** Closes the browser; puppeteer deletes its temporary profile. */
  close(): Promise<void>;
}

/**
 * Launches Firefox ESR over WebDriver BiDi (there is no geckodriver here, so no Selenium) and
 * installs the unpacked extension at `extDir`. Each launch gets a fresh temporary profile.
 */
export async function launchFirefox(
  extDir: string,
  options: LaunchOptions = {},
): Promise<LaunchedFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    },
    env: launchEnv(options.timeZone, options.env),
  });
  try {
    await browser.installExtension(extDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    kind: 'firefox',
    browser,
    extensionBaseUrl: `moz-extension://${FIREFOX_EXTENSION_UUID}/`,
    close: () => browser.close(),
  };
}

/** How long an extension page may take to show its ready selector. */
const READY_TIMEOUT_MS = 45_000;
/** A healthy tab shows an extension page within a second or two; a stuck one never does. */
const ATTEMPT_TIMEOUT_MS = 10_000;

/**
 * Opens an extension page (`popup.html`, `options.html`) in a new tab and waits for
 * `readySelector`. Firefox never reports a `moz-extension://` navigation as finished over
 * BiDi, so the navigation is fired, not awaited, and readiness is the selector appearing.
 * Now and then (more often on a loaded machine) every poll of a freshly opened tab fails with
 * a protocol error ("right-hand side of 'in' should be an object, got null") and the tab never
 * recovers: that tab is closed and the page opened again in a new one, until the deadline.
 */
export async function openFirefoxExtensionPage(
  firefox: LaunchedFirefox,
  path: string,
  readySelector: string,
): Promise<Page> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const page = await firefox.browser.newPage();
    page.goto(new URL(path, firefox.extensionBaseUrl).href).catch(() => {
      // Rejected when the page closes before the never-reported load; readiness is checked below.
    });
    try {
      const left = Math.max(1, deadline - Date.now());
      await page.waitForSelector(readySelector, { timeout: Math.min(ATTEMPT_TIMEOUT_MS, left) });
      return page;
    } catch (error) {
      await page.close().catch(() => {});
      // A stuck tab ends in a timeout (its cause the protocol error): try a fresh tab.
      if (Date.now() >= deadline) throw error;
      console.warn(
        `Firefox: opening ${path} again (${isProtocolError(error) ? 'protocol error' : 'not ready'})`,
      );
    }
  }
}

/** True for an error raised by the protocol itself (anywhere in the cause chain), not a timeout. */
function isProtocolError(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e.name === 'ProtocolError') return true;
  }
  return false;
}

/**
 * Reloads the add-on as an update would (`runtime.reload()` from one of its pages), with tabs
 * left open. The page closes with the old instance; whatever it answers is not waited for.
 */
export async function reloadFirefoxExtension(firefox: LaunchedFirefox): Promise<void> {
  const page = await openFirefoxExtensionPage(firefox, 'popup.html', '#root');
  await page
    .evaluate(() => {
      (
        globalThis as unknown as { browser: { runtime: { reload(): void } } }
      ).browser.runtime.reload();
    })
    .catch(() => {
      // The page may be torn down before the evaluation reports back.
    });
  await page.close().catch(() => {});
}
