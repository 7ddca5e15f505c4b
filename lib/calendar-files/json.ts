import type * as z from 'zod/mini';
import { CALENDAR_VERSION, type Calendar, calendarSchema, type Period } from '../calendar/model';
import { findPeriodClashes, type PlacedPeriod } from '../calendar/validate';
import { clipText } from './clip-text';
import { formatCount, MAX_ENTITIES, MAX_JSON_VALUES, MAX_PERIODS } from './import-limits';
import { type ImportProblem, type ImportResult, MAX_PROBLEMS, refuse } from './import-problem';
import { friendlyMessage, humanPath, toProblems } from './json-issues';
import { scanJson } from './json-scan';
import { parseJsonText } from './json-syntax';

export { calendarToJson } from './json-export';

/**
 * Reads the JSON calendar format (docs/calendar-files.md): the zod schema, then the same
 * cross-row checks as CSV. Any problem refuses the file; problems name the JSON path
 * ("periods[3].end"), a syntax error its line.
 */
export function parseCalendarJson(text: string): ImportResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Before parsing: a huge object is slow to build.
  if (scanJson(body, MAX_JSON_VALUES).verdict === 'too-many-values') {
    return refuse([
      {
        message: `the file has more than ${formatCount(MAX_JSON_VALUES)} values (dates, names, lists); a calendar of ${formatCount(MAX_PERIODS)} periods has about 70,000, so check that this is the right file`,
      },
    ]);
  }
  const syntax = parseJsonText(body);
  if (!syntax.ok) return refuse([syntax.problem]);
  const value = syntax.value;

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse([
      { message: `the file must hold one calendar object, like { "version": 1, "periods": [] }` },
    ]);
  }
  const versionProblem = checkVersion((value as { version?: unknown }).version);
  if (versionProblem) return refuse([versionProblem]);
  const protoProblem = checkEntityNames(value);
  if (protoProblem) return refuse([protoProblem]);
  const sizeProblem = checkSize(value);
  if (sizeProblem) return refuse([sizeProblem]);

  const parsed = calendarSchema.safeParse(value, { error: friendlyMessage });
  if (!parsed.success) return refuseIssues(parsed.error.issues);

  const clashes = findPeriodClashes(placedPeriods(parsed.data));
  if (clashes.length > 0) return refuse(clashes);
  return { ok: true, calendar: parsed.data, format: 'json' };
}

/**
 * The version comes first: a file from a newer Period Guard may have a shape we cannot
 * read, and "update the extension" helps more than a list of schema complaints.
 */
function checkVersion(version: unknown): ImportProblem | undefined {
  if (version === CALENDAR_VERSION) return undefined;
  if (version === undefined) {
    return {
      field: 'version',
      message: `is missing; a Period Guard calendar file has "version": ${CALENDAR_VERSION}`,
    };
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > CALENDAR_VERSION) {
    return {
      field: 'version',
      message: `this calendar was made by a newer Period Guard (format version ${version}); update the extension to import it`,
    };
  }
  return {
    field: 'version',
    message: `${describeValue(version)} is not a calendar format version; it must be ${CALENDAR_VERSION}`,
  };
}

/**
 * A short description of any JSON value; not `JSON.stringify`, as a value from the file may be
 * huge or nested deep enough to overflow the stack.
 */
function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return JSON.stringify(typeof value === 'string' ? clipText(value) : value) ?? String(value);
}

/**
 * More periods or entities than any calendar is refused before the schema runs, whose time
 * grows with every missing field (bounded time per input).
 */
function checkSize(value: object): ImportProblem | undefined {
  const lengthOf = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  const { periods, entities } = value as { periods?: unknown; entities?: unknown };
  let count = lengthOf(periods);
  if (typeof entities === 'object' && entities !== null && !Array.isArray(entities)) {
    const books = Object.values(entities);
    if (books.length > MAX_ENTITIES) {
      return {
        field: 'entities',
        message: `the file has ${formatCount(books.length)} entities; Period Guard reads at most ${formatCount(MAX_ENTITIES)}, so check that this is the right file`,
      };
    }
    for (const entity of books)
      count += lengthOf((entity as { periods?: unknown } | null)?.periods);
  }
  if (count <= MAX_PERIODS) return undefined;
  return {
    message: `the file has more than ${formatCount(MAX_PERIODS)} periods (${formatCount(count)}); a calendar has a few dozen, so check that this is the right file`,
  };
}

/**
 * The schema's issues as problems: only the first {@link MAX_PROBLEMS} are described, the
 * rest counted, since describing them all is slow and nobody reads them.
 */
function refuseIssues(issues: readonly z.core.$ZodIssue[]): ImportResult {
  const problems: ImportProblem[] = [];
  let uncounted = 0;
  for (let issue of issues) {
    if (problems.length >= MAX_PROBLEMS) {
      uncounted += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
      continue;
    }
    const room = MAX_PROBLEMS - problems.length;
    if (issue.code === 'unrecognized_keys' && issue.keys.length > room) {
      uncounted += issue.keys.length - room;
      issue = { ...issue, keys: issue.keys.slice(0, room) };
    }
    for (const problem of toProblems(issue)) problems.push(problem);
  }
  return refuse(problems, uncounted);
}

/** An entity named "__proto__" would vanish when copied into a plain object: refuse it. */
function checkEntityNames(value: object): ImportProblem | undefined {
  const entities = (value as { entities?: unknown }).entities;
  if (typeof entities !== 'object' || entities === null) return undefined;
  if (!Object.hasOwn(entities, '__proto__')) return undefined;
  return { field: 'entities', message: '"__proto__" cannot be used as an entity name' };
}

/** Every period of the calendar with its JSON path, for the cross-row checks. */
function placedPeriods(calendar: Calendar): PlacedPeriod[] {
  const place = (entity: string | undefined, periods: Period[]): PlacedPeriod[] => {
    const prefix = entity === undefined ? [] : ['entities', entity];
    return periods.map((period, index) => {
      const at = [...prefix, 'periods', index];
      return {
        period,
        entity,
        fieldName: (field) => humanPath([...at, field]) ?? field,
        place: humanPath(at) ?? '',
      };
    });
  };
  return [
    ...place(undefined, calendar.periods),
    ...Object.entries(calendar.entities ?? {}).flatMap(([entity, books]) =>
      place(entity, books.periods),
    ),
  ];
}
