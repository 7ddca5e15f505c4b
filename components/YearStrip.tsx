import { useId, useState } from 'react';
import type { IsoDate } from '../lib/calendar/iso-date';
import type { Calendar } from '../lib/calendar/model';
import {
  fiscalYearOf,
  type MonthStatus,
  type MonthStatusKind,
  monthStatuses,
} from '../lib/calendar/month-status';
import type { ScheduledClose } from '../lib/calendar/next-close';
import { closeClause } from '../lib/resolution/phrases';
import { DEFAULT_CLOSING_SOON_DAYS } from '../lib/settings/defaults';

export interface YearStripProps {
  calendar: Calendar;
  /** 1–12: the month the fiscal year starts in. */
  fiscalYearStartMonth: number;
  today: IsoDate;
  closingSoonDays?: number;
}

const STATUS_TEXT: Record<MonthStatusKind, string> = {
  open: 'Open',
  'closing-soon': 'Closing soon',
  closed: 'Closed',
  locked: 'Locked',
  unknown: 'Not in calendar',
};

function statusText(month: MonthStatus): string {
  // Past its close day and still open: the banner says overdue, so the strip does too.
  const overdue = month.close !== undefined && month.close.daysLeft < 0;
  const text = overdue ? 'Overdue to close' : STATUS_TEXT[month.status];
  return month.partial && month.status !== 'unknown' ? `Partly ${text.toLowerCase()}` : text;
}

/** "Oct 2026 was due to close on November 10, 2026 and is still open", as the banner says it. */
function closeSentence(close: ScheduledClose): string {
  return `${close.period.name} ${closeClause(close.daysLeft, close.closesOn)}`;
}

function yearTitle(months: MonthStatus[], fiscalYearStartMonth: number): string {
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return '';
  return fiscalYearStartMonth === 1 ? first.month.slice(0, 4) : `${first.label} – ${last.label}`;
}

/**
 * A fiscal year at a glance: twelve months, each saying in words whether it is
 * open, closing soon, closed or locked, with the current month marked. A list in reading order,
 * so a screen reader hears "September 2026, Closed" rather than a colour.
 */
export function YearStrip({
  calendar,
  fiscalYearStartMonth,
  today,
  closingSoonDays = DEFAULT_CLOSING_SOON_DAYS,
}: YearStripProps) {
  const headingId = useId();
  const [year, setYear] = useState(() => fiscalYearOf(today, fiscalYearStartMonth));
  const months = monthStatuses(calendar, fiscalYearStartMonth, year, today, closingSoonDays);

  return (
    <section className="pg-year" aria-labelledby={headingId}>
      <div className="pg-year-head">
        <h2 id={headingId} className="pg-year-title">
          Fiscal year {yearTitle(months, fiscalYearStartMonth)}
        </h2>
        <div className="pg-year-nav">
          <button
            type="button"
            className="pg-button pg-button--small"
            onClick={() => setYear((y) => y - 1)}
            aria-label="Previous fiscal year"
          >
            ‹
          </button>
          <button
            type="button"
            className="pg-button pg-button--small"
            onClick={() => setYear(fiscalYearOf(today, fiscalYearStartMonth))}
          >
            This year
          </button>
          <button
            type="button"
            className="pg-button pg-button--small"
            onClick={() => setYear((y) => y + 1)}
            aria-label="Next fiscal year"
          >
            ›
          </button>
        </div>
      </div>
      <ol className="pg-year-strip">
        {months.map((month) => (
          <li
            key={month.month}
            className="pg-month"
            data-testid="year-month"
            data-month={month.month}
            data-status={month.status}
            data-partial={month.partial}
            aria-current={month.current ? 'date' : undefined}
            title={month.close ? closeSentence(month.close) : month.periods.join(', ') || undefined}
          >
            <span className="pg-month-name" aria-hidden="true">
              {month.label.slice(0, 3)}
            </span>
            <span className="pg-sr-only">{month.label}: </span>
            <span className="pg-month-status">{statusText(month)}</span>
            {month.close ? (
              <span className="pg-sr-only">. {closeSentence(month.close)}</span>
            ) : null}
            {month.current ? (
              <span className="pg-month-today">
                <span className="pg-sr-only">, </span>today
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
