import { act, render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  StoresProvider,
  useCalendarState,
  useRemoteStatus,
  useSettingsState,
} from '../../lib/settings/hooks';
import { storedRemoteStatus, storedSettings } from '../../lib/settings/items';
import { defaultSettings } from '../../lib/settings/settings-schema';
import { writeStored } from '../../lib/settings/validated';
import { makeStores, storesReady, withFreshStorage } from '../support/app-stores';

withFreshStorage();

function ClosingSoon() {
  const ready = useSettingsState((s) => s.ready);
  const days = useSettingsState((s) => s.settings.closingSoonDays);
  return <p>{ready ? `Warn ${days} days ahead` : 'Loading'}</p>;
}

function CalendarStatus() {
  const status = useCalendarState((s) => s.status);
  return <p>{status}</p>;
}

function FetchedFrom() {
  const url = useRemoteStatus((s) => s.remoteStatus?.sourceUrl ?? 'no team calendar');
  return <p>{url}</p>;
}

describe('settings hooks', () => {
  it('render the stored value and follow changes made in another context', async () => {
    const stores = makeStores();
    render(
      <StoresProvider stores={stores}>
        <ClosingSoon />
      </StoresProvider>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    await act(() => stores.settings.whenReady);
    expect(screen.getByText('Warn 5 days ahead')).toBeInTheDocument();

    await act(() => writeStored(storedSettings, { ...defaultSettings(), closingSoonDays: 9 }));
    expect(await screen.findByText('Warn 9 days ahead')).toBeInTheDocument();
  });

  it('useCalendarState reports a corrupt calendar to the view', async () => {
    await fakeBrowser.storage.local.set({ calendar: 'garbage', calendar$: { v: 1 } });
    render(
      <StoresProvider stores={makeStores()}>
        <CalendarStatus />
      </StoresProvider>,
    );
    expect(await screen.findByText('corrupt')).toBeInTheDocument();
  });

  it('read the stores of the provider around them, each view its own', async () => {
    const url = 'https://finance.example.com/periods.json';
    const withStatus = makeStores();
    const without = makeStores();
    render(
      <>
        <StoresProvider stores={withStatus}>
          <FetchedFrom />
        </StoresProvider>
        <StoresProvider stores={without}>
          <FetchedFrom />
        </StoresProvider>
      </>,
    );
    await act(() => Promise.all([storesReady(withStatus), storesReady(without)]));
    without.remoteStatus.dispose();
    await act(() =>
      writeStored(storedRemoteStatus, {
        sourceUrl: url,
        since: '2026-05-01T00:00:00.000Z',
        consecutiveFailures: 0,
      }),
    );
    expect(await screen.findByText(url)).toBeInTheDocument();
    expect(screen.getByText('no team calendar')).toBeInTheDocument();
  });
});
