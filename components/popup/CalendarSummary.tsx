import { type EffectiveClose, effectiveCloseFor } from '../../lib/calendar/effective-close';
import type { IsoDate } from '../../lib/calendar/iso-date';
import type { Calendar } from '../../lib/calendar/model';
import { nextScheduledClose } from '../../lib/calendar/next-close';
import { describeInstant } from '../../lib/remote/describe-instant';
import { closedThroughDay, closedThroughSource } from '../../lib/resolution/closed-through-phrase';
import { closeClause } from '../../lib/resolution/phrases';
import type { CalendarSource } from '../../lib/settings/settings-schema';
import { PopupSection } from './PopupSection';

export interface CalendarSummaryProps {
  calendar: Calendar;
  source: CalendarSource;
  today: IsoDate;
  /** A team calendar's last good fetch (an instant), if it ever had one. */
  lastGoodFetch?: string;
  /** The team calendar is past its maximum age without a good fetch. */
  stale?: boolean;
  /** Now, for "3 hours ago". */
  now?: number;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function lastUpdated(lastGoodFetch: string | undefined, now: number): string {
  if (lastGoodFetch === undefined) return 'Never fetched yet.';
  const when = describeInstant(lastGoodFetch, now);
  return when ? `${when.relative} (${when.absolute}).` : 'Unknown.';
}

/** The day the verdict treats as closed through, then (quieter) what sets it. */
function ClosedThrough({ close, testId }: { close: EffectiveClose; testId: string }) {
  const source = closedThroughSource(close);
  return (
    <dd>
      <span data-testid={testId}>{closedThroughDay(close)}</span>
      {source ? <span className="pg-muted">, {source}</span> : null}
    </dd>
  );
}

/** Entities shown by name before "and N more": a popup line, not a table. */
const ENTITIES_SHOWN = 3;

/** "East: AR closed through October 31, 2026; …": entities are judged by their own books. */
function entityLine(calendar: Calendar, names: readonly string[]): string {
  const shown = names.slice(0, ENTITIES_SHOWN).map((name) => {
    const close = effectiveCloseFor(calendar, 'AR', name);
    return `${name}: AR closed through ${closedThroughDay(close)}`;
  });
  const more = names.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''} (invoices of an entity are judged by its own books)`;
}

/**
 * The calendar in use, as the popup shows it away from an invoice: how far
 * each module is closed, the next scheduled close, and where the calendar comes from.
 */
export function CalendarSummary({
  calendar,
  source,
  today,
  lastGoodFetch,
  stale = false,
  now = Date.now(),
}: CalendarSummaryProps) {
  const next = nextScheduledClose(calendar, today);
  const ar = effectiveCloseFor(calendar, 'AR');
  const gl = effectiveCloseFor(calendar, 'GL');
  const entities = Object.keys(calendar.entities ?? {});

  return (
    <PopupSection className="pg-calendar-summary" title="Your period calendar">
      <dl className="pg-facts">
        <div className="pg-fact">
          <dt>AR closed through</dt>
          <ClosedThrough close={ar} testId="popup-closed-through-ar" />
        </div>
        <div className="pg-fact">
          <dt>GL closed through</dt>
          <ClosedThrough close={gl} testId="popup-closed-through-gl" />
        </div>
        {entities.length > 0 ? (
          <div className="pg-fact">
            <dt>Entities</dt>
            <dd data-testid="popup-closed-through-entities">{entityLine(calendar, entities)}</dd>
          </div>
        ) : null}
        <div className="pg-fact">
          <dt>Next close</dt>
          <dd data-testid="popup-next-close">
            {next
              ? `${next.period.name} ${closeClause(next.daysLeft, next.closesOn)}`
              : 'None scheduled'}
          </dd>
        </div>
        <div className="pg-fact">
          <dt>Source</dt>
          <dd data-testid="popup-calendar-source">
            {source.kind === 'manual'
              ? 'Set up in this browser'
              : `Team calendar from ${hostOf(source.url)}`}
          </dd>
        </div>
        {source.kind === 'url' ? (
          <div className="pg-fact">
            <dt>Last updated</dt>
            <dd data-testid="popup-last-fetch" data-stale={stale ? 'true' : 'false'}>
              {lastUpdated(lastGoodFetch, now)}
              {stale ? (
                <strong className="pg-stale">
                  {' '}
                  Out of date: past its maximum age of {source.maxAgeHours} hours, so no date can be
                  vouched for.
                </strong>
              ) : null}
            </dd>
          </div>
        ) : null}
        {source.kind === 'url' ? (
          <div className="pg-fact">
            <dt>Refresh</dt>
            <dd>Every {source.refreshMinutes} minutes</dd>
          </div>
        ) : null}
      </dl>
    </PopupSection>
  );
}
