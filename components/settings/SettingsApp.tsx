import '../pages.css';
import './settings.css';
import { type IsoDate, localToday } from '../../lib/calendar/iso-date';
import {
  type AppStores,
  StoresProvider,
  useCalendarState,
  useSettingsState,
} from '../../lib/settings/hooks';
import { AuditSection } from './AuditSection';
import { BehaviourSection } from './BehaviourSection';
import { CalendarIntro } from './CalendarIntro';
import { CalendarSourceSection } from './CalendarSourceSection';
import { ClosedThroughSection } from './ClosedThroughSection';
import { ImportExportSection } from './ImportExportSection';
import { ManagedPolicyNotice } from './ManagedPolicyNotice';
import { PageReadingSection } from './PageReadingSection';
import { PeriodsSection } from './PeriodsSection';
import { StoredProblems } from './StoredProblems';
import { YearSection } from './YearSection';

export interface SettingsAppProps {
  /** The stores to use; each context's shared stores by default (tests pass their own). */
  stores?: AppStores;
  /** Today's date where the user is; tests and screenshots pin it. */
  today?: IsoDate;
}

const CONTENTS = [
  ['closed-through', 'Closed-through dates'],
  ['import-export', 'Import and export'],
  ['year', 'Year at a glance'],
  ['periods', 'Accounting periods'],
  ['source', 'Team calendar'],
  ['page-reading', 'Reading the page'],
  ['behaviour', 'Behaviour'],
  ['audit', 'Audit log'],
] as const;

/**
 * The settings page: every setting on one page, in the order a first visit needs them
 * (docs/design.md). Sections read and write the stores; storage keeps open copies in step.
 */
export function SettingsApp({ stores, today = localToday() }: SettingsAppProps) {
  return (
    <StoresProvider stores={stores}>
      <SettingsPage today={today} />
    </StoresProvider>
  );
}

function SettingsPage({ today }: { today: IsoDate }) {
  const calendarReady = useCalendarState((s) => s.ready);
  const settingsReady = useSettingsState((s) => s.ready);
  const ready = calendarReady && settingsReady;
  // A team calendar (URL) is replaced on every refresh: edit it at its source, not here.
  const editable = useSettingsState((s) => s.settings.source.kind === 'manual');

  return (
    <div className="pg-surface pg-settings">
      <a className="pg-skip" href="#settings-main">
        Skip to settings
      </a>
      <header className="pg-settings-header">
        <h1>Period Guard settings</h1>
        <p className="pg-muted">
          Checks BuildOps invoice dates against your accounting-period calendar before they reach
          Sage Intacct.
        </p>
        <CalendarIntro />
      </header>
      <nav className="pg-contents" aria-label="Settings sections">
        <ul>
          {CONTENTS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="settings-main" className="pg-settings-main" tabIndex={-1}>
        <StoredProblems />
        <ManagedPolicyNotice />
        {ready ? (
          <>
            <ClosedThroughSection readOnly={!editable} />
            <ImportExportSection readOnly={!editable} />
            <YearSection today={today} />
            <PeriodsSection readOnly={!editable} />
            <CalendarSourceSection />
            <PageReadingSection />
            <BehaviourSection />
            <AuditSection />
          </>
        ) : (
          <p className="pg-muted" role="status">
            Loading settings…
          </p>
        )}
      </main>
    </div>
  );
}
