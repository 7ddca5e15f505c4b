/*
 * Files at the 5 MB import cap, built from the fillers that cost a reader most. Shared by
 * fuzz-import-extremes.test.ts and the count of fuzz cases (fuzz-suite-size.test.ts).
 */

const encoder = new TextEncoder();

/** Bytes of `text` as UTF-8, the way a browser stores or sends it (lone surrogates as U+FFFD). */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

export interface Filler {
  /** Read as JSON (`.json` name) or as CSV. */
  json: boolean;
  head: string;
  /** Repeated until the file has the size asked for: one text, or ASCII text per index. */
  unit: string | ((index: number) => string);
  tail: string;
}

const HEADER = 'Period,Start,End,Status\n';
export const FILLERS: Record<string, Filler> = {
  'the same valid row again and again': {
    json: false,
    head: HEADER,
    unit: 'Jan 2026,2026-01-01,2026-01-31,Open\n',
    tail: '',
  },
  'distinct valid rows': {
    json: false,
    head: HEADER,
    unit: (i) => `P${i},${1000 + (i % 9000)}-01-01,${1000 + (i % 9000)}-01-31,Closed\n`,
    tail: '',
  },
  'one date cell of millions of digits': {
    json: false,
    head: `${HEADER}Jan,`,
    unit: '9',
    tail: ',2026-01-31,Open',
  },
  'one header title of megabytes': { json: false, head: 'Period,', unit: 'x', tail: '\nJan' },
  'a million columns': {
    json: false,
    head: 'Period,Start,End,Status,',
    unit: (i) => `c${i},`,
    tail: '',
  },
  'a million stray cells in one row': {
    json: false,
    head: `${HEADER}Jan,2026-01-01,2026-01-31,Open,`,
    unit: 'a,',
    tail: '',
  },
  'a quote opened and never closed': { json: false, head: '"', unit: 'a,b\n', tail: '' },
  'NUL bytes': { json: false, head: '', unit: '\0', tail: '' },
  'blank lines under a header': { json: false, head: HEADER, unit: '\r\n', tail: '' },
  'three-byte characters': { json: false, head: '', unit: '€', tail: '' },
  'emoji (surrogate pairs)': { json: false, head: '', unit: '😀', tail: '' },
  'lone surrogates before three-byte characters': {
    json: false,
    head: '',
    unit: '\uD800€',
    tail: '',
  },
  'a million empty periods': {
    json: true,
    head: '{"version":1,"periods":[',
    unit: '{},',
    tail: '{}]}',
  },
  'a million entities': {
    json: true,
    head: '{"version":1,"entities":{',
    unit: (i) => `"e${i}":{},`,
    tail: '"last":{}}}',
  },
  'a million unknown keys': {
    json: true,
    head: '{"version":1,',
    unit: (i) => `"k${i}":1,`,
    tail: '"periods":[]}',
  },
  'one period name of megabytes': {
    json: true,
    head: '{"version":1,"periods":[{"name":"',
    unit: 'a',
    tail: '","start":"2026-01-01","end":"2026-01-31","status":"open"}]}',
  },
  whitespace: { json: true, head: '{"version":1,', unit: ' ', tail: '"periods":[]}' },
};

/** `filler` grown to at least `bytes` UTF-8 bytes (the last unit may overshoot by a few). */
export function grow(filler: Filler, bytes: number): string {
  const room = bytes - utf8Bytes(filler.head) - utf8Bytes(filler.tail);
  const { unit } = filler;
  if (typeof unit === 'string') {
    return filler.head + unit.repeat(Math.max(0, Math.ceil(room / utf8Bytes(unit)))) + filler.tail;
  }
  const parts: string[] = [];
  for (let i = 0, size = 0; size < room; i++) {
    const text = unit(i);
    parts.push(text);
    size += text.length; // ASCII: one byte a character
  }
  return filler.head + parts.join('') + filler.tail;
}
