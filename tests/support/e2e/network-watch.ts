import type { Request as PlaywrightRequest } from 'playwright-core';
import type {
  Page as PuppeteerPage,
  HTTPRequest as PuppeteerRequest,
  Target,
} from 'puppeteer-core';
import type { LaunchedChromium } from './chromium';
import type { LaunchedFirefox } from './firefox';

/**
 * Every network request the browser's pages and the extension make while a test runs, for
 * The privacy promise (docs/privacy.md): nothing leaves the browser
 * but the calendar fetch the user configured.
 *
 * What each browser lets a test see (tried on Chromium 156 and Firefox ESR 153):
 * - Chromium: every tab (web pages, where the content script runs, and extension pages) and
 *   the extension's service worker, through the context's `request` event.
 * - Firefox: every tab, web pages and extension pages (`moz-extension://`), through
 *   puppeteer's page events. Not the MV3 background event page: WebDriver BiDi reports no
 *   request from it (tried: a fetch from it through `runtime.getBackgroundPage()` shows no
 *   event). The background code is the same in both builds, so the Chromium run covers it.
 */
export interface WatchedRequest {
  url: string;
  method: string;
  /** `document`, `script`, `fetch`, `xhr`, `image`, … as the browser names it. */
  resourceType: string;
  /** Who asked: a web page (or its content script), an extension page, or the worker. */
  source: 'web-page' | 'extension-page' | 'service-worker';
  /** The page (or worker script) the request came from. */
  from: string;
}

export interface NetworkWatch {
  /** Everything recorded so far, oldest first. */
  requests(): WatchedRequest[];
  /** Forgets what was recorded (between tests sharing one browser). */
  clear(): void;
  /** Stops recording. */
  stop(): void;
}

/** A URL the test expects: a string (exact, or a prefix ending in `*`), a RegExp or a test. */
export type AllowedRequest = string | RegExp | ((url: URL) => boolean);

const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:'];

function isExtensionUrl(url: string): boolean {
  return url.startsWith('chrome-extension://') || url.startsWith('moz-extension://');
}

function allows(rule: AllowedRequest, url: URL): boolean {
  if (typeof rule === 'function') return rule(url);
  if (rule instanceof RegExp) return rule.test(url.href);
  return rule.endsWith('*') ? url.href.startsWith(rule.slice(0, -1)) : url.href === rule;
}

/**
 * The requests that went to the network and were not expected: everything but the
 * extension's own files (and data:, blob:, about: URLs, which never leave the browser) and
 * what `allowed` lists (the fixture pages the test opened, the calendar URL it configured).
 */
export function unexpectedRequests(
  requests: readonly WatchedRequest[],
  allowed: readonly AllowedRequest[],
): WatchedRequest[] {
  return requests.filter((request) => {
    const url = new URL(request.url);
    if (EXTENSION_SCHEMES.includes(url.protocol)) return false;
    return !allowed.some((rule) => allows(rule, url));
  });
}

/** Records the requests of every page and of the extension's service worker in Chromium. */
export function watchChromiumNetwork(chromium: LaunchedChromium): NetworkWatch {
  let recorded: WatchedRequest[] = [];
  const onRequest = (request: PlaywrightRequest) => {
    const worker = request.serviceWorker();
    let from = worker?.url() ?? '';
    if (!worker) {
      try {
        from = request.frame().url();
      } catch {
        from = ''; // a request of a frame already gone
      }
    }
    // A navigation belongs to the page it loads, not to the one being left.
    const page = request.isNavigationRequest() ? request.url() : from;
    recorded.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      source: worker ? 'service-worker' : isExtensionUrl(page) ? 'extension-page' : 'web-page',
      from,
    });
  };
  chromium.context.on('request', onRequest);
  return {
    requests: () => [...recorded],
    clear: () => {
      recorded = [];
    },
    stop: () => {
      chromium.context.off('request', onRequest);
    },
  };
}

/**
 * Puppeteer over BiDi never sees a `moz-extension://` navigation finish (firefox.ts), so an
 * extension page keeps reporting `about:blank` as its URL. Web pages the tests open are
 * followed fine, so a request from a page still at `about:blank` comes from an extension page.
 */
function isUnfollowed(pageUrl: string): boolean {
  return pageUrl === '' || pageUrl === 'about:blank';
}

/** Puppeteer over WebDriver BiDi does not know resource types (it throws); say so instead. */
function resourceTypeOf(request: PuppeteerRequest): string {
  try {
    return request.resourceType();
  } catch {
    return request.isNavigationRequest() ? 'document' : 'unknown';
  }
}

/** Records the requests of every tab in Firefox, open now or opened later (see above). */
export function watchFirefoxNetwork(firefox: LaunchedFirefox): NetworkWatch {
  let recorded: WatchedRequest[] = [];
  const watched = new Set<PuppeteerPage>();
  const onRequest = (request: PuppeteerRequest) => {
    const from = request.frame()?.url() ?? '';
    const page = request.isNavigationRequest() ? request.url() : from;
    recorded.push({
      url: request.url(),
      method: request.method(),
      resourceType: resourceTypeOf(request),
      source: isExtensionUrl(page) || isUnfollowed(page) ? 'extension-page' : 'web-page',
      from,
    });
  };
  const watch = (page: PuppeteerPage | null) => {
    if (!page || watched.has(page)) return;
    watched.add(page);
    page.on('request', onRequest);
  };
  const onTarget = (target: Target) => {
    void target.page().then(watch, () => undefined);
  };
  firefox.browser.on('targetcreated', onTarget);
  void firefox.browser.pages().then((pages) => pages.forEach(watch));
  return {
    requests: () => [...recorded],
    clear: () => {
      recorded = [];
    },
    stop: () => {
      firefox.browser.off('targetcreated', onTarget);
      for (const page of watched) page.off('request', onRequest);
      watched.clear();
    },
  };
}
