import { readStorage, skipChromium, skipFirefox } from '../support/e2e';
import {
  chromiumHarness,
  firefoxHarness,
  type GuardHarness,
  useGuardBrowser,
} from '../support/e2e/guard-harness';
import { overlayCensus } from '../support/e2e/overlay-probe';
import type { PageDriver } from '../support/e2e/page-driver';

/**
 * Export actions as UI libraries render them (tests/fixtures/libraries/ui-library-actions.html):
 * named by what a screen reader announces, menus judged item by item, press libraries held
 * before they act, and Export anyway running the action the user chose, once.
 */

const PAGE = '/libraries/ui-library-actions.html';
const SHORT = { timeout: 5_000 };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The fixture's host functions (see tests/fixtures/README.md). */
interface LibraryHost {
  hostRerenderToolbar(): void;
  hostRerenderApp(): void;
}

async function expectDialog(d: PageDriver, open: boolean) {
  await expect.poll(() => d.overlayVisible('pg-export-dialog'), SHORT).toBe(open);
  expect(await d.evaluate(overlayCensus)).toMatchObject({ hosts: 1, dialogs: open ? 1 : 0 });
}

/** A count that must settle at `count`: it does, and a moment later it still is. */
async function expectCalls(d: PageDriver, key: string, count: number) {
  await expect.poll(async () => (await d.calls())[key], SHORT).toBe(count);
  await wait(250);
  expect((await d.calls())[key]).toBe(count);
}

/** The text of the dialog's alert line, or null without one. */
function dialogAlert(): string | null {
  const host = document.querySelector('period-guard-ui');
  const dialog = host?.shadowRoot?.querySelector('[data-testid="pg-export-dialog"]');
  return dialog?.querySelector('[role="alert"]')?.textContent ?? null;
}

function overrideCount(harness: GuardHarness): Promise<number> {
  return readStorage(harness.ext, ['auditLog']).then(
    ({ auditLog }) => (auditLog as unknown[] | undefined)?.length ?? 0,
  );
}

function libraryScenarios(name: string, skip: boolean, launch: () => Promise<GuardHarness>) {
  describe.skipIf(skip)(`UI library actions in ${name}`, () => {
    const env = useGuardBrowser(launch);
    let d: PageDriver;

    beforeEach(async () => {
      d = await env.harness.newDriver();
      await d.goto(env.server.url(PAGE));
      await d.waitForVerdict('closed');
    });
    afterEach(async () => {
      const errors = d.reportedErrors();
      await d.close();
      expect(errors).toEqual([]);
    });

    it('holds a Sync button whose icon is a ligature ("cloud_upload Sync")', async () => {
      await d.click('#toolbar-slot [data-action=sync]');
      await expectDialog(d, true);
      await d.clickOverlay('pg-export-cancel');
      await expectDialog(d, false);
      expect((await d.calls()).sync).toBe(0);
    });

    it('split button: the arrow opens its menu, Export PDF passes, Sync to Intacct is held', async () => {
      await d.click('#split-arrow');
      await expectCalls(d, 'menuOpen', 1);
      await d.click('#menu-export-pdf');
      await expectCalls(d, 'menuExportPdf', 1);
      await expectDialog(d, false);
      await d.click('#split-arrow');
      await expectCalls(d, 'menuOpen', 2);
      await d.click('#menu-sync-intacct');
      await expectDialog(d, true);
      expect((await d.calls()).menuSyncIntacct).toBe(0);
      const before = await overrideCount(env.harness);
      await d.clickOverlay('pg-export-anyway');
      await expectCalls(d, 'menuSyncIntacct', 1);
      await expectDialog(d, false);
      expect(await overrideCount(env.harness)).toBe(before + 1);
    });

    it('holds a press-library button that acts on pointerup, and runs it once on Export anyway', async () => {
      await d.click('#press-export');
      await expectDialog(d, true);
      await wait(200); // React Aria clicks for itself after a press that got no click
      expect((await d.calls()).pressExport).toBe(0);
      await d.clickOverlay('pg-export-anyway');
      await expectCalls(d, 'pressExport', 1);
      await expectDialog(d, false);
    });

    it('replays on the re-rendered toolbar’s button, not on the look-alike in the sidebar', async () => {
      await d.click('#toolbar-slot [data-action=sync]');
      await expectDialog(d, true);
      await d.evaluate(() => (window as unknown as LibraryHost).hostRerenderToolbar());
      await d.clickOverlay('pg-export-anyway');
      await expectCalls(d, 'sync', 1);
      expect((await d.calls()).sidebarSync).toBe(0);
      await expectDialog(d, false);
    });

    it('asks for a new click, logging nothing, when the re-render leaves look-alikes only', async () => {
      await d.click('#toolbar-slot [data-action=sync]');
      await expectDialog(d, true);
      await d.evaluate(() => (window as unknown as LibraryHost).hostRerenderApp());
      const before = await overrideCount(env.harness);
      await d.clickOverlay('pg-export-anyway');
      await expect.poll(() => d.evaluate(dialogAlert), SHORT).toMatch(/click the button again/);
      await expectDialog(d, true);
      expect(await d.calls()).toMatchObject({ sync: 0, sidebarSync: 0 });
      expect(await overrideCount(env.harness)).toBe(before);
      await d.clickOverlay('pg-export-cancel');
      await expectDialog(d, false);
    });

    it('keeps guarding, overlay and all, when the page removes its claim attribute', async () => {
      await d.evaluate(() => document.documentElement.removeAttribute('data-period-guard'));
      await d.click('#toolbar-slot [data-action=sync]');
      await expectDialog(d, true);
      expect((await d.calls()).sync).toBe(0);
      expect(
        await d.evaluate(() => document.documentElement.hasAttribute('data-period-guard')),
      ).toBe(true);
      await d.clickOverlay('pg-export-cancel');
      await expectDialog(d, false);
      expect(await d.verdict()).toBe('closed');
    });
  });
}

libraryScenarios('Chromium', skipChromium, () => chromiumHarness());
libraryScenarios('Firefox', skipFirefox, () => firefoxHarness());
