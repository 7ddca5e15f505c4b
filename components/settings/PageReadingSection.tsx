import { useId } from 'react';
import {
  DEFAULT_EXPORT_WORDS,
  DEFAULT_INVOICE_DATE_LABELS,
  DEFAULT_POSTING_DATE_LABELS,
  NEVER_EXPORT_WORDS,
} from '../../lib/settings/defaults';
import { useSettingsState, useStores } from '../../lib/settings/hooks';
import type { SettingsChange } from '../../lib/settings/stores';
import { SaveStatus } from './SaveStatus';
import { Section } from './Section';
import { useSave } from './use-save';
import { WordListEditor } from './WordListEditor';

/**
 * How the guard reads the BuildOps page: which labels mark the invoice and
 * posting dates, which buttons count as an export, and whether dates are written day first.
 * Every change saves at once and reaches open BuildOps tabs through storage.
 */
export function PageReadingSection() {
  const dayFirstId = useId();
  const dayFirstHintId = useId();
  const { settings: store } = useStores();
  const invoiceDateLabels = useSettingsState((s) => s.settings.invoiceDateLabels);
  const postingDateLabels = useSettingsState((s) => s.settings.postingDateLabels);
  const exportWords = useSettingsState((s) => s.settings.exportWords);
  const dayFirst = useSettingsState((s) => s.settings.dayFirst);
  const { outcome, save } = useSave();

  const update = (change: SettingsChange, saved: string) =>
    save(() => store.getState().update(change), saved);

  return (
    <Section
      id="page-reading"
      title="Reading the page"
      intro="Period Guard finds values on the BuildOps invoice by their visible labels. Add the words your BuildOps shows if they differ."
    >
      <WordListEditor
        label="Invoice date labels"
        hint="Labels of the invoice date field. Never the Due Date."
        words={invoiceDateLabels}
        defaults={DEFAULT_INVOICE_DATE_LABELS}
        min={1}
        onChange={(words) => update({ invoiceDateLabels: words }, 'Saved the invoice date labels.')}
      />
      <WordListEditor
        label="Posting date labels"
        hint="Labels of a posting or GL date, when your invoices show one: Intacct judges that date first."
        words={postingDateLabels}
        defaults={DEFAULT_POSTING_DATE_LABELS}
        min={0}
        onChange={(words) => update({ postingDateLabels: words }, 'Saved the posting date labels.')}
      />
      <WordListEditor
        label="Export words"
        hint={`Buttons, links and menu items named like these send the invoice to Intacct and are checked first. Names with ${NEVER_EXPORT_WORDS.join(', ')} are never held.`}
        words={exportWords}
        defaults={DEFAULT_EXPORT_WORDS}
        min={1}
        onChange={(words) => update({ exportWords: words }, 'Saved the export words.')}
      />
      <div className="pg-check">
        <input
          id={dayFirstId}
          type="checkbox"
          checked={dayFirst}
          aria-describedby={dayFirstHintId}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            void update(
              { dayFirst: checked },
              checked
                ? 'Saved: dates like 03/04/2026 are read as 3 April.'
                : 'Saved: dates like 03/04/2026 are read as March 4.',
            );
          }}
        />
        <label htmlFor={dayFirstId}>Dates are written day first (dd/MM/yyyy)</label>
      </div>
      <p className="pg-hint" id={dayFirstHintId}>
        Only when your BuildOps shows dates like 31/03/2026. Dates copied from Period Guard follow
        the same order.
      </p>
      <SaveStatus outcome={outcome} />
    </Section>
  );
}
