import type { Calendar } from '../calendar/model';

/**
 * One thing wrong with an imported calendar file. `line` is the 1-based physical line of a CSV
 * file (the header is line 1); JSON problems have none. `field` names the place the way the
 * user wrote it: the CSV column title ("Start Date") or a JSON path ("periods[3].end").
 */
export interface ImportProblem {
  line?: number;
  field?: string;
  message: string;
}

/**
 * What an import gives back: the whole calendar, or every problem and no calendar at all. A
 * bad file is refused whole so the calendar in use is never half replaced.
 */
export type ImportResult =
  | { ok: true; calendar: Calendar; format: 'csv' | 'json' }
  | { ok: false; errors: ImportProblem[] };

/** More problems than this are summed up in one last item; nobody reads the 101st. */
export const MAX_PROBLEMS = 100;

/**
 * One line a person can read: "Line 4, End: end is before start". Without a place the
 * message stands alone, so it starts with a capital.
 */
export function describeProblem(problem: ImportProblem): string {
  const place = [
    problem.line === undefined ? undefined : `Line ${problem.line}`,
    problem.field,
  ].filter((part) => part !== undefined && part !== '');
  if (place.length === 0) return capitalize(problem.message);
  return `${place.join(', ')}: ${problem.message}`;
}

/**
 * The refusal for `problems`: sorted by line (stable, so problems of one line keep their
 * order) and cut at {@link MAX_PROBLEMS} with an "and N more" item. `uncounted` adds
 * problems a reader counted without spelling them out (it stops describing after enough).
 */
export function refuse(problems: ImportProblem[], uncounted = 0): ImportResult {
  const sorted = [...problems].sort(
    (a, b) => (a.line ?? Number.POSITIVE_INFINITY) - (b.line ?? Number.POSITIVE_INFINITY),
  );
  if (sorted.length <= MAX_PROBLEMS && uncounted === 0) return { ok: false, errors: sorted };
  const more = Math.max(0, sorted.length - MAX_PROBLEMS) + uncounted;
  return {
    ok: false,
    errors: [
      ...sorted.slice(0, MAX_PROBLEMS),
      { message: `and ${more} more ${more === 1 ? 'problem' : 'problems'}` },
    ],
  };
}

/** Problems quoted in one message; the rest are counted. A status line is not a report. */
const PROBLEMS_SHOWN = 3;

/** "Line 4, End: end is before start; periods[2].status: …; and 5 more problems". */
export function summarize(problems: readonly ImportProblem[]): string {
  const shown = problems.slice(0, PROBLEMS_SHOWN).map(describeProblem);
  const more = problems.length - shown.length;
  if (more > 0) shown.push(`and ${more} more ${more === 1 ? 'problem' : 'problems'}`);
  return shown.join('; ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
