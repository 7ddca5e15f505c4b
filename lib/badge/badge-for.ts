import type { VerdictKind } from '../calendar/verdict-types';

/** What the toolbar button shows for a tab. */
export interface Badge {
  text: string;
  color: string;
  title: string;
}

const STOP = '#b42318';
const WARN = '#b54708';
const UNKNOWN = '#475467';

const BADGES: Record<VerdictKind, Badge> = {
  open: {
    text: '',
    color: '#067647',
    title: 'Period Guard: the invoice date is in an open period',
  },
  'closing-soon': { text: 'SOON', color: WARN, title: 'Period Guard: this period closes soon' },
  closed: {
    text: 'STOP',
    color: STOP,
    title: 'Period Guard: the invoice date is in a closed period',
  },
  locked: {
    text: 'STOP',
    color: STOP,
    title: 'Period Guard: the invoice date is in a locked period',
  },
  'synced-closed': {
    text: 'STOP',
    color: STOP,
    title: "Period Guard: this synced invoice's original period is closed",
  },
  'outside-calendar': {
    text: '?',
    color: UNKNOWN,
    title: 'Period Guard: the date is outside the period calendar',
  },
  'no-calendar': {
    text: '?',
    color: UNKNOWN,
    title: 'Period Guard: no period calendar set up yet',
  },
  'stale-calendar': {
    text: '?',
    color: UNKNOWN,
    title: 'Period Guard: the period calendar is out of date',
  },
  'unreadable-date': {
    text: '?',
    color: UNKNOWN,
    title: 'Period Guard: cannot read the invoice date',
  },
};

/** The badge for a tab's verdict; `null` when the tab shows no invoice (badge cleared). */
export function badgeFor(verdict: VerdictKind | null): Badge {
  return verdict ? BADGES[verdict] : { text: '', color: UNKNOWN, title: 'Period Guard' };
}
