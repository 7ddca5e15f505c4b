/**
 * The one list of Chromium flags for the tests, the bench, the demo and the screenshots:
 * headless on a shared machine as root, no network of Chromium's own, and our extension
 * alone (extensions need a persistent context).
 */
export function chromiumArgs(extensionDir) {
  const load = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : [];
  return [
    ...load,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
