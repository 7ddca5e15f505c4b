import '../pages.css';
import './popup.css';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type IsoDate, localToday } from '../../lib/calendar/iso-date';
import { isEmptyCalendar } from '../../lib/calendar/model';
import type { PageList, PageSeen, PageState } from '../../lib/messages';
import {
  type InvoiceTabState,
  invoiceTabState,
  readPageState,
} from '../../lib/popup/read-page-state';
import {
  type AppStores,
  StoresProvider,
  useCalendarState,
  useSettingsState,
} from '../../lib/settings/hooks';
import { ElsewhereView } from './ElsewhereView';
import { HeldCalendarNotice } from './HeldCalendarNotice';
import { InvoiceView } from './InvoiceView';
import { ListView } from './ListView';

export interface PopupAppProps {
  /** The stores to use; the popup's shared stores by default (tests pass their own). */
  stores?: AppStores;
  /** What the tab shows; by default the active tab's content script is asked. */
  readState?: () => Promise<PageState | null>;
  /** Opens the settings page; `runtime.openOptionsPage()` by default. */
  openSettings?: () => void;
  /** Today's date where the user is; tests pin it. */
  today?: IsoDate;
  /** The clock for the team calendar's age; tests pin it. */
  now?: () => number;
}

type TabView =
  | { view: 'loading' }
  | { view: 'invoice'; state: InvoiceTabState }
  | { view: 'list'; list: PageList }
  | { view: 'elsewhere'; seen?: PageSeen };

function openOptionsPage(): void {
  browser.runtime.openOptionsPage().catch(() => {
    // Nothing sensible to do in a popup; the settings are also in the extension's menu.
  });
}

/**
 * The toolbar popup: on a BuildOps invoice, its verdict and the ways out;
 * anywhere else, the calendar and a date checker. Asking the tab can fail in many ordinary
 * ways (no content script, a browser page); every one of them shows the calendar view.
 */
export function PopupApp({
  stores,
  now,
  readState = () => readPageState(),
  openSettings = openOptionsPage,
  today = localToday(),
}: PopupAppProps) {
  const [tab, setTab] = useState<TabView>({ view: 'loading' });

  // biome-ignore lint/correctness/useExhaustiveDependencies: asked once, when the popup opens
  useEffect(() => {
    let live = true;
    readState()
      .catch(() => null)
      .then((state) => {
        const invoice = invoiceTabState(state);
        if (!live) return;
        setTab(
          invoice
            ? { view: 'invoice', state: invoice }
            : state?.list
              ? { view: 'list', list: state.list }
              : { view: 'elsewhere', seen: state?.seen },
        );
      });
    return () => {
      live = false;
    };
  }, []);

  return (
    <StoresProvider stores={stores}>
      <Popup tab={tab} today={today} openSettings={openSettings} now={now} />
    </StoresProvider>
  );
}

function Popup({
  tab,
  today,
  openSettings,
  now,
}: {
  tab: TabView;
  today: IsoDate;
  openSettings: () => void;
  now?: () => number;
}) {
  const dayFirst = useSettingsState((s) => s.settings.dayFirst);
  // Before anything is set up the setup prompt is the one way to the settings (no second button).
  const setUp = useCalendarState(
    (s) => !s.ready || (s.calendar !== null && !isEmptyCalendar(s.calendar)),
  );
  const showSettingsButton = tab.view === 'invoice' || setUp;

  return (
    <div className="pg-surface pg-popup">
      <header className="pg-popup-header">
        <h1 className="pg-popup-brand">Period Guard</h1>
        {showSettingsButton ? (
          <button
            type="button"
            className="pg-button pg-button--small pg-button--quiet"
            onClick={openSettings}
          >
            Settings
          </button>
        ) : null}
      </header>
      <main className="pg-popup-main">
        <HeldCalendarNotice />
        {tab.view === 'loading' ? (
          <p className="pg-muted" role="status">
            Checking this tab…
          </p>
        ) : tab.view === 'invoice' ? (
          <InvoiceView state={tab.state} dayFirst={dayFirst} />
        ) : tab.view === 'list' ? (
          <ListView list={tab.list} />
        ) : (
          <ElsewhereView seen={tab.seen} today={today} onOpenSettings={openSettings} now={now} />
        )}
      </main>
    </div>
  );
}
