#!/usr/bin/env node
/**
 * Least privilege, checked on what ships: reads the production manifests after
 * `npm run build` and fails when they ask for anything the access table of docs/privacy.md
 * does not list with its reason: a permission, a host, a content-script site, an
 * optional one, a web-accessible resource, external messaging. It also holds the extension
 * pages' CSP to its rules (scripts from the package only, no eval, no inline script, no
 * plain HTTP) and Firefox's data-collection declaration to "none".
 * Usage: node .ci/check-manifests.mjs .output/chrome-mv3 .output/firefox-mv3
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the access table lives. */
export const PRIVACY_DOC = 'docs/privacy.md';

/**
 * What the privacy page documents: from each row of its tables whose first cell is `code`,
 * the pair "<kind> <value>" (second cell: kind).
 */
export function documentedAccess(doc) {
  const documented = new Set();
  for (const row of doc.matchAll(/^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|/gm)) {
    documented.add(`${row[2].toLowerCase()} ${row[1]}`);
  }
  return documented;
}

/** Everything the manifest asks for, as "<kind> <value>" pairs. */
export function requestedAccess(manifest) {
  const requested = [];
  const add = (kind, values) => {
    for (const value of values ?? []) requested.push(`${kind} ${value}`);
  };
  add('permission', manifest.permissions);
  add('optional permission', manifest.optional_permissions);
  add('host permission', manifest.host_permissions);
  add('optional host permission', manifest.optional_host_permissions);
  for (const script of manifest.content_scripts ?? []) add('content script', script.matches);
  for (const entry of manifest.web_accessible_resources ?? []) {
    const resources = typeof entry === 'string' ? [entry] : (entry.resources ?? []);
    add('web accessible resource', resources);
  }
  if (manifest.externally_connectable) {
    add('externally connectable', manifest.externally_connectable.matches ?? ['(ids)']);
  }
  return requested;
}

/** Why `policy` (the extension pages' CSP) is not strict enough; empty when it is. */
export function cspProblems(policy) {
  if (typeof policy !== 'string' || policy.trim() === '') {
    return ['content_security_policy.extension_pages is missing'];
  }
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
  const problems = [];
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  if (scripts?.join(' ') !== "'self'") {
    problems.push(`script-src must be exactly 'self', not ${scripts?.join(' ') ?? '(unset)'}`);
  }
  if (directives.get('object-src')?.join(' ') !== "'none'") {
    problems.push("object-src must be 'none'");
  }
  for (const word of ["'unsafe-eval'", "'unsafe-inline'", "'unsafe-hashes'", 'http:', '*']) {
    if (policy.split(/[\s;]+/).includes(word)) problems.push(`the policy allows ${word}`);
  }
  if (/http:\/\//.test(policy)) problems.push('the policy allows plain HTTP to some host');
  return problems;
}

/** Every reason `manifest` (a production build's) breaks the rules; empty when it keeps them. */
export function manifestProblems(manifest, documented, browser) {
  const problems = [];
  for (const item of requestedAccess(manifest)) {
    if (!documented.has(item)) {
      problems.push(`asks for ${item}, which ${PRIVACY_DOC} does not list`);
    }
  }
  for (const problem of cspProblems(manifest.content_security_policy?.extension_pages)) {
    problems.push(`CSP: ${problem}`);
  }
  if (manifest.key !== undefined) {
    problems.push('carries a "key": only e2e builds pin their id');
  }
  if (browser === 'firefox') {
    const collection = manifest.browser_specific_settings?.gecko?.data_collection_permissions;
    if (JSON.stringify(collection) !== JSON.stringify({ required: ['none'] })) {
      problems.push('Firefox must declare data_collection_permissions { required: ["none"] }');
    }
  }
  return problems;
}

function main(dirs) {
  const documented = documentedAccess(readFileSync(PRIVACY_DOC, 'utf8'));
  let failed = false;
  for (const dir of dirs) {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const browser = manifest.browser_specific_settings?.gecko ? 'firefox' : 'chrome';
    const problems = manifestProblems(manifest, documented, browser);
    const requested = requestedAccess(manifest);
    console.log(`${dir}: ${requested.length} accesses asked for, ${problems.length} problems`);
    for (const item of requested) console.log(`  ${item}`);
    for (const problem of problems) console.log(`  PROBLEM: ${problem}`);
    const unused = [...documented].filter((item) => !requested.includes(item));
    if (unused.length > 0)
      console.log(`  documented, not asked for by this build: ${unused.join('; ')}`);
    failed ||= problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(
    process.argv.slice(2).length > 0
      ? process.argv.slice(2)
      : ['.output/chrome-mv3', '.output/firefox-mv3'],
  );
}
