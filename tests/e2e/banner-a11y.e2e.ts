import {
  axeViolations,
  e2eExtensionDir,
  type FixtureServer,
  type LaunchedChromium,
  launchChromium,
  seedStorage,
  skipChromium,
  startFixtureServer,
} from '../support/e2e';
import { SEEDED_CALENDAR } from '../support/e2e/sample-calendar';

/*
 * The banner in a real page, where axe sees layout and computed colours (contrast), in light
 * and dark: unfolded with the ways out open, and folded to its pill.
 */
describe.skipIf(skipChromium)('the banner for axe in Chromium', () => {
  let server: FixtureServer;
  let chromium: LaunchedChromium;
  beforeAll(async () => {
    server = await startFixtureServer();
    chromium = await launchChromium(e2eExtensionDir('chrome'));
    await seedStorage(chromium, SEEDED_CALENDAR);
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it.each(['light', 'dark'] as const)('has no violations in %s', async (colorScheme) => {
    const page = await chromium.context.newPage();
    try {
      await page.emulateMedia({ colorScheme });
      await page.goto(server.url('/label-for.html'));
      await page.locator('[data-testid="pg-banner"][data-verdict="closed"]').waitFor();
      const ours = async () =>
        (await axeViolations(page)).filter((violation) => violation.includes('period-guard-ui'));
      await page.getByRole('button', { name: 'What can I do?' }).click();
      await page.locator('period-guard-ui textarea').waitFor();
      expect(await ours()).toEqual([]);
      await page.getByRole('button', { name: 'Hide Period Guard details' }).click();
      await page.locator('[data-testid="pg-banner"][data-folded]').waitFor();
      expect(await ours()).toEqual([]);
    } finally {
      await page.evaluate(() => sessionStorage.clear());
      await page.close();
    }
  });
});
