import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, readStorage, skipChromium, skipFirefox } from '../support/e2e';
import {
  chromiumHarness,
  firefoxHarness,
  type GuardHarness,
  useGuardBrowser,
} from '../support/e2e/guard-harness';

/*
 * Two tabs that each open a synced invoice at the same moment: both original dates are
 * remembered. The tabs ask the background, the map's one writer; when each tab wrote the
 * map itself, the second write dropped the first tab's entry.
 */

/** The SPA fixture with its synced invoice renumbered, so two tabs show two synced invoices. */
const OTHER_SYNCED = readFileSync(join(FIXTURES_DIR, 'spa.html'), 'utf8').replaceAll(
  'INV-2003',
  'INV-2999',
);

function scenario(name: string, skip: boolean, launch: () => Promise<GuardHarness>) {
  describe.skipIf(skip)(`synced dates in ${name}`, () => {
    const env = useGuardBrowser(launch);

    it('two tabs remembering a synced invoice at once keep both dates', async () => {
      env.server.route('/other-synced.html', (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' }).end(OTHER_SYNCED);
      });
      const [a, b] = await Promise.all([env.harness.newDriver(), env.harness.newDriver()]);
      try {
        await Promise.all([
          a.goto(env.server.url('/spa.html?invoice=INV-2003')),
          b.goto(env.server.url('/other-synced.html?invoice=INV-2999')),
        ]);
        await Promise.all([a.waitForVerdict('synced-closed'), b.waitForVerdict('synced-closed')]);
        await expect
          .poll(async () => (await readStorage(env.harness.ext, ['syncedDates'])).syncedDates, {
            timeout: 10_000,
          })
          .toEqual({ 'INV-2003': '2026-09-10', 'INV-2999': '2026-09-10' });
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });
  });
}

scenario('Chromium', skipChromium, chromiumHarness);
scenario('Firefox', skipFirefox, firefoxHarness);
