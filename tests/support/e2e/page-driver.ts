import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/**
 * One way to drive a host page in either browser, so each guard scenario is written once.
 * Clicks and key presses are real input events (trusted), as a user's are.
 */
export interface PageDriver {
  goto(url: string): Promise<void>;
  /** `data-verdict` of the banner in `<period-guard-ui>`'s shadow root, or null. */
  verdict(): Promise<string | null>;
  waitForVerdict(expected: string, timeoutMs?: number): Promise<void>;
  /** Clicks an element of the host page (CSS selector, light DOM). */
  click(selector: string): Promise<void>;
  /** A real double click on a host page element: two clicks at the same spot, no waiting between. */
  doubleClick(selector: string): Promise<void>;
  /** Clicks one of our overlay's `data-testid` hooks inside the shadow root. */
  clickOverlay(testId: string): Promise<void>;
  overlayVisible(testId: string): Promise<boolean>;
  focus(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Replaces an input's text as a user typing would (select all, type, fires input). */
  typeInto(selector: string, text: string): Promise<void>;
  /** Types into a field of our overlay (inside its shadow root), found by its test id. */
  typeIntoOverlay(testId: string, text: string): Promise<void>;
  evaluate<T>(fn: () => T): Promise<T>;
  /** Runs `fn(arg)` in the page; `arg` is a plain string or number. */
  evaluateWith<T>(fn: (arg: string | number) => T, arg: string | number): Promise<T>;
  calls(): Promise<Record<string, number>>;
  /**
   * Uncaught errors and console errors the browser reported for this page since the driver
   * was made, from any script on it (the host's and, where the protocol reports them, ours).
   */
  reportedErrors(): string[];
  close(): Promise<void>;
}

function readVerdict(): string | null {
  const host = document.querySelector('period-guard-ui');
  const banner = host?.shadowRoot?.querySelector('[data-testid="pg-banner"]');
  return banner?.getAttribute('data-verdict') ?? null;
}

function overlayHas(testId: string): boolean {
  const host = document.querySelector('period-guard-ui');
  const el = host?.shadowRoot?.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;
  return !!el && !el.hidden && el.getClientRects().length > 0;
}

function readCalls(): Record<string, number> {
  return { ...((window as unknown as { __calls: Record<string, number> }).__calls ?? {}) };
}

async function poll(read: () => Promise<string | null>, expected: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  let last: string | null = null;
  while (Date.now() < until) {
    last = await read();
    if (last === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`verdict stayed ${JSON.stringify(last)}, expected ${expected}`);
}

export function playwrightDriver(page: PlaywrightPage): PageDriver {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const driver: PageDriver = {
    goto: async (url) => {
      await page.goto(url);
    },
    verdict: () => page.evaluate(readVerdict),
    waitForVerdict: (expected, timeoutMs = 10_000) => poll(driver.verdict, expected, timeoutMs),
    click: (selector) => page.click(selector),
    doubleClick: (selector) => page.click(selector, { clickCount: 2 }),
    // Playwright's CSS engine pierces open shadow roots.
    clickOverlay: (testId) => page.click(`period-guard-ui [data-testid="${testId}"]`),
    overlayVisible: (testId) => page.evaluate(overlayHas, testId),
    focus: (selector) => page.focus(selector),
    press: (key) => page.keyboard.press(key),
    typeInto: async (selector, text) => {
      await page.click(selector, { clickCount: 3 });
      await page.keyboard.type(text);
    },
    typeIntoOverlay: async (testId, text) => {
      await page.click(`period-guard-ui [data-testid="${testId}"]`);
      await page.keyboard.type(text);
    },
    evaluate: (fn) => page.evaluate(fn),
    evaluateWith: (fn, arg) => page.evaluate(fn, arg),
    calls: () => page.evaluate(readCalls),
    reportedErrors: () => [...errors],
    close: () => page.close(),
  };
  return driver;
}

export function puppeteerDriver(page: PuppeteerPage): PageDriver {
  const errors: string[] = [];
  page.on('pageerror', (error) =>
    errors.push(error instanceof Error ? error.message : String(error)),
  );
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const driver: PageDriver = {
    goto: async (url) => {
      await page.goto(url);
    },
    verdict: () => page.evaluate(readVerdict),
    waitForVerdict: (expected, timeoutMs = 10_000) => poll(driver.verdict, expected, timeoutMs),
    click: (selector) => page.click(selector),
    doubleClick: (selector) => page.click(selector, { count: 2 }),
    // `pierce/` finds elements inside open shadow roots.
    clickOverlay: (testId) => page.click(`pierce/[data-testid="${testId}"]`),
    overlayVisible: (testId) => page.evaluate(overlayHas, testId),
    focus: (selector) => page.focus(selector),
    press: async (key) => {
      await page.keyboard.press(key as Parameters<typeof page.keyboard.press>[0]);
    },
    typeInto: async (selector, text) => {
      await page.click(selector, { count: 3 });
      await page.keyboard.type(text);
    },
    typeIntoOverlay: async (testId, text) => {
      await page.click(`pierce/[data-testid="${testId}"]`);
      await page.keyboard.type(text);
    },
    evaluate: (fn) => page.evaluate(fn),
    evaluateWith: (fn, arg) => page.evaluate(fn, arg),
    calls: () => page.evaluate(readCalls),
    reportedErrors: () => [...errors],
    close: () => page.close(),
  };
  return driver;
}
