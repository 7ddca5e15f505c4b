import { clearStorage, readStorage, seedStorage, skipChromium, skipFirefox } from '../support/e2e';
import {
  chromiumHarness,
  firefoxHarness,
  type GuardHarness,
  useGuardBrowser,
} from '../support/e2e/guard-harness';
import type { PageDriver } from '../support/e2e/page-driver';
import { SEEDED_CALENDAR } from '../support/e2e/sample-calendar';

/** Every invoice shape of tests/fixtures/README.md and the verdict the sample calendar gives. */
const SHAPES: Array<[fixture: string, verdict: string]> = [
  ['label-for.html', 'closed'],
  ['aria.html', 'closed'],
  ['definition-list.html', 'closed'],
  ['table.html', 'closed'],
  ['sibling-blocks.html', 'closed'],
  ['text-line.html', 'closed'],
  ['date-picker.html', 'closed'],
  ['spa.html', 'closed'],
  ['mui-menu.html', 'closed'],
  ['drawer.html', 'closed'],
  ['notes-activity.html', 'closed'],
  ['collapsed-copy.html', 'closed'],
  ['click-to-edit.html', 'unreadable-date'],
];

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `data-verdict` of the export dialog in our overlay, or null while none is shown. */
function dialogVerdict(): string | null {
  const host = document.querySelector('period-guard-ui');
  const dialog = host?.shadowRoot?.querySelector('[data-testid="pg-export-dialog"]');
  return dialog?.getAttribute('data-verdict') ?? null;
}

/** The dialog takes a frame to render; an export that should not run must stay at 0 after it. */
async function expectDialog(d: PageDriver, open: boolean) {
  await expect.poll(() => d.overlayVisible('pg-export-dialog'), { timeout: 5_000 }).toBe(open);
}

function guardScenarios(name: string, skip: boolean, launch: () => Promise<GuardHarness>) {
  describe.skipIf(skip)(`the guard in ${name}`, () => {
    const env = useGuardBrowser(launch);
    let d: PageDriver;

    beforeEach(async () => {
      d = await env.harness.newDriver();
    });
    afterEach(async () => {
      await d.close();
    });

    it.each(SHAPES)('reads %s and shows the %s banner', async (fixture, verdict) => {
      await d.goto(env.server.url(`/${fixture}`));
      await d.waitForVerdict(verdict);
      expect(await d.overlayVisible('pg-banner')).toBe(true);
    });

    it('opens the ways out in the banner and folds it to a pill the tab remembers', async () => {
      await d.goto(env.server.url('/label-for.html'));
      await d.waitForVerdict('closed');
      await d.evaluate(() => {
        const banner = document
          .querySelector('period-guard-ui')
          ?.shadowRoot?.querySelector('[data-testid="pg-banner"]');
        const ask = [...(banner?.querySelectorAll('button') ?? [])].find(
          (button) => button.textContent === 'What can I do?',
        );
        ask?.click();
      });
      const bannerText = () =>
        d.evaluate(
          () =>
            document
              .querySelector('period-guard-ui')
              ?.shadowRoot?.querySelector('[data-testid="pg-banner"]')
              ?.querySelector('textarea')?.value ?? '',
        );
      await expect.poll(bannerText).toContain('Subject: Please reopen Sep 2026');
      const folded = () =>
        d.evaluate(
          () =>
            document
              .querySelector('period-guard-ui')
              ?.shadowRoot?.querySelector('[data-testid="pg-banner"]')
              ?.getAttribute('data-folded') ?? null,
        );
      await d.evaluate(() => {
        const banner = document
          .querySelector('period-guard-ui')
          ?.shadowRoot?.querySelector('[data-testid="pg-banner"]');
        banner
          ?.querySelector<HTMLButtonElement>('[aria-label="Hide Period Guard details"]')
          ?.click();
      });
      expect(await folded()).toBe('true');
      try {
        await d.goto(env.server.url('/label-for.html'));
        await d.waitForVerdict('closed');
        expect(await folded()).toBe('true');
        expect(await d.overlayVisible('pg-banner')).toBe(true);
      } finally {
        await d.evaluate(() => sessionStorage.clear());
      }
    });

    it('is taught an unknown date label: the next click picks the date, the verdict follows', async () => {
      await d.goto(env.server.url('/unknown-date-label.html'));
      await d.waitForVerdict('unreadable-date');
      try {
        await d.clickOverlay('pg-teach-start');
        await d.evaluate(() => {
          const w = window as unknown as { __hostClicks: number };
          w.__hostClicks = 0;
          document.addEventListener('click', () => w.__hostClicks++);
        });
        await d.click('#f-bill-date');
        await d.waitForVerdict('closed');
        // The pick click reached neither the host's handlers nor its field.
        expect(
          await d.evaluate(() => ({
            clicks: (window as unknown as { __hostClicks: number }).__hostClicks,
            focused: document.activeElement?.id === 'f-bill-date',
            styled: document.querySelector('#f-bill-date')?.getAttribute('style') ?? null,
          })),
        ).toEqual({ clicks: 0, focused: false, styled: null });
        const { settings } = await readStorage(env.harness.ext, ['settings']);
        expect((settings as { invoiceDateLabels: string[] }).invoiceDateLabels).toContain(
          'Bill Date',
        );
        await d.click('#export-btn');
        await expectDialog(d, true);
        expect((await d.calls()).export).toBe(0);
      } finally {
        await clearStorage(env.harness.ext);
        await seedStorage(env.harness.ext, SEEDED_CALENDAR);
      }
    });

    it('says so and changes nothing when the pick shows no date', async () => {
      await d.goto(env.server.url('/unknown-date-label.html'));
      await d.waitForVerdict('unreadable-date');
      await d.clickOverlay('pg-teach-start');
      await d.click('#f-customer');
      const message = () =>
        d.evaluate(
          () =>
            document
              .querySelector('period-guard-ui')
              ?.shadowRoot?.querySelector('[data-testid="pg-teach-message"]')?.textContent ?? '',
        );
      await expect.poll(message).toContain('That is not a date Period Guard can read');
      expect(await d.overlayVisible('pg-teach-message')).toBe(true);
      expect(await d.verdict()).toBe('unreadable-date');
      const { settings } = await readStorage(env.harness.ext, ['settings']);
      expect(settings).toBeUndefined();
    });

    it('shows an invoice list its row marks and summary, no banner, and leaves its buttons alone', async () => {
      await d.goto(env.server.url('/list.html'));
      // Marks and the summary are the list's (tests/e2e/list.e2e.ts); no invoice, no banner.
      await expect.poll(() => d.overlayVisible('pg-list-summary'), { timeout: 5_000 }).toBe(true);
      expect(await d.evaluate(() => document.querySelectorAll('period-guard-mark').length)).toBe(8);
      expect(await d.verdict()).toBeNull();
      // No row selected: nothing to judge, the export runs.
      await d.click('#export-btn');
      await expect.poll(async () => (await d.calls()).export).toBe(1);
    });

    it('holds an export in a closed period; Cancel runs nothing', async () => {
      await d.goto(env.server.url('/label-for.html'));
      await d.waitForVerdict('closed');
      await d.click('#export-btn');
      await expectDialog(d, true);
      await d.clickOverlay('pg-export-cancel');
      await expectDialog(d, false);
      expect((await d.calls()).export).toBe(0);
    });

    it('Export anyway runs the export exactly once and logs the override, with the reason typed', async () => {
      await d.goto(env.server.url('/label-for.html'));
      await d.waitForVerdict('closed');
      await d.click('#export-btn');
      await expectDialog(d, true);
      await d.typeIntoOverlay('pg-export-reason', 'Customer approved the September date');
      await d.clickOverlay('pg-export-anyway');
      await expect.poll(async () => (await d.calls()).export).toBe(1);
      await wait(300);
      expect((await d.calls()).export).toBe(1);
      const { auditLog } = await readStorage(env.harness.ext, ['auditLog']);
      expect(auditLog).toEqual([
        expect.objectContaining({
          invoiceNumber: 'INV-1001',
          verdict: 'closed',
          period: 'Sep 2026',
          reason: 'Customer approved the September date',
        }),
      ]);
    });

    it('a double click makes one dialog and, after Export anyway, one export', async () => {
      await d.goto(env.server.url('/label-for.html'));
      await d.waitForVerdict('closed');
      // The second click lands on the dialog's backdrop, or on the button if it is not drawn
      // yet: either way there must be one dialog and no export.
      await d.doubleClick('#export-btn');
      await expectDialog(d, true);
      expect(
        await d.evaluate(
          () =>
            document
              .querySelector('period-guard-ui')
              ?.shadowRoot?.querySelectorAll('[data-testid="pg-export-dialog"]').length,
        ),
      ).toBe(1);
      expect((await d.calls()).export).toBe(0);
      await d.clickOverlay('pg-export-anyway');
      await expect.poll(async () => (await d.calls()).export).toBe(1);
      await wait(300);
      expect((await d.calls()).export).toBe(1);
    });

    it('leaves non-export actions alone (Export PDF, Print, Save)', async () => {
      await d.goto(env.server.url('/label-for.html'));
      await d.waitForVerdict('closed');
      await d.click('#export-pdf-btn');
      await d.click('#print-btn');
      await d.click('#save-btn');
      expect(await d.calls()).toMatchObject({ exportPdf: 1, print: 1, save: 1, export: 0 });
      expect(await d.overlayVisible('pg-export-dialog')).toBe(false);
    });

    it('holds keyboard activation too, and Escape cancels', async () => {
      await d.goto(env.server.url('/label-for.html'));
      await d.waitForVerdict('closed');
      await d.focus('#export-btn');
      await d.press('Enter');
      await expectDialog(d, true);
      await d.press('Escape');
      await expectDialog(d, false);
      await d.focus('#export-btn');
      await d.press(' ');
      await expectDialog(d, true);
      await d.press('Escape');
      await expectDialog(d, false);
      expect((await d.calls()).export).toBe(0);
    });

    it('holds the export menu item activated from the keyboard', async () => {
      await d.goto(env.server.url('/label-for.html'));
      await d.waitForVerdict('closed');
      await d.click('#more-actions');
      await d.focus('#menu-export');
      await d.press('Enter');
      await expectDialog(d, true);
      expect((await d.calls()).menuExport).toBe(0);
      await d.clickOverlay('pg-export-anyway');
      await expect.poll(async () => (await d.calls()).menuExport).toBe(1);
    });

    it('holds a Sync chosen in a Material UI menu, which hides the app root, on the real verdict', async () => {
      await d.goto(env.server.url('/mui-menu.html'));
      await d.waitForVerdict('closed');
      await d.click('#mui-more');
      await expect
        .poll(() => d.evaluate(() => document.getElementById('root')?.getAttribute('aria-hidden')))
        .toBe('true');
      await d.click('#mui-menu-sync');
      await expectDialog(d, true);
      expect(await d.evaluate(dialogVerdict)).toBe('closed');
      expect((await d.calls()).menuSync).toBe(0);
      await d.clickOverlay('pg-export-anyway');
      await expect.poll(async () => (await d.calls()).menuSync).toBe(1);
    });

    it('guards an invoice open in a drawer over the list like a detail page', async () => {
      await d.goto(env.server.url('/drawer.html'));
      await d.waitForVerdict('closed');
      await d.click('#export-btn');
      await expectDialog(d, true);
      expect(await d.evaluate(dialogVerdict)).toBe('closed');
      expect((await d.calls()).export).toBe(0);
    });

    it('holds an export while the date field shows a date it cannot read, whatever a memo says', async () => {
      await d.goto(env.server.url('/click-to-edit.html'));
      await d.waitForVerdict('unreadable-date');
      expect(await d.overlayVisible('pg-banner')).toBe(true);
      await d.click('#sync-link');
      await expectDialog(d, true);
      expect(await d.evaluate(dialogVerdict)).toBe('unreadable-date');
      expect((await d.calls()).sync).toBe(0);
    });

    it('follows an edit of the date field, across the last closed and first open day', async () => {
      await d.goto(env.server.url('/spa.html?invoice=INV-2002'));
      await d.waitForVerdict('open');
      await d.typeInto('#f-invoice-date', '09/30/2026');
      await d.waitForVerdict('closed');
      await d.typeInto('#f-invoice-date', '10/01/2026');
      await d.waitForVerdict('open');
      await d.click('#export-btn');
      await expect.poll(async () => (await d.calls()).export).toBe(1);
    });

    it('follows in-app navigation forward and back', async () => {
      await d.goto(env.server.url('/spa.html'));
      await d.waitForVerdict('closed');
      await d.click('#nav-INV-2002');
      await d.waitForVerdict('open');
      await d.click('#nav-INV-2003');
      await d.waitForVerdict('synced-closed');
      await d.evaluate(() => history.back());
      await d.waitForVerdict('open');
      await d.evaluate(() => history.back());
      await d.waitForVerdict('closed');
    });

    it('judges a synced invoice by its original period and holds its re-sync', async () => {
      await d.goto(env.server.url('/spa.html?invoice=INV-2003'));
      await d.waitForVerdict('synced-closed');
      await d.click('#export-btn');
      await expectDialog(d, true);
      expect((await d.calls()).export).toBe(0);
    });

    it('holds an export while the date cannot be read, and judges it once it arrives', async () => {
      await d.goto(env.server.url('/late-data.html?delay=1500'));
      await d.waitForVerdict('unreadable-date');
      await d.click('#export-btn');
      await expectDialog(d, true);
      await d.clickOverlay('pg-export-cancel');
      await d.waitForVerdict('closed');
      expect((await d.calls()).export).toBe(0);
    });

    it('with no calendar at all, warns but lets the export through', async () => {
      await clearStorage(env.harness.ext);
      try {
        await d.goto(env.server.url('/label-for.html'));
        await d.waitForVerdict('no-calendar');
        await d.click('#export-btn');
        await expect.poll(async () => (await d.calls()).export).toBe(1);
        expect(await d.overlayVisible('pg-export-dialog')).toBe(false);
      } finally {
        await seedStorage(env.harness.ext, SEEDED_CALENDAR);
      }
    });

    it('follows a calendar change made elsewhere without a reload', async () => {
      await d.goto(env.server.url('/spa.html?invoice=INV-2002'));
      await d.waitForVerdict('open');
      const calendar = structuredClone(SEEDED_CALENDAR.calendar);
      calendar.closedThrough = { AR: '2026-11-30', GL: '2026-09-30' };
      await seedStorage(env.harness.ext, { calendar });
      try {
        await d.waitForVerdict('closed');
      } finally {
        await seedStorage(env.harness.ext, SEEDED_CALENDAR);
      }
      await d.waitForVerdict('open');
    });
  });
}

guardScenarios('Chromium', skipChromium, () => chromiumHarness());
guardScenarios('Firefox', skipFirefox, () => firefoxHarness());

/** The same verdicts whatever the browser's zone: 14 h ahead of UTC and 11 h behind it. */
function timeZoneScenarios(
  name: string,
  skip: boolean,
  launch: (tz: string) => Promise<GuardHarness>,
) {
  describe.skipIf(skip).each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    `${name} under TZ=%s`,
    (timeZone) => {
      const env = useGuardBrowser(() => launch(timeZone));

      it('gives the same verdicts on the last closed and first open day', async () => {
        const d = await env.harness.newDriver();
        try {
          expect(await d.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
            timeZone,
          );
          await d.goto(env.server.url('/label-for.html'));
          await d.waitForVerdict('closed');
          await d.goto(env.server.url('/spa.html?invoice=INV-2002'));
          await d.waitForVerdict('open');
          await d.typeInto('#f-invoice-date', '09/30/2026');
          await d.waitForVerdict('closed');
          await d.typeInto('#f-invoice-date', '10/01/2026');
          await d.waitForVerdict('open');
        } finally {
          await d.close();
        }
      });
    },
  );
}

timeZoneScenarios('Chromium', skipChromium, (timeZone) => chromiumHarness({ timeZone }));
timeZoneScenarios('Firefox', skipFirefox, (timeZone) => firefoxHarness({ timeZone }));
