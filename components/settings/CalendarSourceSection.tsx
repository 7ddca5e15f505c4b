import { useSettingsState } from '../../lib/settings/hooks';
import { ManagedPolicyNotice } from './ManagedPolicyNotice';
import { RemoteSourceSection } from './RemoteSourceSection';
import { Section } from './Section';
import { useStores } from './stores-context';

/**
 * Where the calendar comes from (PRODUCT.md §5, §6): which source is in use, what the
 * organization's policy sets (if anything), and the team calendar URL with its status.
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
      <ManagedPolicyNotice />
      <RemoteSourceSection settingsStore={store} />
    </Section>
  );
}
