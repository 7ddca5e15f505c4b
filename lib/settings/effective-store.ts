import { createStore } from 'zustand/vanilla';
import { effectiveSettings } from './effective-settings';
import { fingerprintOf } from './fingerprint';
import type { ManagedPolicyStore } from './managed';
import type { SettingsState, SettingsStore } from './stores';

/**
 * The user's settings store with the organization's policy laid over it: same shape as a
 * {@link SettingsStore}, so anything that takes one (the guard, the popup) gets the
 * settings in force by swapping the store it is given. The `settings` object is replaced
 * only when its content changes (a re-read of equal settings keeps it, whatever the order of
 * its keys), so identity comparisons keep working. `update` writes the user's own settings
 * (values the policy sets stay overridden).
 */
export function createEffectiveSettingsStore(
  user: SettingsStore,
  managed: ManagedPolicyStore,
): SettingsStore {
  const compute = (): SettingsState => {
    const state = user.getState();
    return { ...state, settings: effectiveSettings(state.settings, managed.getState().policy) };
  };
  const store = createStore<SettingsState>()(compute);
  let lastPrint = fingerprintOf(store.getState().settings);
  const follow = () => {
    const next = compute();
    const print = fingerprintOf(next.settings);
    if (print === lastPrint) next.settings = store.getState().settings;
    lastPrint = print;
    store.setState(next);
  };
  const unsubscribers = [user.subscribe(follow), managed.subscribe(follow)];
  return Object.assign(store, {
    whenReady: Promise.all([user.whenReady, managed.whenReady]).then(() => undefined),
    refresh: () => Promise.all([user.refresh(), managed.refresh()]).then(() => undefined),
    dispose() {
      for (const unsubscribe of unsubscribers) unsubscribe();
    },
  });
}
