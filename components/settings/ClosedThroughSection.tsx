import type { ClosedThrough, Module } from '../../lib/calendar/model';
import { useCalendarState, useStores } from '../../lib/settings/hooks';
import { ClosedThroughForm } from '../ClosedThroughForm';
import { SaveStatus } from './SaveStatus';
import { Section } from './Section';
import { useSave } from './use-save';

const MODULES: Module[] = ['AR', 'GL'];
const NONE: ClosedThrough = {};

/**
 * The last closed day per Intacct module, saved module by module through the
 * calendar store so a change made in another tab to the other module is kept.
 */
export function ClosedThroughSection({ readOnly }: { readOnly: boolean }) {
  const { calendar: store } = useStores();
  const closedThrough = useCalendarState((s) => s.calendar?.closedThrough ?? NONE);
  const { outcome, save } = useSave();

  const onChange = (next: ClosedThrough) =>
    save(async () => {
      const current = store.getState().calendar?.closedThrough ?? {};
      for (const module of MODULES) {
        if (next[module] !== current[module]) {
          await store.getState().setClosedThrough(module, next[module]);
        }
      }
    }, '');

  return (
    <Section
      id="closed-through"
      title="Closed-through dates"
      intro="Many teams only know “AR is closed through August 31”: that alone is a working calendar."
    >
      <ClosedThroughForm closedThrough={closedThrough} onChange={onChange} readOnly={readOnly} />
      <SaveStatus outcome={outcome} />
    </Section>
  );
}
