import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  e2eExtensionDir,
  type FixtureServer,
  launchChromium,
  seedStorage,
  skipChromium,
  skipFirefox,
  startFixtureServer,
} from '../support/e2e';
import { firefoxHarness, type GuardHarness } from '../support/e2e/guard-harness';
import { type PageDriver, playwrightDriver } from '../support/e2e/page-driver';
import { SEEDED_CALENDAR } from '../support/e2e/sample-calendar';

/*
 * An install with no enterprise policy: the first invoice page after the browser starts must
 * offer Export anyway as soon as the export is held. Chromium takes seconds to answer the first
 * policy read of a browser session; Firefox throws at once when there is no policy.
 */

const anywayDisabled = (d: PageDriver) =>
  d.evaluate(() => {
    const shadow = document.querySelector('period-guard-ui')?.shadowRoot;
    const button = shadow?.querySelector<HTMLButtonElement>('[data-testid="pg-export-anyway"]');
    return button ? button.disabled : null;
  });

/** Opens the invoice at once, holds its export, and says whether Export anyway was ready. */
async function holdFirstExport(d: PageDriver, server: FixtureServer): Promise<boolean | null> {
  await d.goto(server.url('/label-for.html'));
  await d.waitForVerdict('closed');
  await d.click('#export-btn');
  await expect.poll(() => d.overlayVisible('pg-export-dialog'), { timeout: 5_000 }).toBe(true);
  return anywayDisabled(d);
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

describe.skipIf(skipChromium)('Export anyway without a policy, in Chromium', () => {
  let profileDir: string;
  beforeEach(async () => {
    profileDir = await mkdtemp(join(tmpdir(), 'period-guard-restart-'));
  });
  afterEach(async () => {
    await rm(profileDir, { recursive: true, force: true });
  });

  it('is ready on the first invoice page after the browser starts again', async () => {
    const extDir = e2eExtensionDir('chrome');
    // The install's first start: the background reads the policy (there is none) once.
    const first = await launchChromium(extDir, { profileDir });
    try {
      await seedStorage(first, SEEDED_CALENDAR);
      const page = playwrightDriver(await first.context.newPage());
      await page.goto(server.url('/label-for.html'));
      await page.waitForVerdict('closed', 15_000);
      // Long enough for the slow first policy read of this session to have answered.
      await new Promise((resolve) => setTimeout(resolve, 4_000));
    } finally {
      await first.close();
    }
    const again = await launchChromium(extDir, { profileDir });
    try {
      const d = playwrightDriver(await again.context.newPage());
      expect(await holdFirstExport(d, server)).toBe(false);
    } finally {
      await again.close();
    }
  });
});

describe.skipIf(skipFirefox)('Export anyway without a policy, in Firefox', () => {
  let harness: GuardHarness;
  beforeAll(async () => {
    harness = await firefoxHarness();
    await seedStorage(harness.ext, SEEDED_CALENDAR);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('is ready on the first invoice page', async () => {
    const d = await harness.newDriver();
    try {
      expect(await holdFirstExport(d, server)).toBe(false);
    } finally {
      await d.close();
    }
  });
});
