import {
  e2eExtensionDir,
  type LaunchedExtension,
  type LaunchOptions,
  launchChromium,
  launchFirefox,
} from './index';
import { type PageDriver, playwrightDriver, puppeteerDriver } from './page-driver';

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
