import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followSyncedDates } from '../../../lib/guard/synced-dates-follower';
import {
  type RememberSyncedDateMessage,
  rememberSyncedDateMessageSchema,
} from '../../../lib/messages';
import { storedSyncedDates } from '../../../lib/settings/items';
import {
  pruneSyncedDates,
  SYNCED_DATES_MAX_ENTRIES,
} from '../../../lib/settings/synced-dates-prune';
import type { SyncedDates } from '../../../lib/settings/synced-dates-schema';
import {
  createSyncedDatesWriter,
  type SyncedDatesWriter,
} from '../../../lib/settings/synced-dates-writer';
import { readStored, writeStored } from '../../../lib/settings/validated';

const TODAY = '2026-05-04';
const disposers: Array<() => void> = [];
let writer: SyncedDatesWriter;

beforeEach(() => {
  fakeBrowser.reset();
  writer = createSyncedDatesWriter(() => TODAY);
  disposers.push(writer.dispose);
});
afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
});

/** A tab's content script, whose messages reach the background's writer. */
function tab() {
  const send = async (message: RememberSyncedDateMessage) => {
    const parsed = rememberSyncedDateMessageSchema.parse(message);
    await writer.remember(parsed.invoiceNumber, parsed.date);
  };
  const follower = followSyncedDates(send);
  disposers.push(follower.dispose);
  return follower;
}

async function stored(): Promise<SyncedDates> {
  const read = await readStored(storedSyncedDates);
  if (read.status !== 'ok') throw new Error(read.status);
  return read.value;
}

describe('synced dates: two tabs writing at once', () => {
  it('keeps both entries when two tabs remember at the same moment', async () => {
    const [tabA, tabB] = [tab(), tab()];
    await Promise.all([tabA.whenReady, tabB.whenReady]);
    tabA.remember('INV-1', '2026-03-01');
    tabB.remember('INV-2', '2026-03-02');
    const both = { 'INV-1': '2026-03-01', 'INV-2': '2026-03-02' };
    await vi.waitFor(async () => expect(await stored()).toEqual(both));
    // And each tab sees the other's entry.
    await vi.waitFor(() => {
      expect(tabA.current()).toEqual(both);
      expect(tabB.current()).toEqual(both);
    });
  });

  it('keeps all of many writes that overlap', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => writer.remember(`INV-${i}`, '2026-04-01')),
    );
    expect(Object.keys(await stored())).toHaveLength(20);
  });

  it('keeps the first date seen for an invoice', async () => {
    await Promise.all([
      writer.remember('INV-1', '2026-03-01'),
      writer.remember('INV-1', '2026-04-20'),
    ]);
    expect(await stored()).toEqual({ 'INV-1': '2026-03-01' });
  });
});

describe('synced dates: pruned as they are written', () => {
  it('drops dates more than 24 months before today', async () => {
    await writeStored(storedSyncedDates, {
      'INV-OLD': '2024-05-03',
      'INV-EDGE': '2024-05-04',
      'INV-RECENT': '2026-01-15',
    });
    await writer.remember('INV-NEW', '2026-05-01');
    expect(await stored()).toEqual({
      'INV-EDGE': '2024-05-04',
      'INV-RECENT': '2026-01-15',
      'INV-NEW': '2026-05-01',
    });
  });

  it(`keeps at most ${SYNCED_DATES_MAX_ENTRIES} entries, the latest dates`, () => {
    const map: SyncedDates = {};
    for (let i = 0; i < SYNCED_DATES_MAX_ENTRIES + 10; i++) {
      // Days spread over 2025 and 2026, none older than the cutoff.
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      map[`INV-${i}`] = `${i % 2 === 0 ? 2025 : 2026}-${month}-${day}`;
    }
    const pruned = pruneSyncedDates(map, '2026-12-31');
    const kept = Object.values(pruned);
    expect(kept).toHaveLength(SYNCED_DATES_MAX_ENTRIES);
    const dropped = Object.entries(map).filter(([invoice]) => !(invoice in pruned));
    expect(dropped).toHaveLength(10);
    const oldestKept = [...kept].sort()[0] ?? '';
    for (const [, date] of dropped) expect(date <= oldestKept).toBe(true);
  });

  it('returns the same map when nothing is dropped', () => {
    const map = { 'INV-1': '2026-03-01' };
    expect(pruneSyncedDates(map, TODAY)).toBe(map);
  });
});
