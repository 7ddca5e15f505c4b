import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Calendar } from '../../../lib/calendar/model';
import { applyImport } from '../../../lib/calendar-files/apply-import';
import { calendarToCsv } from '../../../lib/calendar-files/csv';
import { calendarToJson } from '../../../lib/calendar-files/json';
import { storedCalendar } from '../../../lib/settings/items';
import { type CalendarStore, createCalendarStore } from '../../../lib/settings/stores';
import { readStored } from '../../../lib/settings/validated';
import { validCalendar, validCsv, validJson } from '../../support/fuzz/calendars';
import { binaryText, mutated } from '../../support/fuzz/hostile-text';
import { checkResult, timeLimitMs } from '../../support/fuzz/import-checks';
import { runs } from '../../support/fuzz/runs';

/*
 * Hostile files through the settings page's own path (applyImport → calendar store →
 * storage), with the calendar store hydrated from a calendar already in use. A refusal must
 * leave storage byte for byte as it was; an accepted file must be exactly what storage holds.
 */

const TIMEOUT_MS = 120_000;

const inUse: Calendar = {
  version: 1,
  closedThrough: { AR: '2026-03-31', GL: '2026-02-28' },
  periods: [
    { name: 'Mar 2026', start: '2026-03-01', end: '2026-03-31', status: 'closed', module: 'AR' },
    { name: 'Apr 2026', start: '2026-04-01', end: '2026-04-30', status: 'open' },
  ],
  entities: { 'West Coast LLC': { closedThrough: { GL: '2026-04-30' }, periods: [] } },
};

async function storageSnapshot(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

let store: CalendarStore;
beforeEach(async () => {
  fakeBrowser.reset();
  store = createCalendarStore({ document: null });
  await store.whenReady;
  await store.getState().setCalendar(inUse);
});
afterEach(() => store.dispose());

const fileName = fc.constantFrom(undefined, 'calendar.csv', 'calendar.json', 'calendar.txt');

describe('fuzzing applyImport with the calendar store', () => {
  it(
    'a refused file leaves storage byte-identical and the store unchanged',
    async () => {
      const text = fc.oneof(mutated(validCsv), mutated(validJson), binaryText);
      await fc.assert(
        fc.asyncProperty(text, fileName, async (input, name) => {
          const before = await storageSnapshot();
          const calendarBefore = store.getState().calendar;
          const started = performance.now();
          const applied = await applyImport(store, input, name);
          expect(performance.now() - started).toBeLessThan(2 * timeLimitMs(input));
          if (applied.ok) {
            // A mutation that still reads as a calendar: it must be what is stored now.
            expect(await readStored(storedCalendar)).toEqual({
              status: 'ok',
              value: applied.calendar,
            });
            await store.getState().setCalendar(inUse);
            return;
          }
          checkResult({ ok: false, errors: applied.problems }, input, name);
          expect(await storageSnapshot()).toBe(before);
          expect(store.getState().calendar).toEqual(calendarBefore);
        }),
        { numRuns: runs('apply: refusals leave storage byte-identical') },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'an accepted file is exactly what storage and the store then hold',
    async () => {
      const file = validCalendar.chain((calendar) =>
        fc.constantFrom(
          { text: calendarToJson(calendar), name: 'calendar.json' },
          { text: calendarToCsv(calendar), name: 'calendar.csv' },
        ),
      );
      await fc.assert(
        fc.asyncProperty(file, async ({ text, name }) => {
          const applied = await applyImport(store, text, name);
          if (!applied.ok) {
            // Only a CSV without rows is refused (it would empty the calendar silently).
            expect(applied.problems[0]?.message).toMatch(/header but no periods/);
            return;
          }
          const stored = await readStored(storedCalendar);
          expect(stored).toEqual({ status: 'ok', value: applied.calendar });
          expect(store.getState()).toMatchObject({ status: 'ok', calendar: applied.calendar });
        }),
        { numRuns: runs('apply: accepted files are what storage then holds') },
      );
    },
    TIMEOUT_MS,
  );
});
