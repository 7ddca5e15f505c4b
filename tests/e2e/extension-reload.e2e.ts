import {
  type FixtureServer,
  type LaunchedChromium,
  seedStorage,
  skipChromium,
  startFixtureServer,
} from './support';
import { chromiumHarness, type GuardHarness } from './support/guard-harness';
import { SEEDED_CALENDAR } from './support/sample-calendar';

/**
 * Chrome does not re-inject content scripts into open tabs when an extension is updated or
 * reloaded: the old copy loses its connection. It must keep holding exports (asking for a
 * reload), never go quiet.
 */
describe.skipIf(skipChromium)(
  'after the extension is reloaded under an open tab (Chromium)',
  () => {
    let server: FixtureServer;
    let harness: GuardHarness;

    // A fresh browser per case: a reloaded unpacked extension does not reliably come back.
    beforeAll(async () => {
      server = await startFixtureServer();
    });
    afterAll(async () => {
      await server?.close();
    });
    beforeEach(async () => {
      harness = await chromiumHarness();
      await seedStorage(harness.ext, SEEDED_CALENDAR);
    });
    afterEach(async () => {
      await harness?.close();
    });

    it.each([
      ['an open period', '/spa.html?invoice=INV-2002', 'open'],
      ['a closed period', '/label-for.html', 'closed'],
    ])('holds the export on an invoice in %s and asks for a reload', async (_, path, verdict) => {
      const d = await harness.newDriver();
      try {
        await d.goto(server.url(path));
        await d.waitForVerdict(verdict);
        const chromium = harness.ext as LaunchedChromium;
        const worker = await chromium.serviceWorker();
        await worker
          .evaluate(() =>
            (
              globalThis as unknown as { chrome: { runtime: { reload(): void } } }
            ).chrome.runtime.reload(),
          )
          .catch(() => {});
        await new Promise((resolve) => setTimeout(resolve, 1500));

        await d.click('#export-btn');
        await expect
          .poll(() => d.overlayVisible('pg-export-dialog'), { timeout: 5_000 })
          .toBe(true);
        expect(await d.overlayVisible('pg-export-anyway')).toBe(false);
        const text = await d.evaluate(
          () =>
            document
              .querySelector('period-guard-ui')
              ?.shadowRoot?.querySelector('[role=alertdialog]')?.textContent ?? '',
        );
        expect(text).toContain('Reload this tab');
        await d.clickOverlay('pg-export-cancel');
        expect((await d.calls()).export).toBe(0);
      } finally {
        await d.close();
      }
    });
  },
);
