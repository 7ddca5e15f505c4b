import { addDays, type IsoDate } from '../calendar/iso-date';
import type { InvoiceSnapshot } from '../calendar/snapshot';
import type { Verdict } from '../calendar/verdict-types';
import { formatLongDate } from '../dates/format';
import { closeClause, closeOverdue, invoiceSynced, periodLocked, periodPhrase } from './phrases';

/** Every way out the guard can suggest, plus what to check when it cannot verify. */
export type ResolutionStepId =
  | 'move-date'
  | 'adjust-in-intacct'
  | 'mark-exported'
  | 'ask-reopen'
  | 'wait-unlock'
  | 'export-before-close'
  | 'check-date-field'
  | 'check-date-settings'
  | 'load-calendar'
  | 'refresh-calendar'
  | 'tell-admin'
  | 'extend-calendar'
  | 'check-in-intacct';

/**
 * One way out, ranked by the caller's list order. `possible: false` marks a step shown only so
 * the user knows why it is not on offer (reopening a locked period). `date` is a day to copy
 * onto the invoice (the first open day), when the step has one.
 */
export interface ResolutionStep {
  id: ResolutionStepId;
  title: string;
  detail: string;
  possible: boolean;
  date?: IsoDate;
  /** What to call `date` beside its copy button ("New invoice date", "New posting date"). */
  dateLabel?: string;
}

/**
 * The ways out for this invoice, best first, in a careful controller's order:
 * move the date only while the invoice has not synced; once synced, adjust in Intacct or mark
 * it exported; reopening last, and never as possible while the period is locked. Verdicts that
 * cannot vouch for the date get what to check instead. An `open` verdict needs no step.
 */
export function resolutionSteps(
  verdict: Verdict,
  snapshot: InvoiceSnapshot | null,
): ResolutionStep[] {
  const synced = invoiceSynced(verdict, snapshot);
  switch (verdict.kind) {
    case 'open':
      return [];
    case 'closing-soon':
      return synced ? closingSoonSynced(verdict) : closingSoonUnsynced(verdict);
    case 'closed':
    case 'locked':
    case 'synced-closed':
      return synced
        ? [adjustInIntacct(verdict, snapshot), markExported(), reopenStep(verdict, true)]
        : [moveDate(verdict), reopenStep(verdict, false)];
    case 'unreadable-date':
      return [
        verdict.dateSource === 'posting'
          ? checkPostingDateField(snapshot)
          : checkDateField(snapshot),
        checkDateSettings(),
        checkInIntacct(),
      ];
    case 'no-calendar':
      return [loadCalendar(), checkInIntacct()];
    case 'stale-calendar':
      return [refreshCalendar(), tellAdmin(), checkInIntacct()];
    case 'outside-calendar':
      return [extendCalendar(verdict), checkInIntacct()];
  }
}

/** The day to beat: the scheduled close, or just "the close" once that day has passed. */
function closeDay(verdict: Verdict): string {
  if (closeOverdue(verdict) || !verdict.closesOn) return 'the close';
  return formatLongDate(verdict.closesOn);
}

/** "Oct 2026 was due to close on November 10, 2026 and is still open." */
function closeSentence(verdict: Verdict): string {
  return `${periodPhrase(verdict)} ${closeClause(verdict.daysUntilClose, verdict.closesOn)}.`;
}

function closingSoonUnsynced(verdict: Verdict): ResolutionStep[] {
  const period = periodPhrase(verdict);
  const nextDay = verdict.period ? addDays(verdict.period.end, 1) : undefined;
  return [
    {
      id: 'export-before-close',
      title: `Export now, before ${closeDay(verdict)}`,
      detail: `${closeSentence(verdict)} Exported ${closeOverdue(verdict) ? 'now' : 'before then'}, the invoice posts while the period is still open.`,
      possible: true,
    },
    {
      id: 'move-date',
      title: nextDay
        ? `If it will miss the close, move the invoice date to ${formatLongDate(nextDay)}`
        : 'If it will miss the close, move the invoice date into the next period',
      detail: nextDay
        ? `If the invoice cannot be exported before ${closeDay(verdict)}, change its Invoice Date in BuildOps to ${formatLongDate(nextDay)}, the first day after ${period}, so Intacct accepts it later.`
        : `If the invoice cannot be exported before ${closeDay(verdict)}, change its Invoice Date in BuildOps to a day in the next open period.`,
      possible: true,
      ...(nextDay ? { date: nextDay } : {}),
    },
  ];
}

function closingSoonSynced(verdict: Verdict): ResolutionStep[] {
  const original = verdict.date
    ? `its original date, ${formatLongDate(verdict.date)}`
    : 'its original date';
  return [
    {
      id: 'export-before-close',
      title: `Re-sync any changes now, before ${closeDay(verdict)}`,
      detail: `This invoice already synced, and Intacct judges changes by ${original}. ${closeSentence(verdict)} Make and re-sync any corrections before it closes; after that they can only be made by hand in Intacct.`,
      possible: true,
    },
    {
      id: 'adjust-in-intacct',
      title: 'If a change misses the close, adjust it in Intacct',
      detail: `After ${closeDay(verdict)}, post a credit memo or adjustment dated in an open period in Intacct. Do not move the date in BuildOps: a synced invoice is judged by its original date.`,
      possible: true,
    },
  ];
}

function moveDate(verdict: Verdict): ResolutionStep {
  const day = verdict.firstOpenDay;
  // When Intacct judges the posting date, that is the field to move.
  const field = verdict.dateSource === 'posting' ? 'Posting Date' : 'Invoice Date';
  const noun = field.toLowerCase();
  if (!day) {
    return {
      id: 'move-date',
      title: `Move the ${noun} into an open period`,
      detail: `The calendar shows no open day after this date. Ask your admin which period is open, change the ${field} in BuildOps to a day in it, then export.`,
      possible: true,
    };
  }
  return {
    id: 'move-date',
    title: `Move the ${noun} to ${formatLongDate(day)}`,
    detail: `Change the ${field} in BuildOps to ${formatLongDate(day)}, the first open day, then export. The invoice has not synced yet, so Intacct checks only the new date.`,
    possible: true,
    date: day,
    dateLabel: `New ${noun}`,
  };
}

function adjustInIntacct(verdict: Verdict, snapshot: InvoiceSnapshot | null): ResolutionStep {
  const title = 'Adjust it by hand in Intacct';
  // A synced-closed verdict's explanation, shown just above the steps, already says that it
  // synced, which date Intacct judges and the first open day: the step only says what to do.
  if (verdict.kind === 'synced-closed') {
    return {
      id: 'adjust-in-intacct',
      title,
      detail:
        'Post a credit memo or adjustment dated in an open period directly in Intacct. Moving the date in BuildOps would not help.',
      possible: true,
    };
  }
  const ref = snapshot?.accountingReferenceId?.trim();
  const synced = ref
    ? `This invoice already synced (Accounting Reference ID ${ref})`
    : 'This invoice already synced';
  const judged = verdict.date
    ? `Intacct judges it by its original date, ${formatLongDate(verdict.date)}, ${verdict.period ? `in ${verdict.period.name}, which is closed` : 'now in a closed period'}`
    : `Intacct judges it by its original date, which is in a closed period`;
  const openDay = verdict.firstOpenDay
    ? ` (the first open day is ${formatLongDate(verdict.firstOpenDay)})`
    : '';
  return {
    id: 'adjust-in-intacct',
    title,
    detail: `${synced}, and ${judged}. Post a credit memo or adjustment dated in an open period${openDay} directly in Intacct. Moving the date in BuildOps would not help: the re-sync would still be refused.`,
    possible: true,
  };
}

function markExported(): ResolutionStep {
  return {
    id: 'mark-exported',
    title: 'Mark it Exported / Synced in BuildOps if the books are already right',
    detail:
      'When Intacct already holds the right numbers and no adjustment is needed, mark the invoice Exported or Synced in BuildOps so it leaves the failed-sync list instead of failing again.',
    possible: true,
  };
}

function reopenStep(verdict: Verdict, synced: boolean): ResolutionStep {
  const period = periodPhrase(verdict);
  if (periodLocked(verdict)) {
    return {
      id: 'wait-unlock',
      title: `Reopening ${period} is not possible: it is locked`,
      detail: `A locked period cannot be reopened. Ask the Intacct admin to unlock it first; only then could it be reopened, as a last resort.`,
      possible: false,
    };
  }
  const action = synced ? 're-sync' : 'export';
  return {
    id: 'ask-reopen',
    title: `Last resort: ask the Intacct admin to reopen ${period}`,
    detail: `The admin reopens the period, you ${action} the invoice, and the admin closes it again. Keep reopenings rare; the ready-made request says what the admin needs to know.`,
    possible: true,
  };
}

function checkDateField(snapshot: InvoiceSnapshot | null): ResolutionStep {
  const shown = snapshot?.invoiceDateText?.trim();
  return {
    id: 'check-date-field',
    title: 'Check the invoice date field',
    detail: shown
      ? `The page shows “${shown}” as the invoice date, which Period Guard cannot read as one date. Make sure the Invoice Date holds a full date (for example 09/15/2026), then check again.`
      : 'Period Guard found no invoice date on this page. Fill in the Invoice Date (not the Due Date), or open the invoice itself, then check again.',
    possible: true,
  };
}

function checkPostingDateField(snapshot: InvoiceSnapshot | null): ResolutionStep {
  return {
    id: 'check-date-field',
    title: 'Check the posting date field',
    detail: `The page shows “${snapshot?.unreadablePostingDate ?? ''}” as the posting date, which Period Guard cannot read as one date. Intacct posts by that date: make sure it holds a full date (for example 09/15/2026), then check again.`,
    possible: true,
  };
}

function checkDateSettings(): ResolutionStep {
  return {
    id: 'check-date-settings',
    title: 'Check how Period Guard reads the page',
    detail:
      'If the date is there, add its label under Page reading in the settings, or set the date order (day first) to match how your dates are written.',
    possible: true,
  };
}

function checkInIntacct(): ResolutionStep {
  return {
    id: 'check-in-intacct',
    title: 'Until then, check the period in Intacct yourself',
    detail:
      'Period Guard cannot vouch for this date. Before you export, confirm in Intacct that the date is in an open period.',
    possible: true,
  };
}

function loadCalendar(): ResolutionStep {
  return {
    id: 'load-calendar',
    title: 'Load or import the period calendar',
    detail:
      'Open the settings and enter the closed-through dates, import the calendar file from your controller, or set the team calendar URL.',
    possible: true,
  };
}

function refreshCalendar(): ResolutionStep {
  return {
    id: 'refresh-calendar',
    title: 'Refresh the team calendar',
    detail:
      'The calendar has not been refreshed for longer than allowed. Open the settings and choose Check now to fetch it again.',
    possible: true,
  };
}

function tellAdmin(): ResolutionStep {
  return {
    id: 'tell-admin',
    title: 'Tell the admin if the refresh keeps failing',
    detail:
      'The calendar address may be down or moved. Whoever publishes the calendar can fix it; the settings show the last error.',
    possible: true,
  };
}

function extendCalendar(verdict: Verdict): ResolutionStep {
  const day = verdict.date ? formatLongDate(verdict.date) : 'this date';
  return {
    id: 'extend-calendar',
    title: `Extend the calendar to cover ${day}`,
    detail: `No period in the calendar holds ${day}. Add that period in the settings, or ask the admin to publish an updated calendar.`,
    possible: true,
  };
}
