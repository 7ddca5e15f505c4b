import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ManagedPolicyNotice } from '../../components/settings/ManagedPolicyNotice';
import { RemoteSourceSection } from '../../components/settings/RemoteSourceSection';
import type { CheckNowResponse } from '../../lib/remote/messages';
import { StoresProvider } from '../../lib/settings/hooks';
import { storedRemoteStatus, storedSettings } from '../../lib/settings/items';
import type { RemoteStatus } from '../../lib/settings/remote-status-schema';
import { defaultSettings } from '../../lib/settings/settings-schema';
import { readStored, writeStored } from '../../lib/settings/validated';
import { disposeStores, makeStores, storesReady } from '../support/app-stores';

const URL_ = 'https://finance.example.com/periods.json';
const NOW = Date.parse('2026-05-10T12:00:00Z');

let requestHostPermission: ReturnType<typeof vi.fn<(pattern: string) => Promise<boolean>>>;
let checkNow: ReturnType<typeof vi.fn<() => Promise<CheckNowResponse>>>;

async function renderSection() {
  const stores = makeStores({ urlPolicy: { allowLocalHttp: false } });
  const view = render(
    <StoresProvider stores={stores}>
      <ManagedPolicyNotice />
      <RemoteSourceSection
        requestHostPermission={requestHostPermission}
        removeHostPermission={async () => true}
        checkNow={checkNow}
        urlPolicy={{ allowLocalHttp: false }}
        now={() => NOW}
      />
    </StoresProvider>,
  );
  await act(() => storesReady(stores));
  return view;
}

async function storedSource() {
  const read = await readStored(storedSettings);
  return read.status === 'ok' ? read.value.source : undefined;
}

const status = () => screen.getByTestId('calendar-source-status');

beforeEach(() => {
  fakeBrowser.reset();
  requestHostPermission = vi.fn(async () => true);
  checkNow = vi.fn(async (): Promise<CheckNowResponse> => ({ ok: true, status: null }));
});
afterEach(() => {
  disposeStores();
});

describe('RemoteSourceSection', () => {
  it('saves a URL after the browser grants that one host', async () => {
    await renderSection();
    const user = userEvent.setup();
    await user.type(screen.getByTestId('calendar-url-input'), URL_);
    await user.clear(screen.getByTestId('calendar-refresh-input'));
    await user.type(screen.getByTestId('calendar-refresh-input'), '30');
    await user.click(screen.getByTestId('calendar-url-save'));

    expect(requestHostPermission).toHaveBeenCalledWith('https://finance.example.com/*');
    await waitFor(async () =>
      expect(await storedSource()).toEqual({
        kind: 'url',
        url: URL_,
        refreshMinutes: 30,
        maxAgeHours: 24,
        timeoutSeconds: 20,
      }),
    );
    expect(await screen.findByText(/fetching the calendar now/)).toBeInTheDocument();
    expect(status()).toHaveAttribute('data-state', 'pending');
  });

  it('saves nothing when the permission is refused, and says why', async () => {
    requestHostPermission.mockResolvedValue(false);
    await renderSection();
    const user = userEvent.setup();
    await user.type(screen.getByTestId('calendar-url-input'), URL_);
    await user.click(screen.getByTestId('calendar-url-save'));
    expect(await screen.findByTestId('calendar-url-error')).toHaveTextContent(
      /needs your permission to read finance\.example\.com/,
    );
    expect(await storedSource()).toEqual({ kind: 'manual' });
  });

  it('refuses a plain-http address before asking the browser anything', async () => {
    await renderSection();
    const user = userEvent.setup();
    await user.type(screen.getByTestId('calendar-url-input'), 'http://finance.example.com/p.json');
    await user.click(screen.getByTestId('calendar-url-save'));
    expect(screen.getByTestId('calendar-url-error')).toHaveTextContent(/must start with https/);
    expect(screen.getByTestId('calendar-url-input')).toHaveAttribute('aria-invalid', 'true');
    expect(requestHostPermission).not.toHaveBeenCalled();
  });

  it('refuses an out-of-range timeout, naming the field', async () => {
    await renderSection();
    const user = userEvent.setup();
    await user.type(screen.getByTestId('calendar-url-input'), URL_);
    await user.clear(screen.getByTestId('calendar-timeout-input'));
    await user.type(screen.getByTestId('calendar-timeout-input'), '45');
    await user.click(screen.getByTestId('calendar-url-save'));
    expect(screen.getByTestId('calendar-url-error')).toHaveTextContent(
      'Give up a fetch after: enter a whole number of seconds from 1 to 30.',
    );
    expect(screen.getByTestId('calendar-timeout-input')).toHaveAttribute('aria-invalid', 'true');
    // The field to correct is unfolded from "Advanced".
    expect(screen.getByTestId('calendar-timeout-input')).toBeVisible();
  });

  it('shows the last good fetch, next check and last error of the saved URL', async () => {
    await writeStored(storedSettings, {
      ...defaultSettings(),
      source: { kind: 'url', url: URL_, refreshMinutes: 60, maxAgeHours: 24 },
    });
    const remote: RemoteStatus = {
      sourceUrl: URL_,
      since: '2026-05-09T08:00:00.000Z',
      lastAttempt: '2026-05-10T11:59:00.000Z',
      lastGoodFetch: '2026-05-10T09:00:00.000Z',
      nextCheck: '2026-05-10T12:04:00.000Z',
      lastError: {
        reason: 'http',
        message: 'finance.example.com answered 500.',
        at: '2026-05-10T11:59:30.000Z',
      },
      consecutiveFailures: 3,
    };
    await writeStored(storedRemoteStatus, remote);
    await renderSection();

    expect(status()).toHaveAttribute('data-state', 'error');
    expect(status()).toHaveAttribute('data-last-attempt', remote.lastAttempt);
    expect(screen.getByTestId('calendar-last-good-fetch')).toHaveTextContent('3 hours ago');
    expect(screen.getByTestId('calendar-last-error')).toHaveTextContent(
      'finance.example.com answered 500.',
    );
    expect(status()).toHaveTextContent('in 4 minutes');
    expect(status()).toHaveTextContent('the last good calendar stays in use');
  });

  it('shows stale past the maximum age', async () => {
    await writeStored(storedSettings, {
      ...defaultSettings(),
      source: { kind: 'url', url: URL_, refreshMinutes: 60, maxAgeHours: 2 },
    });
    await writeStored(storedRemoteStatus, {
      sourceUrl: URL_,
      since: '2026-05-01T00:00:00.000Z',
      lastGoodFetch: '2026-05-10T09:00:00.000Z',
      consecutiveFailures: 0,
    });
    await renderSection();
    expect(status()).toHaveAttribute('data-state', 'stale');
    expect(status()).toHaveTextContent('no good fetch for more than 2 hours');
  });

  it('Check now asks the background and is busy until it answers', async () => {
    await writeStored(storedSettings, {
      ...defaultSettings(),
      source: { kind: 'url', url: URL_, refreshMinutes: 60, maxAgeHours: 24 },
    });
    let answer: (response: CheckNowResponse) => void = () => {};
    checkNow.mockImplementation(
      () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
    );
    await renderSection();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('calendar-check-now'));
    expect(checkNow).toHaveBeenCalledTimes(1);
    expect(status()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByTestId('calendar-check-now')).toBeDisabled();
    await act(async () => answer({ ok: false, message: 'The check could not start.' }));
    await waitFor(() => expect(status()).toHaveAttribute('aria-busy', 'false'));
    expect(screen.getByRole('alert')).toHaveTextContent('The check could not start.');
  });

  it('Check now is off without a URL', async () => {
    await renderSection();
    expect(screen.getByTestId('calendar-check-now')).toBeDisabled();
    expect(status()).toHaveAttribute('data-state', 'ok');
    expect(screen.getByTestId('calendar-source-url')).toHaveTextContent('Entered or imported');
  });

  it('shows a policy URL read-only, "Managed by your organization"', async () => {
    await fakeBrowser.storage.managed.set({ calendarUrl: URL_, mode: 'block', refreshMinutes: 30 });
    await renderSection();
    expect(screen.getByTestId('calendar-source-managed')).toHaveTextContent(
      'Managed by your organization',
    );
    const input = screen.getByTestId('calendar-url-input');
    expect(input).toHaveValue(URL_);
    expect(input).toHaveAttribute('readonly');
    expect(screen.getByTestId('calendar-refresh-input')).toHaveValue(30);
    expect(screen.getByTestId('calendar-refresh-input')).toHaveAttribute('readonly');
    expect(screen.getByTestId('calendar-url-save')).toBeDisabled();
    expect(screen.queryByTestId('calendar-url-remove')).toBeNull();
    expect(screen.getByTestId('calendar-check-now')).toBeEnabled();
    const summary = screen.getByTestId('managed-policy-summary');
    expect(summary).toHaveTextContent('Block the export');
    expect(summary).toHaveTextContent('30 minutes');
  });

  it('offers "Allow access" for a policy URL the browser may not read yet, then checks', async () => {
    await fakeBrowser.storage.managed.set({ calendarUrl: URL_ });
    await writeStored(storedRemoteStatus, {
      sourceUrl: URL_,
      since: '2026-05-10T11:00:00.000Z',
      lastAttempt: '2026-05-10T11:00:00.000Z',
      lastError: { reason: 'permission', message: 'not allowed', at: '2026-05-10T11:00:01.000Z' },
      consecutiveFailures: 1,
    });
    await renderSection();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('calendar-url-allow'));
    expect(requestHostPermission).toHaveBeenCalledWith('https://finance.example.com/*');
    await waitFor(() => expect(checkNow).toHaveBeenCalledTimes(1));
  });

  it('lists policy values that were ignored, for IT', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'stop', closingSoonDays: 4 });
    await renderSection();
    expect(screen.getByTestId('managed-policy-problems')).toHaveTextContent('mode:');
    expect(screen.getByTestId('managed-policy-summary')).toHaveTextContent('4 days ahead');
  });

  it('shows no policy section without a policy', async () => {
    await renderSection();
    expect(screen.queryByTestId('managed-policy-summary')).toBeNull();
    expect(screen.queryByTestId('calendar-source-managed')).toBeNull();
  });
});
