import { createEffectiveSettingsStore } from './effective-store';
import { createManagedPolicyStore, type ManagedPolicyStore } from './managed';
import { storedPolicyMemory } from './policy-memory';
import { createRemoteStatusStore, type RemoteStatusStore } from './remote-status-store';
import {
  type AuditStore,
  type CalendarStore,
  createAuditStore,
  createCalendarStore,
  createSettingsStore,
  type SettingsStore,
} from './stores';

/*
 * One store of each kind per context (popup, settings page, content script), made on first
 * use so a context that never shows the audit log never reads it. Tests build their own
 * stores instead (stores.ts): these outlive fakeBrowser.reset().
 */

let calendar: CalendarStore | undefined;
let settings: SettingsStore | undefined;
let audit: AuditStore | undefined;

export function sharedCalendarStore(): CalendarStore {
  calendar ??= createCalendarStore();
  return calendar;
}

export function sharedSettingsStore(): SettingsStore {
  settings ??= createSettingsStore();
  return settings;
}

export function sharedAuditStore(): AuditStore {
  audit ??= createAuditStore();
  return audit;
}

let remoteStatus: RemoteStatusStore | undefined;
let managedPolicy: ManagedPolicyStore | undefined;

export function sharedRemoteStatusStore(): RemoteStatusStore {
  remoteStatus ??= createRemoteStatusStore();
  return remoteStatus;
}

/**
 * The enterprise policy, read (and polled for a while) on first use in this context; the copy
 * the background kept stands in until the browser answers.
 */
export function sharedManagedPolicyStore(): ManagedPolicyStore {
  managedPolicy ??= createManagedPolicyStore({ memory: storedPolicyMemory({ keeps: false }) });
  return managedPolicy;
}

let effective: SettingsStore | undefined;

/**
 * The settings in force in this context: the user's, with the enterprise policy over them.
 * What the guard and the popup should judge by (lib/settings/effective-store.ts).
 */
export function sharedEffectiveSettingsStore(): SettingsStore {
  effective ??= createEffectiveSettingsStore(sharedSettingsStore(), sharedManagedPolicyStore());
  return effective;
}
