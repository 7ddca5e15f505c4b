import { useStore } from 'zustand';
import type { ManagedPolicyState, ManagedPolicyStore } from './managed';
import type { RemoteStatusState, RemoteStatusStore } from './remote-status-store';
import {
  sharedAuditStore,
  sharedCalendarStore,
  sharedManagedPolicyStore,
  sharedRemoteStatusStore,
  sharedSettingsStore,
} from './shared-stores';
import type {
  AuditState,
  AuditStore,
  CalendarState,
  CalendarStore,
  SettingsState,
  SettingsStore,
} from './stores';

/*
 * React views subscribe to the stores through these. A selector keeps a view from
 * re-rendering on changes it does not show; it must return stored values (or primitives),
 * not new arrays or objects, or React re-renders forever. Pass a store to use one made
 * elsewhere (a test, a storybook); by default each context's shared store is used.
 */

const whole = <S>(state: S) => state;

export function useCalendarState(): CalendarState;
export function useCalendarState<T>(
  selector: (state: CalendarState) => T,
  store?: CalendarStore,
): T;
export function useCalendarState<T>(
  selector: (state: CalendarState) => T = whole as (state: CalendarState) => T,
  store: CalendarStore = sharedCalendarStore(),
): T {
  return useStore(store, selector);
}

export function useSettingsState(): SettingsState;
export function useSettingsState<T>(
  selector: (state: SettingsState) => T,
  store?: SettingsStore,
): T;
export function useSettingsState<T>(
  selector: (state: SettingsState) => T = whole as (state: SettingsState) => T,
  store: SettingsStore = sharedSettingsStore(),
): T {
  return useStore(store, selector);
}

export function useAuditState(): AuditState;
export function useAuditState<T>(selector: (state: AuditState) => T, store?: AuditStore): T;
export function useAuditState<T>(
  selector: (state: AuditState) => T = whole as (state: AuditState) => T,
  store: AuditStore = sharedAuditStore(),
): T {
  return useStore(store, selector);
}

/** How fetching the calendar URL is going (written by the background). */
export function useRemoteStatus(): RemoteStatusState;
export function useRemoteStatus<T>(
  selector: (state: RemoteStatusState) => T,
  store?: RemoteStatusStore,
): T;
export function useRemoteStatus<T>(
  selector: (state: RemoteStatusState) => T = whole as (state: RemoteStatusState) => T,
  store: RemoteStatusStore = sharedRemoteStatusStore(),
): T {
  return useStore(store, selector);
}

/** The organization's policy and which settings it fixes (managed.ts). */
export function useManagedPolicy(): ManagedPolicyState;
export function useManagedPolicy<T>(
  selector: (state: ManagedPolicyState) => T,
  store?: ManagedPolicyStore,
): T;
export function useManagedPolicy<T>(
  selector: (state: ManagedPolicyState) => T = whole as (state: ManagedPolicyState) => T,
  store: ManagedPolicyStore = sharedManagedPolicyStore(),
): T {
  return useStore(store, selector);
}
