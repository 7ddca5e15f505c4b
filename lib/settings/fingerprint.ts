/**
 * A 53-bit fingerprint of a JSON-like value, the same whatever the order of object keys:
 * Chrome hands stored objects back with their keys sorted, Firefox in insertion order.
 * Serialized as `JSON.stringify` would (undefined members dropped, non-finite numbers as
 * null), so a value and its round trip through storage have one fingerprint.
 *
 * Not a security measure: it tells "the value a check passed" from "some other value", as a
 * guard against corruption and stale writers, not against a writer who means harm (anything
 * that can write storage can write a valid but wrong calendar anyway).
 */
export function fingerprintOf(value: unknown): string {
  return cyrb53(JSON.stringify(value, sortedKeys) ?? 'undefined').toString(36);
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    sorted[key] = (value as Record<string, unknown>)[key];
  }
  return sorted;
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
