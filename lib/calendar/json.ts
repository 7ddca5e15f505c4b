import { type ImportProblem, type ImportResult, refuse } from './import-problem';
import { friendlyMessage, humanPath, toProblems } from './json-issues';
import { parseJsonText } from './json-syntax';
import { CALENDAR_VERSION, type Calendar, calendarSchema, type Period } from './model';
import { findPeriodClashes, type PlacedPeriod } from './validate';

export { calendarToJson } from './json-export';

/**
 * Reads the JSON calendar format: the full model of PRODUCT.md §3 with `"version": 1`,
 * checked by the zod schema and then by the same cross-row checks as CSV (overlapping
 * periods, repeated names) for the company and each entity once the shape is right (they
 * need well-formed periods to compare). Any problem refuses the file; problems name the
 * JSON path ("periods[3].end"), and a syntax error its line.
 */
export function parseCalendarJson(text: string): ImportResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
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

  const parsed = calendarSchema.safeParse(value, { error: friendlyMessage });
  if (!parsed.success) return refuse(parsed.error.issues.flatMap(toProblems));

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
    message: `${JSON.stringify(version)} is not a calendar format version; it must be ${CALENDAR_VERSION}`,
  };
}

/**
 * An entity named "__proto__" would be swallowed when copied into a plain object (the key
 * sets the prototype instead), so its periods would vanish without a word. Refuse it.
 */
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
