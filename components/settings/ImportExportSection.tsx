import { CalendarExport } from './CalendarExport';
import { CalendarImport } from './CalendarImport';
import { Section } from './Section';

/** Calendar files in and out: the fastest way to a full calendar. */
export function ImportExportSection({ readOnly }: { readOnly: boolean }) {
  return (
    <Section
      id="import-export"
      title="Import and export"
      intro="Start from the CSV template or your own spreadsheet: save it as CSV and import it here."
    >
      <CalendarImport readOnly={readOnly} />
      <CalendarExport />
    </Section>
  );
}
