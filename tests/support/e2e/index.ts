/** The real-browser harness: launch a browser with the e2e build, serve fixtures, seed storage. */
export { skipChromium, skipFirefox } from './availability';
export { axeViolations } from './axe';
export { type LaunchedChromium, launchChromium } from './chromium';
export {
  FIREFOX_EXTENSION_UUID,
  GECKO_ID,
  type LaunchedFirefox,
  launchFirefox,
  openFirefoxExtensionPage,
  reloadFirefoxExtension,
} from './firefox';
export { type FixtureServer, type RouteHandler, startFixtureServer } from './fixture-server';
export type { LaunchOptions } from './launch-env';
export {
  type AllowedRequest,
  type NetworkWatch,
  unexpectedRequests,
  type WatchedRequest,
  watchChromiumNetwork,
  watchFirefoxNetwork,
} from './network-watch';
export { e2eExtensionDir, FIXTURES_DIR } from './paths';
export {
  chromiumWithPolicy,
  E2E_CHROME_EXTENSION_ID,
  firefoxHomeWithPolicy,
  type PolicyDir,
} from './policy';
export {
  clearStorage,
  type LaunchedExtension,
  readStorage,
  type StorageItems,
  seedStorage,
} from './storage';
