import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cspProblems,
  documentedAccess,
  manifestProblems,
  PRIVACY_DOC,
  requestedAccess,
} from '../../../.ci/check-manifests.mjs';
import { extensionPagesCsp } from '../../../build-config/csp';

/*
 * The rules .ci/check-manifests.mjs holds the production manifests to (after `npm run build`
 * in CI), and the statements of docs/privacy.md they rest on.
 */

const PRIVACY = readFileSync(PRIVACY_DOC, 'utf8');
const documented = documentedAccess(PRIVACY);

/** A production manifest as the build writes it today. */
function shipped(browser: 'chrome' | 'firefox'): Record<string, unknown> {
  return {
    manifest_version: 3,
    permissions: ['storage', 'alarms'],
    optional_host_permissions: ['https://*/*'],
    content_security_policy: { extension_pages: extensionPagesCsp('production') },
    content_scripts: [{ matches: ['https://*.buildops.com/*'], js: ['content-scripts/x.js'] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'x@y', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  };
}

describe('docs/privacy.md lists every access with its reason', () => {
  it('documents storage, alarms, BuildOps and the optional calendar host', () => {
    expect([...documented].sort()).toEqual([
      'content script https://*.buildops.com/*',
      'optional host permission https://*/*',
      'permission alarms',
      'permission storage',
    ]);
  });

  it('names every stored item in "What is stored, and where"', () => {
    const keys = readdirSync('lib/settings')
      .map((file) => readFileSync(join('lib/settings', file), 'utf8'))
      .flatMap((source) => [...source.matchAll(/storedThing<[^>]*>\(\s*'local:([^']+)'/g)])
      .map((match) => match[1]);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    for (const key of keys) expect(PRIVACY).toContain(`- \`${key}\`:`);
  });
});

describe('manifestProblems', () => {
  it.each(['chrome', 'firefox'] as const)('passes the %s manifest as built', (browser) => {
    expect(manifestProblems(shipped(browser), documented, browser)).toEqual([]);
  });

  it.each([
    ['a new permission', { permissions: ['storage', 'alarms', 'tabs'] }, 'permission tabs'],
    ['host access at install', { host_permissions: ['<all_urls>'] }, 'host permission <all_urls>'],
    [
      'the content script on every site',
      { content_scripts: [{ matches: ['<all_urls>'] }] },
      'content script <all_urls>',
    ],
    [
      'a wider optional host',
      { optional_host_permissions: ['*://*/*'] },
      'optional host permission *://*/*',
    ],
    [
      'web-accessible files',
      { web_accessible_resources: [{ resources: ['*.js'], matches: ['<all_urls>'] }] },
      'web accessible resource *.js',
    ],
    [
      'messages from web pages',
      { externally_connectable: { matches: ['https://*.example.com/*'] } },
      'externally connectable',
    ],
  ])('fails on %s', (_case, change, item) => {
    const problems = manifestProblems({ ...shipped('chrome'), ...change }, documented, 'chrome');
    expect(problems).toEqual([expect.stringContaining(`asks for ${item}`)]);
  });

  it('fails on a pinned id (e2e builds only) and on Firefox collecting data', () => {
    expect(manifestProblems({ ...shipped('chrome'), key: 'MIIB' }, documented, 'chrome')).toEqual([
      'carries a "key": only e2e builds pin their id',
    ]);
    const firefox = shipped('firefox');
    firefox.browser_specific_settings = { gecko: { id: 'x@y' } };
    expect(manifestProblems(firefox, documented, 'firefox')).toEqual([
      expect.stringContaining('data_collection_permissions'),
    ]);
  });

  it('lists what a manifest asks for', () => {
    expect(requestedAccess(shipped('chrome'))).toEqual([
      'permission storage',
      'permission alarms',
      'optional host permission https://*/*',
      'content script https://*.buildops.com/*',
    ]);
  });
});

describe('the extension pages CSP', () => {
  it('is strict as built for production', () => {
    expect(cspProblems(extensionPagesCsp('production'))).toEqual([]);
    expect(extensionPagesCsp('production')).toBe(
      "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; img-src 'self' data:; connect-src 'self' https:",
    );
  });

  it('lets only e2e builds reach the local test server over plain HTTP', () => {
    expect(extensionPagesCsp('e2e')).toContain('http://127.0.0.1:*');
    expect(cspProblems(extensionPagesCsp('e2e'))).toEqual([
      'the policy allows plain HTTP to some host',
    ]);
  });

  it.each([
    [undefined, 'content_security_policy.extension_pages is missing'],
    ["script-src 'self' 'unsafe-eval'; object-src 'none'", "script-src must be exactly 'self'"],
    [
      "script-src 'self' https://cdn.example.com; object-src 'none'",
      "script-src must be exactly 'self'",
    ],
    ["script-src 'self'", "object-src must be 'none'"],
    ["script-src 'self'; object-src 'none'; style-src 'unsafe-inline'", "allows 'unsafe-inline'"],
    ["script-src 'self'; object-src 'none'; connect-src http:", 'allows http:'],
  ])('refuses %s', (policy, problem) => {
    expect(cspProblems(policy)).toEqual(expect.arrayContaining([expect.stringContaining(problem)]));
  });
});
