import { useSettingsState } from '../../lib/settings/hooks';

/**
 * The first thing a new user reads: what the calendar is and where to set it. With a team
 * calendar it says instead where the calendar comes from, and why the fields below are
 * read-only.
 */
export function CalendarIntro() {
  const source = useSettingsState((s) => s.settings.source);
  return (
    <p className="pg-intro" data-testid="calendar-intro">
      {source.kind === 'manual' ? (
        <>
          Your <strong>period calendar</strong> says which days are in closed books. Start with the
          day each module is closed through, just below; import your period list from a CSV or JSON
          file for named periods and close days. A team can share one calendar from a URL (
          <a href="#source">Team calendar</a>).
        </>
      ) : (
        <>
          Your <strong>period calendar</strong> comes from the team calendar at{' '}
          <span className="pg-url">{source.url}</span>; it is read-only here (
          <a href="#source">Team calendar</a>).
        </>
      )}
    </p>
  );
}
