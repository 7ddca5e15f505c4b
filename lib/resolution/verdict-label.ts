import type { VerdictKind } from '../calendar/verdict-types';

const LABELS: Record<VerdictKind, string> = {
  open: 'Open',
  'closing-soon': 'Closing soon',
  closed: 'Closed',
  locked: 'Locked',
  'synced-closed': 'Synced, period closed',
  'outside-calendar': 'Outside calendar',
  'no-calendar': 'No calendar',
  'stale-calendar': 'Calendar out of date',
  'unreadable-date': 'Date unreadable',
};

/** A verdict in two or three words, for table cells, chips and the badge's tooltip. */
export function verdictLabel(kind: VerdictKind): string {
  return LABELS[kind];
}
