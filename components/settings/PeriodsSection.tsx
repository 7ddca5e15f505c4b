import type { Period } from '../../lib/calendar/model';
import { useCalendarState, useStores } from '../../lib/settings/hooks';
import { PeriodTable } from '../PeriodTable';
import { SaveStatus } from './SaveStatus';
import { Section } from './Section';
import { useSave } from './use-save';

const NO_PERIODS: readonly Period[] = [];

/**
 * The company's accounting periods, added, edited and deleted in place. The
 * table announces its own saves; a refused write is shown here, and the row goes back to
 * what is stored.
 */
export function PeriodsSection({ readOnly }: { readOnly: boolean }) {
  const { calendar: store } = useStores();
  const periods = useCalendarState((s) => s.calendar?.periods ?? NO_PERIODS);
  const entityCount = useCalendarState((s) => Object.keys(s.calendar?.entities ?? {}).length);
  const { outcome, save } = useSave();

  return (
    <Section
      id="periods"
      title="Accounting periods"
      intro="Each period with its dates and status. A close day (“Closes on”) lets Period Guard warn before the period closes."
    >
      <PeriodTable
        periods={periods}
        readOnly={readOnly}
        onChange={(next) => void save(() => store.getState().setPeriods(next), '')}
      />
      {entityCount > 0 ? (
        <p className="pg-hint">
          {`The calendar also holds the books of ${entityCount} ${entityCount === 1 ? 'entity' : 'entities'}. Change those by importing a file.`}
        </p>
      ) : null}
      <SaveStatus outcome={outcome} />
    </Section>
  );
}
