import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '../../../lib/settings/local-storage';

describe('storage reads', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await browser.storage.local.set({ calendar: { version: 1 }, settings: { mode: 'warn' } });
  });
  afterEach(() => vi.restoreAllMocks());

  it('shares one round trip among the reads of one turn, each answered with its own keys', async () => {
    const get = vi.spyOn(browser.storage.local, 'get');
    const [calendar, entries, missing] = await Promise.all([
      storage.getItem('local:calendar'),
      storage.getItems(['local:settings', 'local:settings$']),
      storage.getItem('local:syncedDates'),
    ]);
    expect(get).toHaveBeenCalledTimes(1);
    expect(calendar).toEqual({ version: 1 });
    expect(entries).toEqual([
      { key: 'local:settings', value: { mode: 'warn' } },
      { key: 'local:settings$', value: null },
    ]);
    expect(missing).toBeNull();
  });

  it('never hands two readers of one key the same object', async () => {
    // A browser answers every get with fresh copies (the fake hands out what it holds).
    const held = browser.storage.local.get.bind(browser.storage.local);
    const get = vi
      .spyOn(browser.storage.local, 'get')
      .mockImplementation(async (keys) => structuredClone(await held(keys)));
    const [first, second] = await Promise.all([
      storage.getItem<object>('local:calendar'),
      storage.getItem<object>('local:calendar'),
    ]);
    expect(get).toHaveBeenCalledTimes(2);
    expect(first).toEqual(second);
    expect(first).not.toBe(second);
  });

  it('reads again in a later turn, and sees what was written in between', async () => {
    const get = vi.spyOn(browser.storage.local, 'get');
    expect(await storage.getItem('local:calendar')).toEqual({ version: 1 });
    await storage.setItem('local:calendar', { version: 2 });
    expect(await storage.getItem('local:calendar')).toEqual({ version: 2 });
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('fails every read of a turn when the browser cannot answer (no value made up)', async () => {
    vi.spyOn(browser.storage.local, 'get').mockRejectedValue(
      new Error('Extension context invalidated.'),
    );
    const reads = [storage.getItem('local:calendar'), storage.getItems(['local:settings'])];
    for (const read of reads) await expect(read).rejects.toThrow('invalidated');
  });
});
