import { clipText } from './clip-text';
import { formatCount, MAX_CSV_COLUMNS } from './import-limits';
import type { ImportProblem } from './import-problem';

/** The period fields a CSV column can carry. */
export type CsvField = 'name' | 'start' | 'end' | 'status' | 'closesOn' | 'entity' | 'module';

/** Column titles we write, in the order we write them; the first alias of each field. */
export const CSV_TITLES: Readonly<Record<CsvField, string>> = {
  name: 'Period',
  start: 'Start',
  end: 'End',
  status: 'Status',
  closesOn: 'Closes On',
  entity: 'Entity',
  module: 'Module',
};

/** The CSV columns in the order {@link CSV_TITLES} lists them (the order we write). */
export const CSV_FIELDS: readonly CsvField[] = [
  'name',
  'start',
  'end',
  'status',
  'closesOn',
  'entity',
  'module',
];

/** Header names accepted for each field, compared after {@link normalize}. */
const ALIASES: Readonly<Record<CsvField, readonly string[]>> = {
  name: ['Period', 'Name', 'Period Name'],
  start: ['Start', 'Start Date'],
  end: ['End', 'End Date'],
  status: ['Status', 'State'],
  closesOn: ['Closes On', 'Close Date'],
  entity: ['Entity'],
  module: ['Module'],
};

const REQUIRED: readonly CsvField[] = ['name', 'start', 'end', 'status'];

/** Where a field sits in the rows and what the user called its column. */
export interface CsvColumn {
  index: number;
  title: string;
}
export type CsvColumns = Partial<Record<CsvField, CsvColumn>>;

/**
 * "Start Date", "start_date", " START-DATE " are one header: case, spaces, underscores and
 * hyphens vary between spreadsheet tools and people, the words do not.
 */
function normalize(title: string): string {
  return title.toLowerCase().replace(/[\s_-]+/g, '');
}

const FIELD_BY_ALIAS = new Map<string, CsvField>(
  (Object.entries(ALIASES) as [CsvField, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias) => [normalize(alias), field] as const),
  ),
);

/** What the header row says about the rows below it. */
export interface CsvHeader {
  columns: CsvColumns;
  /** Indexes of every column with a title, known or not: values elsewhere have no column. */
  titled: ReadonlySet<number>;
  problems: ImportProblem[];
  /** False when the rows cannot be read at all (no header, or a required column missing). */
  rowsReadable: boolean;
}

/**
 * Reads the header row. A missing, repeated or unknown column is a problem (an unknown one is
 * most often a typo, and ignoring it would drop what the user meant). Blank titles are allowed,
 * as Excel leaves trailing empty columns; more than {@link MAX_CSV_COLUMNS} is refused.
 */
export function mapCsvColumns(cells: readonly string[], line: number): CsvHeader {
  const columns: CsvColumns = {};
  const titled = new Set<number>();
  const problems: ImportProblem[] = [];
  const unknown: string[] = [];
  const unreadable = (message: string): CsvHeader => ({
    columns,
    titled,
    rowsReadable: false,
    problems: [{ line, message }],
  });
  const titleCount = cells.filter((cell) => cell.trim() !== '').length;
  if (titleCount > MAX_CSV_COLUMNS) {
    return unreadable(
      `the first line has ${formatCount(titleCount)} column titles; a calendar file has at most 7 (${allTitles()}), so check that this is the right file`,
    );
  }
  cells.forEach((cell, index) => {
    const written = cell.trim();
    if (written === '') return;
    titled.add(index);
    const title = clipText(written);
    const field = FIELD_BY_ALIAS.get(normalize(written));
    if (field === undefined) {
      unknown.push(title);
      return;
    }
    const earlier = columns[field];
    if (earlier) {
      problems.push({
        line,
        field: title,
        message: `this column repeats "${earlier.title}" (both give the ${describeField(field)}); keep one of them`,
      });
      return;
    }
    columns[field] = { index, title };
  });

  if (Object.keys(columns).length === 0) {
    return unreadable(
      `the first line must name the columns: ${REQUIRED.map((f) => CSV_TITLES[f]).join(', ')} (and optionally Closes On, Entity, Module)`,
    );
  }
  for (const title of unknown) {
    const suggestion = closestTitle(title);
    const hint = suggestion ? `did you mean "${suggestion}"?` : `expected ${allTitles()}`;
    problems.push({ line, field: title, message: `unknown column; ${hint}` });
  }
  let rowsReadable = true;
  for (const field of REQUIRED) {
    if (columns[field]) continue;
    rowsReadable = false;
    const others = ALIASES[field].slice(1);
    const alsoAccepted = others.length ? ` (also accepted: ${others.join(', ')})` : '';
    problems.push({
      line,
      field: CSV_TITLES[field],
      message: `required column is missing; add a column "${CSV_TITLES[field]}"${alsoAccepted}`,
    });
  }
  return { columns, titled, problems, rowsReadable };
}

function describeField(field: CsvField): string {
  return field === 'name' ? 'period name' : `${CSV_TITLES[field].toLowerCase()} value`;
}

function allTitles(): string {
  return Object.values(CSV_TITLES).join(', ');
}

/**
 * The accepted header closest to a typo: one edit for short words (so "Date" does not become
 * "State"), two for longer ones; aliases too different in length are skipped unmeasured.
 */
function closestTitle(title: string): string | undefined {
  const typed = normalize(title);
  const allowed = typed.length <= 4 ? 1 : 2;
  let best: { alias: string; distance: number } | undefined;
  for (const aliases of Object.values(ALIASES)) {
    for (const alias of aliases) {
      const known = normalize(alias);
      if (Math.abs(known.length - typed.length) > allowed) continue;
      const distance = editDistance(typed, known);
      if (distance <= allowed && (!best || distance < best.distance)) best = { alias, distance };
    }
  }
  return best?.alias;
}

/** Edit distance with adjacent swaps (optimal string alignment); header names are short. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] ?? [];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}
