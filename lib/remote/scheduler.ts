import { browser } from 'wxt/browser';
import type { Calendar } from '../calendar/model';
import {
  storedCalendar,
  storedHeldCalendar,
  storedRemoteStatus,
  storedSettings,
} from '../settings/items';
import { storage } from '../settings/local-storage';
import {
  createManagedPolicyStore,
  effectiveSettings,
  type ManagedPolicyStore,
  policyCalendar,
} from '../settings/managed';
import type { RemoteStatus } from '../settings/remote-status-schema';
import { createSerialQueue } from '../settings/serial-queue';
import { readStored, writeStored } from '../settings/validated';
import { retryDelayMinutes } from './backoff';
import {
  type CheckDeps,
  checkRemoteCalendar,
  freshStatus,
  type UrlSource,
  withoutHeld,
} from './check';
import { calendarDigest } from './digest';
import {
  acceptHeldRequestSchema,
  type CheckNowResponse,
  checkNowRequestSchema,
  isExtensionPageSender,
  MANAGED_HOLD,
  type SenderLike,
} from './messages';
import { buildUrlPolicy, type UrlPolicy } from './url-policy';

/** The one alarm this module owns; `when` is always the next due check. */
export const REMOTE_CHECK_ALARM = 'period-guard:remote-calendar';

/** Alarms may wake us a moment early; a check this close to due is done now. */
const EARLY_TOLERANCE_MS = 5_000;
/** After a browser start, check at once unless a check ran this recently. */
const STARTUP_RECHECK_AFTER_MS = 60_000;
const MINUTE_MS = 60_000;

/** Why the scheduler looks at the source again. */
export type ReconcileReason =
  | 'start'
  | 'browser-start'
  | 'alarm'
  | 'settings'
  | 'policy'
  | 'calendar'
  | 'check-now';

/** The browser APIs the scheduler uses (fakeBrowser in tests). */
type SchedulerBrowser = Pick<typeof browser, 'alarms' | 'runtime' | 'permissions'>;

export interface SchedulerOptions {
  browser?: SchedulerBrowser;
  fetch?: typeof fetch;
  now?: () => Date;
  urlPolicy?: UrlPolicy;
  /** The policy as this context reads it; made here when not given. */
  managedStore?: ManagedPolicyStore;
}

export interface RemoteScheduler {
  /** Checks the calendar URL now (the settings page's "Check now"); the status after it. */
  checkNow(): Promise<RemoteStatus | null>;
  /** Puts the held calendar with this digest in use (the settings page's "Apply"). */
  acceptHeld(digest: string): Promise<RemoteStatus>;
  /** Looks at source, policy and schedule again, checking only when due. */
  reconcile(reason: ReconcileReason): Promise<RemoteStatus | null>;
  /** Settles when all work queued so far has finished (tests). */
  idle(): Promise<void>;
  /** Removes every listener (tests; the background never stops it). */
  dispose(): void;
}

/**
 * Keeps the calendar in use in step with its source, from the background: a URL is fetched when
 * due, at start, on a source change and on "Check now"; a policy's inline calendar is written
 * back if replaced. Listeners are registered synchronously, as an MV3 service worker must, and
 * one queue keeps checks from overlapping.
 */
export function startRemoteCalendar(options: SchedulerOptions = {}): RemoteScheduler {
  const api = options.browser ?? browser;
  const now = options.now ?? (() => new Date());
  const urlPolicy = options.urlPolicy ?? buildUrlPolicy();
  const managed = options.managedStore ?? createManagedPolicyStore();
  const enqueue = createSerialQueue();
  let disposed = false;

  const effectiveSource = async () => {
    const read = await readStored(storedSettings);
    if (read.status !== 'ok') return null;
    return effectiveSettings(read.value, managed.getState().policy).source;
  };

  const deps: CheckDeps = {
    now,
    fetch: options.fetch,
    urlPolicy,
    hasHostPermission: (pattern) => api.permissions.contains({ origins: [pattern] }),
    stillSource: async (url) => {
      const source = await effectiveSource();
      return source?.kind === 'url' && source.url === url;
    },
    acceptSuspicious: () => managed.getState().policy.acceptSuspiciousCalendar === true,
  };

  const readStatus = async () => {
    const read = await readStored(storedRemoteStatus);
    return read.status === 'ok' ? read.value : null;
  };

  const schedule = async (at: Date | null) => {
    if (at === null) await api.alarms.clear(REMOTE_CHECK_ALARM);
    else await api.alarms.create(REMOTE_CHECK_ALARM, { when: at.getTime() });
  };

  const runCheck = async (source: UrlSource, status: RemoteStatus) => {
    const next = await checkRemoteCalendar(source, status, deps);
    if (next === null) return readStatus(); // the source changed meanwhile; a reconcile follows
    await writeStored(storedRemoteStatus, next);
    if (next.nextCheck) await schedule(new Date(next.nextCheck));
    return next;
  };

  const applyPolicyCalendar = async (calendar: Calendar) => {
    const stored = await readStored(storedCalendar);
    if (stored.status === 'ok' && calendarDigest(stored.value) === calendarDigest(calendar)) return;
    await writeStored(storedCalendar, calendar);
  };

  /** Forgets a held calendar when its address is no longer the source. */
  const dropHeld = async () => {
    const held = await readStored(storedHeldCalendar);
    if (held.status !== 'ok' || held.value !== null) await writeStored(storedHeldCalendar, null);
  };

  /**
   * Puts the held calendar in use, as a person asked from the settings page (`digest` names
   * the one they saw) or as the policy says. The calendar in use is replaced and the hold
   * and its error are settled; anything out of step is refused with a sentence.
   */
  const applyHeld = async (source: UrlSource, digest: string | null): Promise<RemoteStatus> => {
    const status = await readStatus();
    const held = await readStored(storedHeldCalendar);
    const copy = held.status === 'ok' ? held.value : null;
    if (!status?.held || status.sourceUrl !== source.url || copy?.sourceUrl !== source.url) {
      throw new Error('No calendar is held back any more; the page shows the latest status now.');
    }
    if (digest !== null && calendarDigest(copy.calendar) !== digest) {
      throw new Error(
        'The held calendar changed since this page showed it; look at it again first.',
      );
    }
    const saved = await writeStored(storedCalendar, copy.calendar);
    const { lastError, etag: _previousEtag, ...rest } = withoutHeld(status);
    const settled = lastError?.reason === 'suspicious';
    const next: RemoteStatus = {
      ...rest,
      ...(settled || lastError === undefined ? {} : { lastError }),
      consecutiveFailures: settled ? 0 : rest.consecutiveFailures,
      lastGoodFetch: copy.fetchedAt,
      calendarDigest: calendarDigest(saved),
      ...(copy.etag === undefined ? {} : { etag: copy.etag }),
    };
    await writeStored(storedRemoteStatus, next);
    await writeStored(storedHeldCalendar, null);
    return next;
  };

  const dueAt = (status: RemoteStatus, source: UrlSource): number => {
    if (!status.lastAttempt) return now().getTime();
    const wait = retryDelayMinutes(status.consecutiveFailures, source.refreshMinutes);
    return Date.parse(status.lastAttempt) + wait * MINUTE_MS;
  };

  const reconcileNow = async (reason: ReconcileReason): Promise<RemoteStatus | null> => {
    if (disposed) return null;
    // Before the policy is known, a policy URL would look like "no URL" and its status
    // (and the age that makes it stale) would be thrown away.
    await managed.whenReady;
    const inline = policyCalendar(managed.getState().policy);
    if (inline) await applyPolicyCalendar(inline);

    const source = await effectiveSource();
    if (source === null) return readStatus(); // unreadable settings: change nothing
    const status = await readStatus();
    if (source.kind !== 'url') {
      await schedule(null);
      if (status !== null) await writeStored(storedRemoteStatus, null);
      await dropHeld();
      return null;
    }
    if (status === null || status.sourceUrl !== source.url) {
      const fresh = freshStatus(source.url, now());
      await writeStored(storedRemoteStatus, fresh);
      await dropHeld();
      return runCheck(source, fresh);
    }
    if (status.held && deps.acceptSuspicious?.()) return applyHeld(source, null);
    const t = now().getTime();
    const due = dueAt(status, source);
    const lastAttempt = status.lastAttempt ? Date.parse(status.lastAttempt) : 0;
    if (
      reason === 'check-now' ||
      due <= t + EARLY_TOLERANCE_MS ||
      (reason === 'browser-start' && t - lastAttempt > STARTUP_RECHECK_AFTER_MS)
    ) {
      return runCheck(source, status);
    }
    const nextCheck = new Date(due).toISOString();
    const kept = status.nextCheck === nextCheck ? status : { ...status, nextCheck };
    if (kept !== status) await writeStored(storedRemoteStatus, kept);
    await schedule(new Date(due));
    return kept;
  };

  const run = (reason: ReconcileReason) => enqueue(() => reconcileNow(reason));
  const reconcile = (reason: ReconcileReason) =>
    run(reason).catch((error: unknown) => {
      console.warn(`Period Guard: calendar source ${reason} failed`, error);
      return null;
    });

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === REMOTE_CHECK_ALARM) void reconcile('alarm');
  };
  const onStartup = () => void reconcile('browser-start');
  const acceptHeld = (digest: string) =>
    enqueue(async () => {
      const source = await effectiveSource();
      if (source?.kind !== 'url') throw new Error('The calendar no longer comes from a URL.');
      // A calendar the organization manages changes only by its policy or its file.
      if (managed.getState().flags.calendar) throw new Error(MANAGED_HOLD);
      return applyHeld(source, digest);
    });

  const onMessage = (
    message: unknown,
    sender: SenderLike,
    sendResponse: (response: CheckNowResponse) => void,
  ): true | undefined => {
    const accept = acceptHeldRequestSchema.safeParse(message);
    if (!checkNowRequestSchema.safeParse(message).success && !accept.success) return undefined;
    if (!isExtensionPageSender(sender, api.runtime.id, api.runtime.getURL('/'))) {
      sendResponse({
        ok: false,
        message: accept.success
          ? 'Only Period Guard’s own pages may apply a held calendar.'
          : 'Only Period Guard’s own pages may ask for a check.',
      });
      return undefined;
    }
    if (accept.success) {
      acceptHeld(accept.data.digest).then(
        (status) => sendResponse({ ok: true, status }),
        (error: unknown) =>
          sendResponse({
            ok: false,
            message: error instanceof Error ? error.message : String(error),
          }),
      );
      return true;
    }
    run('check-now').then(
      (status) => sendResponse({ ok: true, status }),
      (error: unknown) =>
        sendResponse({
          ok: false,
          message: `The check failed: ${error instanceof Error ? error.message : String(error)}`,
        }),
    );
    return true;
  };

  api.alarms.onAlarm.addListener(onAlarm);
  api.runtime.onStartup?.addListener(onStartup);
  api.runtime.onMessage.addListener(onMessage);
  const unwatchSettings = storage.watch(storedSettings.key, () => void reconcile('settings'));
  const unwatchCalendar = storage.watch(storedCalendar.key, () => {
    if (policyCalendar(managed.getState().policy)) void reconcile('calendar');
  });
  const unsubscribePolicy = managed.subscribe((state, previous) => {
    if (JSON.stringify(state.policy) !== JSON.stringify(previous.policy)) void reconcile('policy');
  });
  void reconcile('start');

  return {
    checkNow: () => run('check-now'),
    acceptHeld,
    reconcile,
    idle: () => enqueue(async () => undefined),
    dispose() {
      disposed = true;
      api.alarms.onAlarm.removeListener(onAlarm);
      api.runtime.onStartup?.removeListener(onStartup);
      api.runtime.onMessage.removeListener(onMessage);
      unwatchSettings();
      unwatchCalendar();
      unsubscribePolicy();
      if (!options.managedStore) managed.dispose();
    },
  };
}
