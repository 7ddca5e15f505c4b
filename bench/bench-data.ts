import type { Calendar, EntityBooks, Period, PeriodStatus } from '../lib/calendar/model';
import type { InvoiceSnapshot } from '../lib/calendar/snapshot';

/**
 * Inputs for the pure-function bench, generated from a seed so every run measures the same
 * work: a big multi-entity calendar, a spread of invoices to judge against it, and a large
 * CSV calendar file.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Month {
  year: number;
  month: number;
}

function monthsFrom(first: Month, count: number): Month[] {
  return Array.from({ length: count }, (_, i) => ({
    year: first.year + Math.floor((first.month - 1 + i) / 12),
    month: ((first.month - 1 + i) % 12) + 1,
  }));
}

/** Index of a month, to compare months without dates. */
const monthIndex = ({ year, month }: Month) => year * 12 + month - 1;

/**
 * One set of books on calendar months: locked before `lockedBefore`, closed up to
 * `closedThrough`, open after with a scheduled close on the 10th of the next month.
 */
function monthlyPeriods(months: Month[], lockedBefore: Month, closedThrough: Month): Period[] {
  return months.map((m) => {
    const status: PeriodStatus =
      monthIndex(m) < monthIndex(lockedBefore)
        ? 'locked'
        : monthIndex(m) <= monthIndex(closedThrough)
          ? 'closed'
          : 'open';
    const next = monthsFrom(m, 2)[1] as Month;
    return {
      name: `${MONTHS[m.month - 1]} ${m.year}`,
      start: `${m.year}-${pad(m.month)}-01`,
      end: `${m.year}-${pad(m.month)}-${pad(lastDay(m.year, m.month))}`,
      status,
      ...(status === 'open' ? { closesOn: `${next.year}-${pad(next.month)}-10` } : {}),
    };
  });
}

/** Company books and `entities` entities' books, each `years` of monthly periods from 2008. */
export function bigCalendar(entities = 50, years = 20): Calendar {
  const months = monthsFrom({ year: 2008, month: 1 }, years * 12);
  const books: Record<string, EntityBooks> = {};
  for (let e = 0; e < entities; e++) {
    // Entities close a few months apart, so their verdicts differ.
    const closed = monthsFrom({ year: 2025, month: 10 }, (e % 7) + 1).at(-1) as Month;
    books[`Entity ${pad(e + 1)}`] = {
      closedThrough: {
        AR: `${closed.year}-${pad(closed.month)}-${pad(lastDay(closed.year, closed.month))}`,
      },
      periods: monthlyPeriods(months, { year: 2024, month: 1 }, closed),
    };
  }
  return {
    version: 1,
    closedThrough: { AR: '2026-03-31', GL: '2026-02-28' },
    periods: monthlyPeriods(months, { year: 2025, month: 1 }, { year: 2026, month: 3 }),
    entities: books,
  };
}

/**
 * Invoices to judge: dates from half a year before the calendar to half a year after it
 * (some outside it), most of them for one of the entities, one in ten already synced.
 */
export function invoiceSnapshots(count: number, entities = 50, years = 20): InvoiceSnapshot[] {
  const random = prng(6);
  const firstDay = Date.UTC(2007, 6, 1);
  const spanDays = (years + 1) * 365;
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(firstDay + Math.floor(random() * spanDays) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const synced = random() < 0.1;
    const entity =
      random() < 0.8 ? `Entity ${pad(1 + Math.floor(random() * entities))}` : undefined;
    return {
      invoiceNumber: `INV-${10000 + i}`,
      invoiceDate: date,
      ...(entity ? { entity } : {}),
      ...(synced ? { accountingReferenceId: `AR-${i}`, originalDate: date } : {}),
    };
  });
}

/** A CSV calendar of `entities` × `monthsEach` rows (10,000 by default), as Excel saves it. */
export function bigCalendarCsv(entities = 50, monthsEach = 200): string {
  const lines = ['Period,Start,End,Status,Closes On,Entity,Module'];
  for (let e = 0; e < entities; e++) {
    const periods = monthlyPeriods(
      monthsFrom({ year: 2010, month: 1 }, monthsEach),
      { year: 2020, month: 1 },
      { year: 2025, month: 12 },
    );
    for (const p of periods) {
      const status = p.status[0]?.toUpperCase() + p.status.slice(1);
      lines.push(
        `${p.name},${p.start},${p.end},${status},${p.closesOn ?? ''},Entity ${pad(e + 1)},`,
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
