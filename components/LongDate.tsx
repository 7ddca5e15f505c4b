import type { IsoDate } from '../lib/calendar/iso-date';
import { formatLongDate } from '../lib/dates/format';

/** A day as the tables write it ("April 30, 2026"), or `missing`, muted, when there is none. */
export function LongDate({ date, missing }: { date: IsoDate | undefined; missing?: string }) {
  if (!date) return <span className="pg-muted">{missing}</span>;
  return <time dateTime={date}>{formatLongDate(date)}</time>;
}
