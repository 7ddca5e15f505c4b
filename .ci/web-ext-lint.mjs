#!/usr/bin/env node
/**
 * `web-ext lint` of the Firefox build, as addons.mozilla.org would run it.
 * Fails on any error, and on any warning that is not a known one from a library: our own
 * code must lint clean. Known library warnings are printed with the reason they are not ours.
 * Usage: node .ci/web-ext-lint.mjs .output/firefox-mv3
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const sourceDir = process.argv[2] ?? '.output/firefox-mv3';

/**
 * Warnings that come from libraries, each recognised by the code around it in the bundle.
 * Add one only with the reason it cannot be ours.
 */
const KNOWN_LIBRARY_WARNINGS = [
  {
    why: "React's (extension pages) and Preact's (content script) own support for the dangerouslySetInnerHTML prop: they set innerHTML from props.__html. Our code never passes that prop (tests/unit/no-unsafe-sinks.test.ts, biome's noDangerouslySetInnerHtml), so the path never runs",
    matches: (warning, around) =>
      warning.code === 'UNSAFE_VAR_ASSIGNMENT' &&
      /innerHTML/.test(warning.message) &&
      /__html/.test(around),
  },
];

/** The bundle's text before (and a little after) the warning's place. */
function around(warning) {
  if (!warning.file || !warning.line) return '';
  try {
    const line = readFileSync(join(sourceDir, warning.file), 'utf8').split('\n')[warning.line - 1];
    const column = warning.column ?? 0;
    return line?.slice(Math.max(0, column - 300), column + 50) ?? '';
  } catch {
    return '';
  }
}

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--output=json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});

let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`web-ext lint printed no JSON report (exit ${run.status}):`);
  console.error(run.stdout, run.stderr);
  process.exit(1);
}

const describe = (m) => `${m.code}: ${m.message}${m.file ? ` (${m.file}:${m.line ?? '?'})` : ''}`;
const unexplained = [];
for (const warning of report.warnings) {
  const known = KNOWN_LIBRARY_WARNINGS.find((k) => k.matches(warning, around(warning)));
  if (known) console.log(`  library warning ${describe(warning)}\n    not ours: ${known.why}`);
  else {
    unexplained.push(warning);
    console.log(`  WARNING ${describe(warning)}`);
  }
}
for (const error of report.errors) console.log(`  ERROR ${describe(error)}`);
console.log(
  `web-ext lint ${sourceDir}: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} not known library ones), ${report.notices.length} notices`,
);
if (unexplained.length > 0) {
  console.log(
    'Warnings must not come from our code. Fix it; if a library causes it, add it to KNOWN_LIBRARY_WARNINGS in .ci/web-ext-lint.mjs with the reason.',
  );
}
process.exit(report.errors.length === 0 && unexplained.length === 0 ? 0 : 1);
