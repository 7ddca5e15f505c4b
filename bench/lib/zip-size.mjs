import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { deflateRawSync } from 'node:zlib';

/** Zip format fixed sizes (APPNOTE 4.3): local header, central directory entry, end record. */
const LOCAL_HEADER = 30;
const CENTRAL_ENTRY = 46;
const END_RECORD = 22;

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((entry) => statSync(join(dir, entry)).isFile())
    .sort();
}

/**
 * The exact byte size of a zip of `dir` as a store upload holds it: every file deflated at
 * level 9 (what `wxt zip` uses) or stored when deflate would not help, no extra fields.
 * Computed in memory, the same on every run for the same files, so CI can check it without
 * building the zips.
 */
export function zipSizeOf(dir) {
  let total = END_RECORD;
  for (const entry of filesUnder(dir)) {
    const name = Buffer.byteLength(entry.split(sep).join('/'));
    const bytes = readFileSync(join(dir, entry));
    const deflated = deflateRawSync(bytes, { level: 9 }).length;
    total += LOCAL_HEADER + name + Math.min(deflated, bytes.length) + CENTRAL_ENTRY + name;
  }
  return total;
}

/** Paths of the files in `dir`, relative, with forward slashes. */
export function listFiles(dir) {
  return filesUnder(dir).map((entry) => relative(dir, join(dir, entry)).split(sep).join('/'));
}
