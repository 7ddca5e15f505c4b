import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RemoteSourceSection } from '../../components/settings/RemoteSourceSection';
import { ACCEPT_HELD_MESSAGE, type CheckNowResponse } from '../../lib/remote/messages';
import { StoresProvider } from '../../lib/settings/hooks';
import { storedRemoteStatus, storedSettings } from '../../lib/settings/items';
import type { RemoteStatus } from '../../lib/settings/remote-status-schema';
import { defaultSettings } from '../../lib/settings/settings-schema';
import { writeStored } from '../../lib/settings/validated';
import {
  makeStores,
  renderPopup,
  seed,
  storesReady,
  withFreshStorage,
} from '../support/app-stores';
import { axeViolations } from '../support/axe-check';
import { sampleCalendar } from '../support/calendars';

withFreshStorage();

const URL_ = 'https://finance.example.com/periods.json';
const NOW = Date.parse('2026-05-10T12:00:00Z');
const source = { kind: 'url', url: URL_, refreshMinutes: 60, maxAgeHours: 24 } as const;
const REASON = 'The new calendar is empty: it has no periods and no closed-through dates.';

/** The status after a check that held an empty calendar back. */
const heldStatus: RemoteStatus = {
  sourceUrl: URL_,
  since: '2026-05-01T00:00:00.000Z',
  lastAttempt: '2026-05-10T11:00:00.000Z',
  lastGoodFetch: '2026-05-10T10:00:00.000Z',
  lastError: {
    reason: 'suspicious',
    message: `The calendar at ${URL_} was held back, not put in use. ${REASON}`,
    at: '2026-05-10T11:00:00.000Z',
  },
  held: { reason: REASON, at: '2026-05-10T11:00:00.000Z', digest: 'fp:held-one' },
  consecutiveFailures: 1,
};

async function renderSection(status: RemoteStatus) {
  await writeStored(storedSettings, { ...defaultSettings(), source });
  await writeStored(storedRemoteStatus, status);
  const stores = makeStores({ urlPolicy: { allowLocalHttp: false } });
  const view = render(
    <StoresProvider stores={stores}>
      <RemoteSourceSection
        checkNow={async () => ({ ok: true, status: null })}
        urlPolicy={{ allowLocalHttp: false }}
        now={() => NOW}
      />
    </StoresProvider>,
  );
  await act(() => storesReady(stores));
  return view;
}

/** Stands in for the background: records what the page asks and answers `answer`. */
function background(answer: CheckNowResponse) {
  const asked: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    asked.push(message);
    sendResponse(answer);
    return true;
  });
  return asked;
}

describe('settings: a held team calendar', () => {
  it('shows as an error with the reason, the hook states unchanged', async () => {
    const { container } = await renderSection(heldStatus);
    const status = screen.getByTestId('calendar-source-status');
    expect(status).toHaveAttribute('data-state', 'error');
    expect(status).toHaveAttribute('data-reason', 'suspicious');
    expect(status).toHaveAttribute('data-held', 'true');
    expect(status).toHaveTextContent(
      'New calendar held back — the last good calendar stays in use',
    );
    expect(screen.getByTestId('calendar-held-reason')).toHaveTextContent(
      `${REASON} The calendar in use is unchanged.`,
    );
    expect(screen.getByTestId('calendar-last-error')).toHaveAttribute('data-reason', 'suspicious');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('applies the held calendar from the keyboard, naming the one shown', async () => {
    const user = userEvent.setup();
    const asked = background({ ok: true, status: null });
    await renderSection(heldStatus);
    const apply = screen.getByRole('button', { name: 'Apply the held calendar' });
    expect(apply).toHaveAccessibleDescription(expect.stringContaining(REASON));
    apply.focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(asked).toEqual([{ type: ACCEPT_HELD_MESSAGE, digest: 'fp:held-one' }]),
    );
  });

  it('says why when the background refuses', async () => {
    const user = userEvent.setup();
    background({ ok: false, message: 'The held calendar changed since this page showed it.' });
    await renderSection(heldStatus);
    await user.click(screen.getByRole('button', { name: 'Apply the held calendar' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The held calendar changed since this page showed it.',
    );
  });

  it('offers no Apply when the organization manages the calendar, and says who can', async () => {
    await fakeBrowser.storage.managed.set({ calendarUrl: URL_ });
    const { container } = await renderSection(heldStatus);
    expect(screen.getByTestId('calendar-held-reason')).toHaveTextContent(REASON);
    expect(screen.queryByTestId('calendar-accept-held')).toBeNull();
    expect(screen.getByTestId('calendar-held-managed')).toHaveTextContent(
      /Your organization manages this calendar.*acceptSuspiciousCalendar/,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows nothing held after a good fetch', async () => {
    const { held: _held, lastError: _error, ...settled } = heldStatus;
    await renderSection({
      ...settled,
      lastGoodFetch: '2026-05-10T11:30:00.000Z',
      consecutiveFailures: 0,
    });
    const status = screen.getByTestId('calendar-source-status');
    expect(status).toHaveAttribute('data-state', 'ok');
    expect(status).toHaveAttribute('data-reason', '');
    expect(status).toHaveAttribute('data-held', 'false');
    expect(screen.queryByTestId('calendar-held')).toBeNull();
  });
});

describe('popup: a held team calendar', () => {
  it('says so, with the reason, while one is held', async () => {
    await seed({ calendar: sampleCalendar, settings: { source } });
    await writeStored(storedRemoteStatus, heldStatus);
    const { container } = await renderPopup({ readState: async () => null });
    const notice = await screen.findByTestId('popup-calendar-held');
    expect(notice).toHaveTextContent(
      `Team calendar update held back. ${REASON} Verdicts still use the last good calendar`,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says nothing when no calendar is held', async () => {
    await seed({ calendar: sampleCalendar, settings: { source } });
    const { held: _held, ...settled } = heldStatus;
    await writeStored(storedRemoteStatus, settled);
    await renderPopup({ readState: async () => null });
    expect(screen.queryByTestId('popup-calendar-held')).toBeNull();
  });
});
