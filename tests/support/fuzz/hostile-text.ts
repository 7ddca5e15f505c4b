import fc from 'fast-check';

/*
 * Text that breaks naive readers: the characters CSV and JSON give meaning to, line breaks of
 * every kind, NUL, byte order marks, lone UTF-16 surrogates, bidi controls, and long runs of
 * one character (very long digit runs, unclosed quotes, deep brackets).
 */

/** Single hostile characters (or short sequences that act as one). */
export const HOSTILE_PIECES = [
  ',',
  ';',
  '\t',
  '"',
  '""',
  "'",
  '\n',
  '\r',
  '\r\n',
  '\n\r',
  '\u2028',
  '\u2029',
  '\u0085',
  '\0',
  '\uFEFF',
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  '\uDBFF\uD800', // two high surrogates in a row
  '{',
  '}',
  '[',
  ']',
  ':',
  '\\',
  '\\u',
  '-',
  '/',
  '.',
  '=',
  '+',
  '@',
  ' ',
  '\u00A0',
  '0',
  '9',
  '1e999',
  '-0',
  'é',
  '😀',
  '\u202E',
  '\u001B',
  '__proto__',
  'constructor',
  'null',
  'true',
] as const;

/** One hostile piece, or a few arbitrary code units. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  },
);

/** A long run of one piece: 10,000-digit numbers, a sea of quotes, 3,000 open brackets. */
export const longRun: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('9', '"', '[', '{', ',', '\n', ' ', "'", 'a', '\r\n', '0/'), fc.nat(5_000))
  .map(([piece, count]) => piece.repeat(count + 1));

/** What a mutation inserts: mostly one hostile piece, sometimes a long run or random text. */
const insertion: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: hostilePiece },
  { weight: 1, arbitrary: longRun },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
);

/** One edit of a text. Positions are reduced modulo the text's length when applied. */
type Mutation =
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: insertion }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertion }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(40) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat(200) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function applyMutation(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  switch (m.kind) {
    case 'replace':
      return text.slice(0, at) + m.text + text.slice(at + 1);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at);
    case 'truncate':
      return text.slice(0, at);
  }
}

/** A seed text after one to six random edits (flip, insert, delete, duplicate, truncate). */
export function mutated(seeds: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(seeds, fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([seed, mutations]) => mutations.reduce(applyMutation, seed));
}

/** Every line break of `text` written as `ending` instead. */
export function withLineEndings(text: string, ending: string): string {
  return text.replace(/\r\n|\n|\r/g, ending);
}

/** Line endings a file may come with, including ones no tool should write. */
export const lineEnding = fc.constantFrom('\n', '\r\n', '\r', '\n\r', '\r\r\n', '\u2028');

/**
 * Random bytes as a file picker would hand them over (decoded as UTF-8 with replacement
 * characters) or as a naive reader would (one character per byte), or random code units.
 */
export const binaryText: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ maxLength: 3_000 }).map((bytes) => new TextDecoder().decode(bytes)),
  fc.uint8Array({ maxLength: 3_000 }).map((bytes) => String.fromCharCode(...bytes)),
  fc.string({ unit: 'binary', maxLength: 1_000 }),
  fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 1_000 })
    .map((codes) => String.fromCharCode(...codes)),
);

/** A short, printable description of a (possibly huge) input for failure messages. */
export function preview(text: string): string {
  const head = JSON.stringify(text.slice(0, 160));
  return text.length > 160 ? `${head}… (${text.length} characters)` : head;
}
