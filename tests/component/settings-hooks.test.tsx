import { act, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useCalendarState, useSettingsState } from '../../lib/settings/hooks';
import { storedSettings } from '../../lib/settings/items';
import { defaultSettings } from '../../lib/settings/settings-schema';
import {
  type CalendarStore,
  createCalendarStore,
  createSettingsStore,
  type SettingsStore,
} from '../../lib/settings/stores';
import { writeStored } from '../../lib/settings/validated';

function ClosingSoon({ store }: { store: SettingsStore }) {
  const ready = useSettingsState((s) => s.ready, store);
  const days = useSettingsState((s) => s.settings.closingSoonDays, store);
  return <p>{ready ? `Warn ${days} days ahead` : 'Loading'}</p>;
}

function CalendarStatus({ store }: { store: CalendarStore }) {
  const status = useCalendarState((s) => s.status, store);
  return <p>{status}</p>;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings hooks', () => {
  it('render the stored value and follow changes made in another context', async () => {
    const store = createSettingsStore();
    render(<ClosingSoon store={store} />);
    expect(screen.getByText('Loading')).toBeInTheDocument();
    await act(() => store.whenReady);
    expect(screen.getByText('Warn 5 days ahead')).toBeInTheDocument();

    await act(() => writeStored(storedSettings, { ...defaultSettings(), closingSoonDays: 9 }));
    expect(await screen.findByText('Warn 9 days ahead')).toBeInTheDocument();
    store.dispose();
  });

  it('useCalendarState reports a corrupt calendar to the view', async () => {
    await fakeBrowser.storage.local.set({ calendar: 'garbage', calendar$: { v: 1 } });
    const store = createCalendarStore();
    render(<CalendarStatus store={store} />);
    expect(await screen.findByText('corrupt')).toBeInTheDocument();
    store.dispose();
  });
});
