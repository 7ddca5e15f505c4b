import { useSettingsState } from '../../lib/settings/hooks';
import { RemoteSourceSection } from './RemoteSourceSection';
import { Section } from './Section';

/**
 * The team calendar: the URL everyone's Period Guard fetches, with its
 * status. Below the calendar itself on the page: most people set their own calendar first,
 * and the fetch timings sit folded under "Advanced" inside.
 */
export function CalendarSourceSection() {
  const source = useSettingsState((s) => s.settings.source);

  return (
    <Section id="source" title="Team calendar">
      <div data-slot="remote-source">
        {source.kind === 'manual' ? (
          <p>
            The calendar in use is the one set up above: closed-through dates, periods, or an
            imported file.
          </p>
        ) : (
          <p>
            Team calendar from <span className="pg-url">{source.url}</span>, refreshed every{' '}
            {source.refreshMinutes} minutes. Edit it at its source; the copy above is read-only.
          </p>
        )}
      </div>
      <RemoteSourceSection />
    </Section>
  );
}
