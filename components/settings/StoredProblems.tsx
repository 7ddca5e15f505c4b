import { useAuditState, useCalendarState, useSettingsState } from '../../lib/settings/hooks';
import { useStores } from './stores-context';

/**
 * What could not be read from storage (a corrupt value, a newer version's data, storage gone),
 * in the stores' own sentences. Shown at the top of the page: what the page shows below is
 * then not what is stored, and the user must know before editing.
 */
export function StoredProblems() {
  const stores = useStores();
  const calendar = useCalendarState((s) => s.problem, stores.calendar);
  const settings = useSettingsState((s) => s.problem, stores.settings);
  const audit = useAuditState((s) => s.problem, stores.audit);
  const problems = [calendar, settings, audit].filter((p): p is string => p !== null);
  if (problems.length === 0) return null;
  return (
    <div className="pg-problems" role="alert">
      {problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
    </div>
  );
}
