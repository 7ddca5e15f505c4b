import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '../lib/badge/badge-for';
import { localToday } from '../lib/calendar/iso-date';
import {
  pageVerdictMessageSchema,
  recordOverrideMessageSchema,
  rememberSyncedDateMessageSchema,
} from '../lib/messages';
import { startRemoteCalendar } from '../lib/remote/scheduler';
import { allStoredThings } from '../lib/settings/items';
import { createManagedPolicyStore } from '../lib/settings/managed';
import { logOverride } from '../lib/settings/override-log';
import { storedPolicyMemory } from '../lib/settings/policy-memory';
import { keepStoredStamped } from '../lib/settings/stamp-keeper';
import { createAuditStore } from '../lib/settings/stores';
import { createSyncedDatesWriter } from '../lib/settings/synced-dates-writer';

export default defineBackground(() => {
  // Stored values are checked once, when written, not by every tab on every page load.
  keepStoredStamped(allStoredThings);

  // One writer for the audit log: overrides from several tabs land in order, none lost.
  const audit = createAuditStore({ document: null });
  // One writer for the synced dates too: two tabs remembering at once both land.
  const syncedDates = createSyncedDatesWriter(() => localToday());

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own content scripts, in a tab, with a well-formed message, are heard.
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return;
    const tabId = sender.tab.id;

    const verdict = pageVerdictMessageSchema.safeParse(message);
    if (verdict.success) {
      const badge = badgeFor(verdict.data.verdict);
      void browser.action.setBadgeText({ tabId, text: badge.text });
      void browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
      void browser.action.setTitle({ tabId, title: badge.title });
      return;
    }

    const synced = rememberSyncedDateMessageSchema.safeParse(message);
    if (synced.success) {
      syncedDates.remember(synced.data.invoiceNumber, synced.data.date).then(
        () => sendResponse({ ok: true }),
        () => sendResponse({ ok: false }),
      );
      return true; // answered asynchronously
    }

    const override = recordOverrideMessageSchema.safeParse(message);
    if (override.success) {
      void logOverride(audit, override.data.record).then(sendResponse);
      return true; // answered asynchronously
    }
  });

  // ---- Team calendar: URL source, enterprise policy, "Check now" (lib/remote/scheduler.ts) ----
  // The policy as read at this start is kept for the next: tabs opened while the browser is
  // still slow to answer its first policy read use that copy meanwhile.
  startRemoteCalendar({
    managedStore: createManagedPolicyStore({ memory: storedPolicyMemory({ keeps: true }) }),
  });
});
