import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import { readPageState } from '../../lib/popup/read-page-state';

/**
 * e2e builds only: `popup.html?tab=<id>` asks that tab instead of the active one, because a
 * test opens the popup as a page, which is then the active tab itself.
 */
function tabFromQuery(): number | undefined {
  if (import.meta.env.MODE !== 'e2e') return undefined;
  const tab = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(tab) && tab > 0 ? tab : undefined;
}

const root = document.getElementById('root');
if (root) {
  const tabId = tabFromQuery();
  createRoot(root).render(
    <StrictMode>
      <PopupApp readState={() => readPageState(tabId)} />
    </StrictMode>,
  );
}
