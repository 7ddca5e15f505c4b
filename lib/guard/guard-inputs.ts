import type { GuardDeps } from './guard-controller';
import type { GuardInputs } from './judge-reading';

/**
 * Everything besides the page that a verdict depends on, as the stores hold it now: the one
 * place the invoice guard and the list guard take it from, so both judge alike.
 */
export function guardInputsFrom(deps: GuardDeps): GuardInputs {
  const calendarState = deps.calendarStore.getState();
  const { settings } = deps.settingsStore.getState();
  return {
    calendar: calendarState.calendar,
    calendarStatus: calendarState.ready ? calendarState.status : 'loading',
    calendarProblem: calendarState.ready
      ? calendarState.problem
      : 'Period Guard is still loading the period calendar. Try again in a moment.',
    closingSoonDays: settings.closingSoonDays,
    syncedDates: deps.syncedDates.current(),
    stale: deps.isStale(),
    today: deps.today(),
  };
}
