import {
  e2eExtensionDir,
  type FixtureServer,
  type LaunchedExtension,
  type LaunchOptions,
  launchChromium,
  launchFirefox,
  seedStorage,
  startFixtureServer,
} from './index';
import { type PageDriver, playwrightDriver, puppeteerDriver } from './page-driver';
import { SEEDED_CALENDAR } from './sample-calendar';

/** A launched browser with the e2e build, able to open host pages as drivers. */
export interface GuardHarness {
  ext: LaunchedExtension;
  newDriver(): Promise<PageDriver>;
  close(): Promise<void>;
}

export async function chromiumHarness(options: LaunchOptions = {}): Promise<GuardHarness> {
  const ext = await launchChromium(e2eExtensionDir('chrome'), options);
  return {
    ext,
    newDriver: async () => playwrightDriver(await ext.context.newPage()),
    close: () => ext.close(),
  };
}

export async function firefoxHarness(options: LaunchOptions = {}): Promise<GuardHarness> {
  const ext = await launchFirefox(e2eExtensionDir('firefox'), options);
  return {
    ext,
    newDriver: async () => puppeteerDriver(await ext.browser.newPage()),
    close: () => ext.close(),
  };
}

/** What {@link useGuardBrowser} hands a describe block; set once its beforeAll has run. */
export interface GuardBrowser {
  readonly server: FixtureServer;
  readonly harness: GuardHarness;
}

/**
 * For one describe block: the fixture server and one browser with the e2e build and the
 * sample calendar, started before its tests and closed after them. Per-test pages stay with
 * the block (some check what the page reported before closing it).
 */
export function useGuardBrowser(launch: () => Promise<GuardHarness>): GuardBrowser {
  let server: FixtureServer | undefined;
  let harness: GuardHarness | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    harness = await launch();
    await seedStorage(harness.ext, SEEDED_CALENDAR);
  });
  afterAll(async () => {
    await harness?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started yet (used before beforeAll?)`);
    return value;
  };
  return {
    get server() {
      return started(server, 'the fixture server');
    },
    get harness() {
      return started(harness, 'the browser');
    },
  };
}
