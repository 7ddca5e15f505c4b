/**
 * A 53-bit fingerprint of a JSON-like value, whatever the order of object keys (Chrome hands
 * stored objects back sorted, Firefox in insertion order), so a value and its round trip
 * through storage share one. Guards against corruption and stale writers, not against malice.
 */
export function fingerprintOf(value: unknown): string {
  return cyrb53(canonicalJson(value) ?? 'undefined').toString(36);
}

/**
 * `value` as JSON with every object's keys sorted. The sorting replacer is slow, so when the
 * keys already come sorted (Chrome's storage and {@link sortedKeysCopy} store them so) one
 * walk checks that and the plain `JSON.stringify` does the rest.
 */
export function canonicalJson(value: unknown): string | undefined {
  return keysAlreadySorted(value) ? JSON.stringify(value) : JSON.stringify(value, sortedKeys);
}

/**
 * True when `value` serializes the same with or without {@link sortedKeys}: only arrays and
 * plain objects (no `toJSON`, no boxed primitive) whose keys come in `.sort()` order.
 * Anything else takes the slow path, never a wrong one.
 */
function keysAlreadySorted(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
    for (let i = 0; i < value.length; i++) if (!keysAlreadySorted(value[i])) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  if (Object.hasOwn(value, 'toJSON')) return false;
  let previous: string | undefined;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    if (previous !== undefined && !(previous < key)) return false;
    previous = key;
    if (!keysAlreadySorted((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  // No prototype: a "__proto__" key (JSON.parse makes it an own key) stays a key.
  const sorted: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value).sort()) {
    sorted[key] = (value as Record<string, unknown>)[key];
  }
  return sorted;
}

/**
 * A 53-bit fingerprint of a JSON-like value key order included, for a value as storage holds
 * it (every reader sees the same order); cheaper than {@link fingerprintOf}.
 */
export function exactFingerprintOf(value: unknown): string {
  return cyrb53(JSON.stringify(value) ?? 'undefined').toString(36);
}

/**
 * A deep copy with every object's keys sorted, for storing: Chrome's read-back order, kept by
 * Firefox as written, so every reader sees the order a stamp was made from.
 */
export function sortedKeysCopy<T>(value: T): T {
  const text = JSON.stringify(value, sortedKeys);
  return text === undefined ? value : (JSON.parse(text) as T);
}

/** cyrb53 (public domain, bryc): a fast, well-mixed 53-bit string hash. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
