import { createContext, type ReactNode, useContext } from 'react';
import {
  sharedAuditStore,
  sharedCalendarStore,
  sharedSettingsStore,
} from '../../lib/settings/shared-stores';
import type { AuditStore, CalendarStore, SettingsStore } from '../../lib/settings/stores';

/** The stores an extension page reads and writes through. */
export interface AppStores {
  calendar: CalendarStore;
  settings: SettingsStore;
  audit: AuditStore;
}

/**
 * This context's shared stores, made on first use: the popup never touches `audit`, so it
 * never reads the audit log.
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
};

const StoresContext = createContext<AppStores>(SHARED);

/**
 * Gives a page its stores. The extension pages use the shared ones (the default); tests pass
 * their own, which is how two settings pages over one storage are rendered side by side.
 */
export function StoresProvider({ stores, children }: { stores?: AppStores; children: ReactNode }) {
  return <StoresContext.Provider value={stores ?? SHARED}>{children}</StoresContext.Provider>;
}

export function useStores(): AppStores {
  return useContext(StoresContext);
}
