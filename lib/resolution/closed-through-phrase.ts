import type { EffectiveClose } from '../calendar/effective-close';
import { formatLongDate } from '../dates/format';

/** "September 30, 2026", or "Nothing closed yet" when neither a date nor a period closes a day. */
export function closedThroughDay(close: EffectiveClose): string {
  return close.through ? formatLongDate(close.through) : 'Nothing closed yet';
}

/**
 * Where a closed-through day comes from, so a calendar imported as a month list does not look
 * unset: "from the closed periods, through Sep 2026", "from the closed-through date", "from the
 * GL closed-through date (closing GL closes AR)", or both a date and the periods after it.
 */
export function closedThroughSource(close: EffectiveClose): string | undefined {
  const { date, dateModule, lastPeriod, module } = close;
  const dateWords =
    dateModule !== undefined && dateModule !== module
      ? `the ${dateModule} closed-through date (closing ${dateModule} closes ${module})`
      : 'the closed-through date';
  if (date !== undefined && lastPeriod !== undefined) {
    return `from ${dateWords}, ${formatLongDate(date)}, and the closed periods after it, through ${lastPeriod.name}`;
  }
  if (date !== undefined) return `from ${dateWords}`;
  if (lastPeriod !== undefined) return `from the closed periods, through ${lastPeriod.name}`;
  return undefined;
}
