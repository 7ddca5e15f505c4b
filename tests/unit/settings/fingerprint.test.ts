import fc from 'fast-check';
import {
  canonicalJson,
  exactFingerprintOf,
  fingerprintOf,
  sortedKeysCopy,
} from '../../../lib/settings/fingerprint';

/**
 * The canonical form written out independently of the code under test: array indices
 * (integer keys, which every object lists first, in numeric order) then the other keys in
 * `.sort()` order; members JSON leaves out are left out.
 */
function reference(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => reference(item) ?? 'null').join(',')}]`;
  const isIndex = (key: string) => /^(0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1;
  const keys = Object.keys(value);
  const indices = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  const others = keys.filter((key) => !isIndex(key)).sort();
  const members = [...indices, ...others].flatMap((key) => {
    const text = reference((value as Record<string, unknown>)[key]);
    return text === undefined ? [] : [`${JSON.stringify(key)}:${text}`];
  });
  return `{${members.join(',')}}`;
}

/** A copy of a JSON value with every object's keys in a shuffled order. */
function shuffled(value: unknown, random: () => number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => shuffled(item, random));
  const entries = Object.entries(value).map(([key, item]) => [key, shuffled(item, random)]);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j] as [string, unknown], entries[i] as [string, unknown]];
  }
  const copy: Record<string, unknown> = {};
  for (const [key, item] of entries)
    Object.defineProperty(copy, key as string, {
      value: item,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

/** Keys that order differently as text and as numbers, outside the BMP, or are special. */
const awkwardKey = fc.oneof(
  fc.constantFrom('9', '10', '02', '-1', '4294967295', 'a', 'B', 'é', '😀', '\uffff'),
  fc.constantFrom('toJSON', '__proto__', 'constructor', ''),
  fc.string({ maxLength: 4 }),
);
const { json } = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -1.5, 'text', '2026-03-31'),
    fc.array(tie('json'), { maxLength: 4 }),
    fc.dictionary(awkwardKey, tie('json'), { maxKeys: 5 }),
  ),
}));
// dictionary makes plain objects; JSON.parse gives "__proto__" its own key, as storage does.
const storedJson = json.map((value) => JSON.parse(JSON.stringify(value)) as unknown);

describe('canonicalJson', () => {
  it('is the key-sorted JSON, whatever order the keys come in, on both of its paths', () => {
    fc.assert(
      fc.property(storedJson, fc.integer(), (value, seed) => {
        let state = seed >>> 0;
        const random = () => {
          state = (state * 1664525 + 1013904223) >>> 0;
          return state / 2 ** 32;
        };
        const expected = reference(value);
        expect(canonicalJson(value)).toBe(expected);
        expect(canonicalJson(shuffled(value, random))).toBe(expected);
        expect(canonicalJson(sortedKeysCopy(value))).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('serializes a value whose keys are already sorted without a replacer (the fast path)', () => {
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      canonicalJson({ a: 1, b: [{ c: 2, d: 3 }], e: { f: null } });
      expect(stringify.mock.calls.map((call) => call.length)).toEqual([1]);
      stringify.mockClear();
      canonicalJson({ a: 1, b: [{ d: 3, c: 2 }] });
      expect(stringify.mock.calls.map((call) => call[1])).toEqual([expect.any(Function)]);
    } finally {
      stringify.mockRestore();
    }
  });

  it('takes the slow path for what JSON treats specially, and agrees with it', () => {
    expect(canonicalJson({ b: new Date(0), a: 1 })).toBe('{"a":1,"b":"1970-01-01T00:00:00.000Z"}');
    expect(canonicalJson({ a: { toJSON: () => ({ z: 1, y: 2 }) } })).toBe('{"a":{"y":2,"z":1}}');
    const list = Object.assign([2, 1], { toJSON: () => ({ z: 1, y: 2 }) });
    expect(canonicalJson({ a: list })).toBe('{"a":{"y":2,"z":1}}');
    expect(canonicalJson({ a: new Map([['k', 1]]), b: undefined, c: [undefined] })).toBe(
      '{"a":{},"c":[null]}',
    );
    // Not what storage holds, but the serializer unboxes it only without the replacer.
    expect(canonicalJson({ a: new String('xy') })).toBe('{"a":{"0":"x","1":"y"}}');
    const inherited = Object.create({ inherited: 1 });
    inherited.own = 2;
    expect(canonicalJson(inherited)).toBe('{"own":2}');
  });
});

describe('sortedKeysCopy', () => {
  it('holds the same data, with every object listing its keys sorted', () => {
    fc.assert(
      fc.property(storedJson, (value) => {
        const copy = sortedKeysCopy(value);
        expect(copy).toEqual(value);
        expect(fingerprintOf(copy)).toBe(fingerprintOf(value));
        expect(JSON.stringify(copy)).toBe(reference(value));
      }),
      { numRuns: 500 },
    );
  });
});

describe('exactFingerprintOf', () => {
  it('is shared by values that serialize alike, key order included', () => {
    expect(exactFingerprintOf({ a: 1, b: [2] })).toBe(exactFingerprintOf({ a: 1, b: [2] }));
    expect(exactFingerprintOf({ a: 1, b: [2] })).not.toBe(exactFingerprintOf({ b: [2], a: 1 }));
    expect(exactFingerprintOf({ a: 1, b: undefined })).toBe(exactFingerprintOf({ a: 1 }));
    expect(exactFingerprintOf({ a: '1' })).not.toBe(exactFingerprintOf({ a: 1 }));
  });

  it('equals the order-free fingerprint for a value stored with sorted keys', () => {
    fc.assert(
      fc.property(storedJson, (value) => {
        expect(exactFingerprintOf(sortedKeysCopy(value))).toBe(fingerprintOf(value));
      }),
      { numRuns: 300 },
    );
  });
});
