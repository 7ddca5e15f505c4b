import { browser } from 'wxt/browser';
import { localToday } from '../calendar/iso-date';
import { MARK_TAG } from '../page/row-mark';
import { staleCheckFor } from '../remote/stale-check';
import { addInvoiceDateLabel } from '../settings/learned-labels';
import { requestOverrideLog } from '../settings/override-log';
import {
  sharedCalendarStore,
  sharedEffectiveSettingsStore,
  sharedManagedPolicyStore,
  sharedRemoteStatusStore,
  sharedSettingsStore,
} from '../settings/shared-stores';
import type { GuardDeps } from './guard-controller';
import { OVERLAY_TAG } from './overlay-tag';
import type { PageClaim } from './page-claim';
import { runtimeAlive } from './runtime-alive';
import { followSyncedDates } from './synced-dates-follower';

/** Sends without caring for an answer; a dead context must not throw into the host page. */
function post(message: unknown): Promise<unknown> {
  if (!runtimeAlive()) return Promise.reject(new Error('Period Guard was updated or reloaded.'));
  return browser.runtime.sendMessage(message);
}

/** The guard's dependencies in a real content script. */
export function guardDepsFor(win: Window, signal: AbortSignal, claim: PageClaim): GuardDeps {
  // The settings in force: the organization's policy (block mode, labels…) over the user's.
  const settingsStore = sharedEffectiveSettingsStore();
  const remoteStatus = sharedRemoteStatusStore();
  const calendarStore = sharedCalendarStore();
  const syncedDates = followSyncedDates(post);
  return {
    win,
    signal,
    calendarStore,
    settingsStore,
    syncedDates,
    // Local storage only: Chromium can take seconds to answer the first read of the managed
    // (policy) area, and the banner must not wait for it. The policy lands in the effective
    // settings store when it arrives, which re-judges; Export anyway waits for it (the copy
    // kept from the last start usually answers at once: lib/settings/policy-memory.ts).
    ready: Promise.allSettled([
      calendarStore.whenReady,
      sharedSettingsStore().whenReady,
      syncedDates.whenReady,
      remoteStatus.whenReady,
    ]),
    policyReady: sharedManagedPolicyStore().whenReady,
    // A team calendar past its maximum age without a good fetch: the guard cannot vouch.
    isStale: staleCheckFor(settingsStore, remoteStatus),
    alsoFollow: [remoteStatus],
    today: () => localToday(),
    isContextValid: () => claim.isCurrent() && runtimeAlive(),
    reportVerdict: (verdict) => {
      post({ type: 'page-verdict', verdict }).catch(() => {});
    },
    // No silent override: if the log could not be written, the export does not run.
    recordOverride: (record) => requestOverrideLog(post, record),
    addInvoiceDateLabel: (label) =>
      addInvoiceDateLabel(sharedSettingsStore(), sharedManagedPolicyStore(), label),
    // By tag, walking up from the node: a document-wide query here would run for every
    // mutation record of a page that shows no overlay (nothing to cache), and our content
    // lives in the host's shadow root, which the page watcher never sees anyway. Row marks
    // on a list are ours too.
    isOwnNode: (node) => {
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      return element?.closest(`${OVERLAY_TAG}, ${MARK_TAG}`) != null;
    },
  };
}
