import { createContext, createElement, type ReactNode, useContext } from 'react';
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
 * How views reach the stores: one React context. The extension pages use each context's
 * shared stores (the default); tests give their own through {@link StoresProvider}, which is
 * how two settings pages over one storage are rendered side by side.
 */

/** The stores an extension page reads and writes through. */
export interface AppStores {
  calendar: CalendarStore;
  settings: SettingsStore;
  audit: AuditStore;
  /** The background's record of the team calendar's fetches (read-only here). */
  remoteStatus: RemoteStatusStore;
  /** The organization's policy and which settings it fixes (managed.ts). */
  managed: ManagedPolicyStore;
}

/**
 * This context's shared stores, each made on first use: the popup never touches `audit`, so
 * it never reads the audit log.
 */
const SHARED: AppStores = {
  get calendar() {
    return sharedCalendarStore();
  },
  get settings() {
    return sharedSettingsStore();
  },
  get audit() {
    return sharedAuditStore();
  },
  get remoteStatus() {
    return sharedRemoteStatusStore();
  },
  get managed() {
    return sharedManagedPolicyStore();
  },
};

const StoresContext = createContext<AppStores>(SHARED);

/** Gives the views under it `stores` (this context's shared stores when none are given). */
export function StoresProvider({ stores, children }: { stores?: AppStores; children: ReactNode }) {
  return createElement(StoresContext.Provider, { value: stores ?? SHARED }, children);
}

/** The stores themselves, for their actions (`update`, `setCalendar`, `refresh`…). */
export function useStores(): AppStores {
  return useContext(StoresContext);
}

/*
 * The state hooks. A selector keeps a view from re-rendering on changes it does not show; it
 * must return stored values (or primitives), not new arrays or objects, or React re-renders
 * forever.
 */

const whole = <S>(state: S) => state;

export function useCalendarState(): CalendarState;
export function useCalendarState<T>(selector: (state: CalendarState) => T): T;
export function useCalendarState<T>(
  selector: (state: CalendarState) => T = whole as (state: CalendarState) => T,
): T {
  return useStore(useStores().calendar, selector);
}

export function useSettingsState(): SettingsState;
export function useSettingsState<T>(selector: (state: SettingsState) => T): T;
export function useSettingsState<T>(
  selector: (state: SettingsState) => T = whole as (state: SettingsState) => T,
): T {
  return useStore(useStores().settings, selector);
}

export function useAuditState(): AuditState;
export function useAuditState<T>(selector: (state: AuditState) => T): T;
export function useAuditState<T>(
  selector: (state: AuditState) => T = whole as (state: AuditState) => T,
): T {
  return useStore(useStores().audit, selector);
}

/** How fetching the calendar URL is going (written by the background). */
export function useRemoteStatus(): RemoteStatusState;
export function useRemoteStatus<T>(selector: (state: RemoteStatusState) => T): T;
export function useRemoteStatus<T>(
  selector: (state: RemoteStatusState) => T = whole as (state: RemoteStatusState) => T,
): T {
  return useStore(useStores().remoteStatus, selector);
}

/** The organization's policy and which settings it fixes (managed.ts). */
export function useManagedPolicy(): ManagedPolicyState;
export function useManagedPolicy<T>(selector: (state: ManagedPolicyState) => T): T;
export function useManagedPolicy<T>(
  selector: (state: ManagedPolicyState) => T = whole as (state: ManagedPolicyState) => T,
): T {
  return useStore(useStores().managed, selector);
}
