/**
 * The calendar the bench loads into the extension: a company on calendar months from 2024
 * to 2027, closed through March 2026 (January 2026 locked), open from April 2026 on, no
 * scheduled closes (so no "closing soon" depends on the day the bench runs).
 *
 * The bench pages' dates are chosen against it: 03/12/2026 is closed (the banner shows, the
 * costly case), 04/15/2026 is open, 02/10/2026 is closed.
 */
export const CLOSED_DATE = '03/12/2026';
export const OTHER_CLOSED_DATE = '02/10/2026';
export const OPEN_DATE = '04/15/2026';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function lastDay(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function statusOf(year, month) {
  if (year === 2026 && month === 1) return 'locked';
  return year < 2026 || (year === 2026 && month <= 3) ? 'closed' : 'open';
}

export function benchCalendar() {
  const periods = [];
  for (let year = 2024; year <= 2027; year++) {
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, '0');
      periods.push({
        name: `${MONTHS[month - 1]} ${year}`,
        start: `${year}-${mm}-01`,
        end: `${year}-${mm}-${lastDay(year, month)}`,
        status: statusOf(year, month),
      });
    }
  }
  return { version: 1, closedThrough: { AR: '2026-03-31', GL: '2026-02-28' }, periods };
}
