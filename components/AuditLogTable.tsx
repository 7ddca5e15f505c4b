import { useEffect, useId, useRef, useState } from 'react';
import type { IsoDate } from '../lib/calendar/iso-date';
import type { VerdictKind } from '../lib/calendar/verdict-types';
import { formatLongDate } from '../lib/dates/format';
import { verdictLabel } from '../lib/resolution/verdict-label';
import { auditInvoiceText } from '../lib/settings/unverified-invoices';
import { LongDate } from './LongDate';

/**
 * One override as the audit log stores it. Mirrors `AuditRecord` of lib/settings (structurally
 * the same), kept here so this view needs nothing from storage.
 */
export interface AuditLogEntry {
  id: string;
  /** ISO instant of the override. */
  at: string;
  invoiceNumber?: string;
  date?: IsoDate;
  verdict: VerdictKind;
  period?: string;
  url?: string;
  /** Who chose Export anyway; absent in records made before names were kept, or with none set. */
  who?: string;
  /** Why, as typed in the export dialog. */
  reason?: string;
  /** A bulk export's selected invoices never on the page: how many, unchecked. */
  unverified?: number;
}

export interface AuditLogTableProps {
  records: readonly AuditLogEntry[];
  /** Gets the records shown (the filter applied), newest first. */
  onExportCsv: (records: AuditLogEntry[]) => void;
  /** Called only after the user confirms. */
  onClear: () => void;
}

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The override's time in the user's own clock: it is an instant, unlike invoice dates. */
function formatWhen(at: string): string {
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : WHEN.format(time);
}

function matches(record: AuditLogEntry, needle: string): boolean {
  if (needle === '') return true;
  const haystack = [
    formatWhen(record.at),
    auditInvoiceText(record),
    record.date,
    record.date ? formatLongDate(record.date) : undefined,
    record.verdict,
    verdictLabel(record.verdict),
    record.period,
    record.who,
    record.reason,
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return haystack.includes(needle);
}

/** Only web links: a stored URL came from a host page and must not become `javascript:`. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * The log of "Export anyway" overrides: newest first, one
 * `data-testid="audit-row"` per record, a filter, Export CSV, and Clear behind a confirmation,
 * since a cleared log cannot come back.
 */
export function AuditLogTable({ records, onExportCsv, onClear }: AuditLogTableProps) {
  const filterId = useId();
  const captionId = useId();
  const confirmTextId = useId();
  const [filter, setFilter] = useState('');
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  const needle = filter.trim().toLowerCase();
  const newestFirst = [...records].sort(
    (a, b) => (Date.parse(b.at) || 0) - (Date.parse(a.at) || 0),
  );
  const shown = newestFirst.filter((r) => matches(r, needle));

  useEffect(() => {
    if (confirming) keepRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      clearRef.current?.focus();
    }
  }, [confirming]);

  function closeConfirm() {
    returnFocus.current = true;
    setConfirming(false);
  }

  return (
    <div className="pg-audit">
      <div className="pg-toolbar">
        <div className="pg-field pg-field--inline">
          <label htmlFor={filterId}>Filter</label>
          <input
            id={filterId}
            type="search"
            className="pg-input"
            value={filter}
            placeholder="Invoice, date, person, reason…"
            onChange={(event) => setFilter(event.currentTarget.value)}
          />
        </div>
        <button
          type="button"
          className="pg-button"
          disabled={shown.length === 0}
          onClick={() => onExportCsv(shown)}
        >
          Export CSV
        </button>
        <button
          ref={clearRef}
          type="button"
          className="pg-button pg-button--quiet"
          disabled={records.length === 0 || confirming}
          onClick={() => setConfirming(true)}
        >
          Clear log…
        </button>
      </div>

      {confirming ? (
        <fieldset className="pg-confirm" aria-describedby={confirmTextId}>
          <legend>Clear the audit log</legend>
          <p id={confirmTextId}>
            Delete all {records.length} override {records.length === 1 ? 'record' : 'records'}? This
            cannot be undone; export them as CSV first if you need them.
          </p>
          <div className="pg-actions">
            <button
              type="button"
              className="pg-button pg-button--danger"
              onClick={() => {
                onClear();
                closeConfirm();
              }}
            >
              Delete all records
            </button>
            <button ref={keepRef} type="button" className="pg-button" onClick={closeConfirm}>
              Keep them
            </button>
          </div>
        </fieldset>
      ) : null}

      <p className="pg-muted" role="status">
        {records.length === 0
          ? 'No overrides recorded.'
          : shown.length === records.length
            ? `${records.length} ${records.length === 1 ? 'override' : 'overrides'}.`
            : `Showing ${shown.length} of ${records.length} overrides.`}
      </p>

      <table className="pg-table" aria-labelledby={captionId}>
        <caption id={captionId}>Export overrides, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Invoice</th>
            <th scope="col">Date</th>
            <th scope="col">Verdict</th>
            <th scope="col">Period</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((record) => {
            const href = safeUrl(record.url);
            return (
              <tr key={record.id} data-testid="audit-row" data-verdict={record.verdict}>
                <td>
                  <time dateTime={record.at}>{formatWhen(record.at)}</time>
                </td>
                <td>{record.who ?? <span className="pg-muted">Not recorded</span>}</td>
                <td>
                  {auditInvoiceText(record) ? (
                    href ? (
                      <a href={href} target="_blank" rel="noreferrer">
                        {auditInvoiceText(record)}
                      </a>
                    ) : (
                      auditInvoiceText(record)
                    )
                  ) : (
                    <span className="pg-muted">Not shown</span>
                  )}
                </td>
                <td>
                  <LongDate date={record.date} missing="Not read" />
                </td>
                <td>{verdictLabel(record.verdict)}</td>
                <td>{record.period ?? <span className="pg-muted">None</span>}</td>
                <td className="pg-audit-reason">
                  {record.reason ?? <span className="pg-muted">None given</span>}
                </td>
              </tr>
            );
          })}
          {records.length > 0 && shown.length === 0 ? (
            <tr>
              <td colSpan={7} className="pg-empty">
                No override matches “{filter.trim()}”.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
