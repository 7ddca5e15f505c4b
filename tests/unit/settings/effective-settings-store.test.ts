import { fakeBrowser } from 'wxt/testing/fake-browser';
import { staleCheckFor } from '../../../lib/remote/stale-check';
import { createEffectiveSettingsStore } from '../../../lib/settings/effective-store';
import { storedRemoteStatus, storedSettings } from '../../../lib/settings/items';
import { createManagedPolicyStore, type ManagedArea } from '../../../lib/settings/managed';
import { createRemoteStatusStore } from '../../../lib/settings/remote-status-store';
import { defaultSettings } from '../../../lib/settings/settings-schema';
import { createSettingsStore } from '../../../lib/settings/stores';
import { writeStored } from '../../../lib/settings/validated';

const URL_ = 'https://it.example.com/team.json';

function stores() {
  const user = createSettingsStore({ document: null });
  const managed = createManagedPolicyStore({
    area: () => fakeBrowser.storage.managed as unknown as ManagedArea,
    urlPolicy: { allowLocalHttp: false },
    pollForMs: 0,
  });
  const effective = createEffectiveSettingsStore(user, managed);
  return { user, managed, effective };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('createEffectiveSettingsStore', () => {
  it('lays the policy over the user settings and follows both', async () => {
    const { user, managed, effective } = stores();
    await effective.whenReady;
    expect(effective.getState().settings.mode).toBe('warn');

    await fakeBrowser.storage.managed.set({ mode: 'block' });
    await vi.waitFor(() => expect(effective.getState().settings.mode).toBe('block'));

    await writeStored(storedSettings, { ...defaultSettings(), mode: 'warn', closingSoonDays: 8 });
    await vi.waitFor(() => expect(effective.getState().settings.closingSoonDays).toBe(8));
    expect(effective.getState().settings.mode).toBe('block');
    effective.dispose();
    user.dispose();
    managed.dispose();
  });

  it('keeps the same settings object while neither input changed', async () => {
    const { user, managed, effective } = stores();
    await effective.whenReady;
    const before = effective.getState().settings;
    await managed.refresh();
    await user.refresh();
    expect(effective.getState().settings).toBe(before);
    effective.dispose();
    user.dispose();
    managed.dispose();
  });
});

describe('staleCheckFor (GuardDeps.isStale)', () => {
  it('is stale for a policy URL past its maximum age, judged at call time', async () => {
    const { user, managed, effective } = stores();
    const remote = createRemoteStatusStore({ document: null });
    await fakeBrowser.storage.managed.set({ calendarUrl: URL_, maxAgeHours: 1 });
    await managed.refresh();
    await writeStored(storedRemoteStatus, {
      sourceUrl: URL_,
      since: '2026-05-10T08:00:00.000Z',
      lastGoodFetch: '2026-05-10T10:00:00.000Z',
      consecutiveFailures: 0,
    });
    await Promise.all([effective.whenReady, remote.refresh()]);

    let now = Date.parse('2026-05-10T10:30:00Z');
    const isStale = staleCheckFor(effective, remote, () => now);
    expect(isStale()).toBe(false);
    now = Date.parse('2026-05-10T11:00:01Z');
    expect(isStale()).toBe(true);

    effective.dispose();
    user.dispose();
    managed.dispose();
    remote.dispose();
  });
});
