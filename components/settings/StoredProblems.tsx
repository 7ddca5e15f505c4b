import { useState } from 'react';
import { useAuditState, useCalendarState, useSettingsState } from '../../lib/settings/hooks';
import {
  type StoredThing,
  storedAuditLog,
  storedCalendar,
  storedSettings,
} from '../../lib/settings/items';
import { exportSetAside } from '../../lib/settings/set-aside';
import type { StoredReadStatus } from '../../lib/settings/validated';
import { downloadText } from './download';

interface Problem {
  thing: StoredThing<unknown>;
  status: 'loading' | StoredReadStatus;
  text: string | null;
}

/**
 * What could not be read from storage (a corrupt value, a newer version's data, storage gone),
 * in the stores' own sentences. Shown at the top of the page: what the page shows below is
 * then not what is stored, and the user must know before editing. A value that was set aside
 * (kept, never deleted) can be downloaded from here, exactly as it was stored.
 */
export function StoredProblems() {
  const problems: Problem[] = [
    {
      thing: storedCalendar as StoredThing<unknown>,
      status: useCalendarState((s) => s.status),
      text: useCalendarState((s) => s.problem),
    },
    {
      thing: storedSettings as StoredThing<unknown>,
      status: useSettingsState((s) => s.status),
      text: useSettingsState((s) => s.problem),
    },
    {
      thing: storedAuditLog as StoredThing<unknown>,
      status: useAuditState((s) => s.status),
      text: useAuditState((s) => s.problem),
    },
  ].filter((problem) => problem.text !== null);
  if (problems.length === 0) return null;
  return (
    <div className="pg-problems" role="alert">
      {problems.map((problem) => (
        <div key={problem.thing.key}>
          <p>{problem.text}</p>
          {problem.status === 'corrupt' || problem.status === 'newer-version' ? (
            <SetAsideDownload thing={problem.thing} />
          ) : null}
        </div>
      ))}
    </div>
  );
}

function SetAsideDownload({ thing }: { thing: StoredThing<unknown> }) {
  const [note, setNote] = useState('');
  async function download() {
    try {
      const file = await exportSetAside(thing);
      if (!file) {
        setNote(`No copy of the ${thing.noun} could be kept.`);
        return;
      }
      downloadText({ name: file.fileName, type: 'application/json', text: file.text });
      setNote('');
    } catch (error) {
      setNote(`The copy could not be read (${error instanceof Error ? error.message : error}).`);
    }
  }
  return (
    <p>
      <button
        type="button"
        className="pg-button"
        data-testid="stored-problem-download"
        onClick={() => void download()}
      >
        Download the {thing.noun} as it was saved
      </button>{' '}
      {note}
    </p>
  );
}
