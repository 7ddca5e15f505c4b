import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, found from this file so tests work from any working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Host-page fixtures served by the fixture server. */
export const FIXTURES_DIR = join(REPO_ROOT, 'tests/fixtures');

/** Debian's browsers; test tools may not download their own here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/**
 * The `npm run build:e2e` output for a browser. Only the e2e build runs its content script on
 * localhost/127.0.0.1, so tests must never load the production build.
 * Throws with the command to run when the build is missing, instead of a vague launch error.
 */
export function e2eExtensionDir(browser: 'chrome' | 'firefox'): string {
  const dir = join(REPO_ROOT, '.output', `${browser}-mv3-e2e`);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No e2e build at ${dir}. Run \`npm run build:e2e\` first.`);
  }
  return dir;
}
