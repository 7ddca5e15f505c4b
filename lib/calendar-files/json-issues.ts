import type * as z from 'zod/mini';
import { clipText } from './clip-text';
import type { ImportProblem } from './import-problem';

/*
 * Zod's issues in the words of the import screen: a JSON path a person can follow and a
 * message that says what to write instead.
 */

/** Plain words for zod's generic messages; the schema's own messages take precedence. */
export function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is required'
        : `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${typeWord(issue.input)}`;
    case 'unrecognized_keys':
      return 'is not a calendar field; check the spelling or remove it';
    case 'invalid_key':
      // A bad entity name: the key schema's own words say what is wrong with it.
      return issue.issues[0]?.message;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    default:
      return undefined;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  array: 'a list [ ... ]',
  object: 'an object { ... }',
  record: 'an object { ... }',
  boolean: 'true or false',
};

function typeWord(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return 'text';
  if (typeof input === 'object') return 'an object';
  return `a ${typeof input}`;
}

/** One problem per issue; an unknown-keys issue becomes one problem per key, at that key. */
export function toProblems(issue: z.core.$ZodIssue): ImportProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      field: humanPath([...issue.path, key]),
      message: issue.message,
    }));
  }
  return [{ field: humanPath(issue.path), message: issue.message }];
}

/**
 * `['entities', 'West Coast', 'periods', 3, 'end']` → `entities["West Coast"].periods[3].end`:
 * the JSON path a person can follow in the file (indexes count from 0, as in JSON tools).
 */
export function humanPath(path: readonly PropertyKey[]): string | undefined {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') {
      text += `[${key}]`;
      continue;
    }
    // Keys come from the file: an unknown key of a million characters is quoted clipped.
    const name = clipText(String(key), MAX_KEY_LENGTH);
    if (typeof key === 'string' && name === key && /^[A-Za-z_$][\w$]*$/.test(key)) {
      text += text === '' ? key : `.${key}`;
    } else text += `[${JSON.stringify(name)}]`;
  }
  return text === '' ? undefined : text;
}

/** Longest key quoted in a path; a path holds a few, and must fit one line of the report. */
const MAX_KEY_LENGTH = 30;
