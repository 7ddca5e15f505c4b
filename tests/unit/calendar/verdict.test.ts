import { type Calendar, emptyCalendar } from '../../../lib/calendar/model';
import type { InvoiceSnapshot } from '../../../lib/calendar/snapshot';
import { checkDate, verdictFor } from '../../../lib/calendar/verdict';
import type { Verdict, VerdictKind, VerdictOptions } from '../../../lib/calendar/verdict-types';
import {
  arLater,
  company,
  entitiesOnly,
  fiscalJuly,
  glLater,
  hollowEntities,
  leapDayClosed,
  leapYear,
  moduleRows,
  periodsStartLater,
} from '../../fixtures/verdict-calendars';

/** What a case expects: the verdict's fields, with the period named rather than spelled out. */
type Expected = Omit<Partial<Verdict>, 'period'> & { kind: VerdictKind; period?: string };

interface Case {
  name: string;
  calendar: Calendar | null;
  /** A bare date goes through `checkDate`, a snapshot through `verdictFor`. */
  input: { date: string; entity?: string } | { snapshot: InvoiceSnapshot | null };
  options?: Partial<VerdictOptions>;
  expected: Expected;
}

const TODAY = '2026-04-20';
const invoice = (
  invoiceDate: string | null,
  more: Partial<InvoiceSnapshot> = {},
): Case['input'] => ({
  snapshot: { invoiceDate, ...more },
});
const synced = (more: Partial<InvoiceSnapshot>): Case['input'] =>
  invoice('2026-04-15', { accountingReferenceId: 'INTACCT-77', ...more });

const cases: Case[] = [
  // open and closing soon
  {
    name: 'a day in an open period is open, and is its own first open day',
    calendar: company,
    input: { date: '2026-04-15' },
    expected: {
      kind: 'open',
      period: 'Apr 2026',
      closedThrough: '2026-02-28',
      firstOpenDay: '2026-04-15',
      closesOn: '2026-05-10',
      daysUntilClose: 20,
    },
  },
  {
    name: 'six days before the close is still open',
    calendar: company,
    input: { date: '2026-04-15' },
    options: { today: '2026-05-04' },
    expected: { kind: 'open', daysUntilClose: 6 },
  },
  {
    name: 'five days before the close is closing soon',
    calendar: company,
    input: { date: '2026-04-15' },
    options: { today: '2026-05-05' },
    expected: {
      kind: 'closing-soon',
      period: 'Apr 2026',
      closesOn: '2026-05-10',
      daysUntilClose: 5,
      firstOpenDay: '2026-04-15',
    },
  },
  {
    name: 'closing today is closing soon',
    calendar: company,
    input: { date: '2026-04-30' },
    options: { today: '2026-05-10' },
    expected: { kind: 'closing-soon', daysUntilClose: 0 },
  },
  {
    name: 'past its scheduled close but still open is closing soon',
    calendar: company,
    input: { date: '2026-04-01' },
    options: { today: '2026-05-12' },
    expected: { kind: 'closing-soon', daysUntilClose: -2 },
  },
  {
    name: 'closingSoonDays 0 warns only on the day itself',
    calendar: company,
    input: { date: '2026-04-01' },
    options: { today: '2026-05-09', closingSoonDays: 0 },
    expected: { kind: 'open', daysUntilClose: 1 },
  },
  {
    name: 'an open period without a scheduled close never warns',
    calendar: company,
    input: { date: '2026-05-15' },
    options: { today: '2026-05-31' },
    expected: { kind: 'open', period: 'May 2026', closesOn: undefined, daysUntilClose: undefined },
  },
  // closed, locked, first open day
  {
    name: 'the last closed day is closed; the first open day jumps over a closed March',
    calendar: company,
    input: { date: '2026-02-28' },
    expected: {
      kind: 'closed',
      period: 'Feb 2026',
      closedThrough: '2026-02-28',
      firstOpenDay: '2026-04-01',
    },
  },
  {
    name: 'the day after closed-through is closed when its period is',
    calendar: company,
    input: { date: '2026-03-01' },
    expected: { kind: 'closed', period: 'Mar 2026', firstOpenDay: '2026-04-01' },
  },
  {
    name: 'the first open day itself is open',
    calendar: company,
    input: { date: '2026-04-01' },
    expected: { kind: 'open', period: 'Apr 2026', firstOpenDay: '2026-04-01' },
  },
  {
    name: 'a locked period is locked',
    calendar: company,
    input: { date: '2026-01-15' },
    expected: { kind: 'locked', period: 'Jan 2026', firstOpenDay: '2026-04-01' },
  },
  {
    name: 'locked outranks closed-through',
    calendar: company,
    input: { date: '2026-01-31' },
    expected: { kind: 'locked', period: 'Jan 2026', closedThrough: '2026-02-28' },
  },
  // outside the calendar
  {
    name: 'a gap between periods is outside the calendar',
    calendar: company,
    input: { date: '2026-06-15' },
    expected: { kind: 'outside-calendar', period: undefined, firstOpenDay: '2026-07-01' },
  },
  {
    name: 'after every period is outside the calendar, with no open day to offer',
    calendar: company,
    input: { date: '2026-08-01' },
    expected: { kind: 'outside-calendar', period: undefined, firstOpenDay: undefined },
  },
  {
    name: 'before every period but on or before closed-through is closed',
    calendar: company,
    input: { date: '2025-12-15' },
    expected: { kind: 'closed', period: undefined, firstOpenDay: '2026-04-01' },
  },
  {
    name: 'before every period and after closed-through is outside the calendar',
    calendar: periodsStartLater,
    input: { date: '2026-01-15' },
    expected: { kind: 'outside-calendar', closedThrough: '2025-12-31', firstOpenDay: '2026-03-01' },
  },
  // closed-through per module
  {
    name: 'GL closed later than AR closes AR invoices',
    calendar: glLater,
    input: { date: '2026-02-15' },
    expected: {
      kind: 'closed',
      closedThrough: '2026-03-31',
      firstOpenDay: '2026-04-01',
      period: undefined,
    },
  },
  {
    name: 'the day after a GL close is open when there are no periods',
    calendar: glLater,
    input: { date: '2026-04-01' },
    expected: { kind: 'open', closedThrough: '2026-03-31', firstOpenDay: '2026-04-01' },
  },
  {
    name: 'AR closed later than GL binds AR invoices',
    calendar: arLater,
    input: { date: '2026-03-31' },
    expected: { kind: 'closed', closedThrough: '2026-03-31', firstOpenDay: '2026-04-01' },
  },
  {
    name: 'after the AR close is open',
    calendar: arLater,
    input: { date: '2026-04-01' },
    expected: { kind: 'open', closedThrough: '2026-03-31' },
  },
  // leap day
  {
    name: 'the leap day after an AR close on the 28th is open',
    calendar: leapYear,
    input: { date: '2024-02-29' },
    options: { today: '2024-02-20' },
    expected: { kind: 'open', period: 'Feb 2024', firstOpenDay: '2024-02-29', daysUntilClose: 11 },
  },
  {
    name: 'the 28th is the last closed day; the leap day is the first open one',
    calendar: leapYear,
    input: { date: '2024-02-28' },
    expected: { kind: 'closed', period: 'Feb 2024', firstOpenDay: '2024-02-29' },
  },
  {
    name: 'days until close count the leap day',
    calendar: leapYear,
    input: { date: '2024-02-29' },
    options: { today: '2024-02-27' },
    expected: { kind: 'closing-soon', closesOn: '2024-03-02', daysUntilClose: 4 },
  },
  {
    name: 'books closed through the leap day open on March 1',
    calendar: leapDayClosed,
    input: { date: '2024-02-29' },
    expected: { kind: 'closed', closedThrough: '2024-02-29', firstOpenDay: '2024-03-01' },
  },
  // fiscal year not on January
  {
    name: 'the last day of a July–June fiscal year is closed',
    calendar: fiscalJuly,
    input: { date: '2026-06-30' },
    expected: {
      kind: 'closed',
      period: 'FY26 Q4',
      closedThrough: '2026-03-31',
      firstOpenDay: '2026-07-01',
    },
  },
  {
    name: 'the first day of the next fiscal year is open',
    calendar: fiscalJuly,
    input: { date: '2026-07-01' },
    options: { today: '2026-10-12' },
    expected: { kind: 'closing-soon', period: 'FY27 Q1', daysUntilClose: 3 },
  },
  // module-specific rows
  {
    name: 'an AR row closed inside an open month closes AR invoices',
    calendar: moduleRows,
    input: { date: '2026-04-15' },
    expected: { kind: 'closed', period: 'Apr 2026 AR', firstOpenDay: '2026-06-01' },
  },
  {
    name: 'a GL row locked inside an open month locks AR invoices',
    calendar: moduleRows,
    input: { date: '2026-05-20' },
    expected: { kind: 'locked', period: 'May 2026 GL', firstOpenDay: '2026-06-01' },
  },
  {
    name: 'a half-month AR close: the first open day is mid-month',
    calendar: moduleRows,
    input: { date: '2026-03-10' },
    expected: { kind: 'closed', period: 'Mar 1-15 AR', firstOpenDay: '2026-03-16' },
  },
  {
    name: 'after a half-month AR close the month is open',
    calendar: moduleRows,
    input: { date: '2026-03-16' },
    expected: { kind: 'open', period: 'Mar 2026' },
  },
  {
    name: 'two open rows: the sooner scheduled close warns',
    calendar: moduleRows,
    input: { date: '2026-06-10' },
    options: { today: '2026-07-01' },
    expected: {
      kind: 'closing-soon',
      period: 'Jun 2026 GL',
      closesOn: '2026-07-05',
      daysUntilClose: 4,
    },
  },
  {
    name: 'an AR-only row covers AR invoices',
    calendar: moduleRows,
    input: { date: '2026-07-15' },
    expected: { kind: 'open', period: 'Jul 2026 AR' },
  },
  // entities
  {
    name: 'an entity with its own fiscal year uses its periods and its later AR close',
    calendar: company,
    input: { date: '2026-04-30', entity: 'West' },
    expected: {
      kind: 'closed',
      entity: 'West',
      period: 'FY2026',
      closedThrough: '2026-04-30',
      firstOpenDay: '2026-05-01',
    },
  },
  {
    name: "an entity's periods replace the company's (no June gap)",
    calendar: company,
    input: { date: '2026-06-15', entity: 'West' },
    expected: { kind: 'open', entity: 'West', period: 'FY2026', daysUntilClose: 91 },
  },
  {
    name: 'an entity without periods keeps the company periods and its later GL close',
    calendar: company,
    input: { date: '2026-04-10', entity: 'North' },
    expected: {
      kind: 'closed',
      entity: 'North',
      period: 'Apr 2026',
      closedThrough: '2026-04-15',
      firstOpenDay: '2026-04-16',
    },
  },
  {
    name: "an entity's older close cannot reopen what the company closed",
    calendar: company,
    input: { date: '2026-02-28', entity: 'East' },
    expected: { kind: 'closed', entity: 'East', closedThrough: '2026-02-28' },
  },
  {
    name: 'an unknown entity gets the company books',
    calendar: company,
    input: { date: '2026-06-15', entity: 'Nowhere' },
    expected: { kind: 'outside-calendar', entity: undefined, closedThrough: '2026-02-28' },
  },
  {
    name: 'an entity named like an Object property gets the company books',
    calendar: company,
    input: { date: '2026-04-15', entity: 'constructor' },
    expected: { kind: 'open', entity: undefined, period: 'Apr 2026' },
  },
  {
    name: 'the entity is read from the snapshot',
    calendar: company,
    input: invoice('2026-06-15', { entity: 'West' }),
    expected: { kind: 'open', entity: 'West', dateSource: 'invoice' },
  },
  {
    name: 'empty company books cannot vouch for an invoice of no known entity',
    calendar: entitiesOnly,
    input: { date: '2026-04-15' },
    expected: { kind: 'outside-calendar', firstOpenDay: undefined },
  },
  {
    name: 'an entity-only calendar judges that entity',
    calendar: entitiesOnly,
    input: { date: '2026-01-31', entity: 'West' },
    expected: { kind: 'closed', entity: 'West', firstOpenDay: '2026-02-01' },
  },
  // which date is judged
  {
    name: 'the posting date is preferred over the invoice date',
    calendar: company,
    input: invoice('2026-04-15', { postingDate: '2026-02-20' }),
    expected: { kind: 'closed', date: '2026-02-20', dateSource: 'posting', period: 'Feb 2026' },
  },
  {
    name: 'an open posting date clears a closed invoice date',
    calendar: company,
    input: invoice('2026-02-20', { postingDate: '2026-04-15' }),
    expected: { kind: 'open', date: '2026-04-15', dateSource: 'posting' },
  },
  {
    name: 'without a posting date the invoice date is judged',
    calendar: company,
    input: invoice('2026-04-15'),
    expected: { kind: 'open', date: '2026-04-15', dateSource: 'invoice' },
  },
  {
    name: 'a synced invoice is judged by its original date',
    calendar: company,
    input: synced({ originalDate: '2026-02-15' }),
    expected: {
      kind: 'synced-closed',
      date: '2026-02-15',
      dateSource: 'original',
      period: 'Feb 2026',
      firstOpenDay: '2026-04-01',
    },
  },
  {
    name: 'a synced invoice in a locked period keeps the locked period',
    calendar: company,
    input: synced({ originalDate: '2026-01-10' }),
    expected: { kind: 'synced-closed', period: 'Jan 2026' },
  },
  {
    name: 'a synced invoice closed by closed-through alone',
    calendar: company,
    input: synced({ originalDate: '2025-12-01' }),
    expected: { kind: 'synced-closed', period: undefined, closedThrough: '2026-02-28' },
  },
  {
    name: 'a synced invoice whose original period is open is open',
    calendar: company,
    input: synced({ originalDate: '2026-04-10', invoiceDate: '2026-02-10' }),
    expected: { kind: 'open', date: '2026-04-10', dateSource: 'original' },
  },
  {
    name: 'a synced invoice without an original date falls back to the posting date',
    calendar: company,
    input: synced({ postingDate: '2026-03-10' }),
    expected: { kind: 'synced-closed', date: '2026-03-10', dateSource: 'posting' },
  },
  {
    name: 'an original date on an unsynced invoice is ignored',
    calendar: company,
    input: invoice('2026-04-15', { originalDate: '2026-02-15', accountingReferenceId: '  ' }),
    expected: { kind: 'open', date: '2026-04-15', dateSource: 'invoice' },
  },
  // cannot verify
  {
    name: 'no calendar at all',
    calendar: null,
    input: { date: '2026-04-15' },
    expected: { kind: 'no-calendar' },
  },
  {
    name: 'an empty calendar is no calendar, and still names the date',
    calendar: emptyCalendar(),
    input: invoice('2026-04-15'),
    expected: {
      kind: 'no-calendar',
      date: '2026-04-15',
      dateSource: 'invoice',
      firstOpenDay: undefined,
    },
  },
  {
    name: 'entities with nothing in them are no calendar',
    calendar: hollowEntities,
    input: { date: '2026-04-15', entity: 'West' },
    expected: { kind: 'no-calendar' },
  },
  {
    name: 'no calendar comes before an unreadable date',
    calendar: null,
    input: { snapshot: null },
    expected: { kind: 'no-calendar' },
  },
  {
    name: 'a stale calendar cannot vouch even for a closed date',
    calendar: company,
    input: { date: '2026-02-15' },
    options: { stale: true },
    expected: { kind: 'stale-calendar', date: '2026-02-15', period: undefined },
  },
  {
    name: 'stale comes before an unreadable date',
    calendar: company,
    input: invoice(null),
    options: { stale: true },
    expected: { kind: 'stale-calendar' },
  },
  {
    name: 'no invoice on the page is an unreadable date',
    calendar: company,
    input: { snapshot: null },
    expected: { kind: 'unreadable-date', date: undefined },
  },
  {
    name: 'a missing invoice date is unreadable even with a posting date',
    calendar: company,
    input: invoice(null, { postingDate: '2026-04-15' }),
    expected: { kind: 'unreadable-date', date: undefined },
  },
  {
    name: 'the date checker refuses a date not written yyyy-MM-dd',
    calendar: company,
    input: { date: '04/15/2026' },
    expected: { kind: 'unreadable-date' },
  },
  {
    name: 'the date checker refuses a day that does not exist',
    calendar: company,
    input: { date: '2026-02-30' },
    expected: { kind: 'unreadable-date' },
  },
];

function judge({ calendar, input, options }: Case): Verdict {
  const full: VerdictOptions = { today: TODAY, closingSoonDays: 5, ...options };
  return 'snapshot' in input
    ? verdictFor(input.snapshot, calendar, full)
    : checkDate(input.date, calendar, { ...full, entity: input.entity });
}

describe('verdict', () => {
  it.each(cases)('$name', (testCase) => {
    const v = judge(testCase);
    // Every field spelled out, so a case expecting `undefined` fails when the field is set.
    const seen: Expected = {
      kind: v.kind,
      date: v.date,
      dateSource: v.dateSource,
      period: v.period?.name,
      closedThrough: v.closedThrough,
      firstOpenDay: v.firstOpenDay,
      closesOn: v.closesOn,
      daysUntilClose: v.daysUntilClose,
      entity: v.entity,
    };
    expect(seen).toMatchObject(testCase.expected);
  });

  it('covers every verdict kind in its table', () => {
    const kinds = new Set(cases.map((c) => c.expected.kind));
    expect([...kinds].sort()).toEqual(
      [
        'open',
        'closing-soon',
        'closed',
        'locked',
        'synced-closed',
        'outside-calendar',
        'no-calendar',
        'stale-calendar',
        'unreadable-date',
      ].sort(),
    );
  });
});
