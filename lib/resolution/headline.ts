import type { Verdict } from '../calendar/verdict-types';
import { closeCountdown, closeOverdue } from './phrases';

/**
 * One short line for the banner, the dialog title and the popup: what the verdict means for the
 * export, in the user's words. Cannot-verify verdicts say so plainly, never sounding like a pass.
 */
export function verdictHeadline(verdict: Verdict): string {
  switch (verdict.kind) {
    case 'open':
      return 'Open period: Intacct will accept this date';
    case 'closing-soon':
      return closeOverdue(verdict)
        ? 'Period past its scheduled close and still open: export now'
        : `Period closes ${closeCountdown(verdict.daysUntilClose)}: export before the close`;
    case 'closed':
      return 'Closed period: Intacct will refuse this export';
    case 'locked':
      return 'Locked period: Intacct will refuse this export';
    case 'synced-closed':
      return 'Already synced, and its period is now closed';
    case 'outside-calendar':
      return 'Date outside the period calendar: cannot verify';
    case 'no-calendar':
      return 'No period calendar set up: cannot verify';
    case 'stale-calendar':
      return 'Period calendar out of date: cannot verify';
    case 'unreadable-date':
      return verdict.dateSource === 'posting'
        ? 'Posting date not readable: cannot verify'
        : 'Invoice date not readable: cannot verify';
  }
}
