#!/usr/bin/env node
/**
 * `web-ext lint` of the Firefox build, as addons.mozilla.org would run it. Errors fail CI;
 * warnings are printed so they stay visible (React's own innerHTML is a known one).
 * Usage: node .ci/web-ext-lint.mjs .output/firefox-mv3
 */
import { spawnSync } from 'node:child_process';

const sourceDir = process.argv[2] ?? '.output/firefox-mv3';
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
for (const warning of report.warnings) console.log(`  warning ${describe(warning)}`);
for (const error of report.errors) console.log(`  ERROR ${describe(error)}`);
console.log(
  `web-ext lint ${sourceDir}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`,
);
process.exit(report.errors.length === 0 ? 0 : 1);
