import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  QUARANTINE_LIMIT,
  quarantine,
  quarantineKey,
  readQuarantine,
} from '../../../lib/settings/quarantine';

const entry = (value: unknown) => ({
  at: '2026-03-02T09:30:00.000Z',
  reason: 'bad',
  version: 1,
  value,
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('quarantine', () => {
  it('keeps copies under local:quarantine:<key>', async () => {
    expect(quarantineKey('local:calendar')).toBe('local:quarantine:calendar');
    await quarantine('local:calendar', entry({ a: 1 }));
    expect(await fakeBrowser.storage.local.get('quarantine:calendar')).toEqual({
      'quarantine:calendar': [entry({ a: 1 })],
    });
  });

  it(`keeps distinct values, at most ${QUARANTINE_LIMIT}, newest last`, async () => {
    for (const n of [1, 2, 2, 3, 4]) await quarantine('local:settings', entry({ n }));
    const kept = await readQuarantine('local:settings');
    expect(kept.map((e) => e.value)).toEqual([{ n: 2 }, { n: 3 }, { n: 4 }]);
  });
});
