#!/usr/bin/env node
/**
 * Prints the size of each production build, file by file, raw and gzipped. The content
 * script is injected into every BuildOps page load, so its size is the one to watch.
 * Usage: node .ci/size-report.mjs .output/chrome-mv3 .output/firefox-mv3
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((entry) => join(dir, String(entry)))
    .filter((path) => statSync(path).isFile())
    .sort();
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
}

for (const dir of process.argv.slice(2)) {
  let raw = 0;
  let gzip = 0;
  console.log(`\n${dir.padEnd(52)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += zipped;
    console.log(`  ${relative(dir, file).padEnd(50)} ${kb(bytes.length)} ${kb(zipped)}`);
  }
  console.log(`  ${'total'.padEnd(50)} ${kb(raw)} ${kb(gzip)}`);
}
