import type { RemoteStatusStore } from '../settings/remote-status-store';
import type { SettingsStore } from '../settings/stores';
import { calendarIsStale } from './stale';

/**
 * `isStale()` for the guard (GuardDeps.isStale): is the calendar in use past its maximum
 * age, judged now, from the effective settings (sharedEffectiveSettingsStore, so a policy
 * URL counts) and the background's status (sharedRemoteStatusStore). An unreadable status
 * is not stale: the calendar store reports its own problems.
 */
export function staleCheckFor(
  settingsStore: SettingsStore,
  remoteStatusStore: RemoteStatusStore,
  now: () => number = Date.now,
): () => boolean {
  return () =>
    calendarIsStale(
      settingsStore.getState().settings,
      remoteStatusStore.getState().remoteStatus,
      now(),
    );
}
