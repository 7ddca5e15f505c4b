import { localToday } from '../../lib/calendar/iso-date';
import { AUDIT_LOG_BUDGET_TEXT } from '../../lib/settings/audit-cap';
import { auditLogToCsv } from '../../lib/settings/audit-csv';
import type { AuditRecord } from '../../lib/settings/audit-schema';
import { useAuditState, useStores } from '../../lib/settings/hooks';
import { type AuditLogEntry, AuditLogTable } from '../AuditLogTable';
import { downloadText } from './download';
import { SaveStatus } from './SaveStatus';
import { Section } from './Section';
import { UserNameField } from './UserNameField';
import { useSave } from './use-save';

/**
 * The log of "Export anyway" overrides: every record shown without a
 * click (`audit-row`, newest first), filterable, exportable as CSV, cleared only after a
 * confirmation.
 */
export function AuditSection() {
  const { audit: store } = useStores();
  const records = useAuditState((s) => s.records);
  const ready = useAuditState((s) => s.ready);
  const { outcome, save } = useSave();

  return (
    <Section
      id="audit"
      title="Audit log"
      intro="Every time someone chose “Export anyway” on a held invoice: when, who, which invoice and date, why it was held, and the reason they gave."
    >
      <UserNameField />
      {ready ? (
        <AuditLogTable
          records={records}
          onExportCsv={(shown: AuditLogEntry[]) =>
            downloadText({
              name: `period-guard-overrides-${localToday()}.csv`,
              type: 'text/csv',
              // AuditLogEntry mirrors AuditRecord field for field.
              text: auditLogToCsv(shown as AuditRecord[]),
            })
          }
          onClear={() => void save(() => store.getState().clear(), 'Cleared the audit log.')}
        />
      ) : (
        <p className="pg-muted">Loading the audit log…</p>
      )}
      <p className="pg-muted" data-testid="audit-cap-note">
        The log keeps the newest overrides that fit in {AUDIT_LOG_BUDGET_TEXT} (a few thousand
        records); older records are removed as new ones come in. Export it as CSV to keep them
        longer.
      </p>
      <SaveStatus outcome={outcome} />
    </Section>
  );
}
