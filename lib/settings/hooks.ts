import { useStore } from 'zustand';
import { sharedAuditStore, sharedCalendarStore, sharedSettingsStore } from './shared-stores';
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
