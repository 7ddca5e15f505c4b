import { useSettingsState } from '../../lib/settings/hooks';
import { Section } from './Section';
import { useStores } from './stores-context';

/**
 * Where the calendar comes from (PRODUCT.md §5, §6).
 *
 * REMOTE SOURCE GOES HERE: `components/settings/RemoteSourceSection.tsx` (branch `remote`)
 * renders the team calendar URL (`calendar-url-input`, `calendar-url-save`,
 * `calendar-check-now`, `calendar-source-status`) and the managed-policy state. Until it is
 * merged, this section only says which source is in use.
 */
export function CalendarSourceSection() {
  const { settings: store } = useStores();
  const source = useSettingsState((s) => s.settings.source, store);

  return (
    <Section id="source" title="Calendar source">
      <div data-slot="remote-source">
        {source.kind === 'manual' ? (
          <p>Manual calendar (set up below): closed-through dates, periods, or an imported file.</p>
        ) : (
          <p>
            Team calendar from <span className="pg-url">{source.url}</span>, refreshed every{' '}
            {source.refreshMinutes} minutes. Edit it at its source; the copy below is read-only.
          </p>
        )}
      </div>
    </Section>
  );
}
