import { defineConfig } from 'wxt';
import { checkRevisionDefine } from './build-config/check-revision';
import { extensionPagesCsp } from './build-config/csp';
import { PREACT_FOR_REACT } from './build-config/preact-for-react';
import { zodWithoutEval } from './build-config/zod-without-eval';

/**
 * `--mode e2e` builds (npm run build:e2e) also run on http://localhost and http://127.0.0.1
 * so the real-browser tests can serve fixture pages and calendars locally.
 * Production builds touch BuildOps only.
 */
const E2E_ORIGINS = ['http://localhost/*', 'http://127.0.0.1/*'];

/**
 * Public key (base64 DER) that pins the Chrome e2e build's extension id to
 * `icmbafmmelcbknkdfecfepbkpknjgikc`, so the real-browser policy test can address it in a
 * managed policy file. Only e2e builds carry it; the store assigns the published id. The
 * private half was never kept: nothing is signed with it.
 */
const E2E_CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxlqmE3YSbGohjRRAQoD4J8PmR4ucYFNj68HWGfW/IWVfTttkGeUChfMe+olkY0bINdTJsJ0ZUq0r27E5+YqLX8DCP/+V+XpQ+BU6TAgFh2fdNJdWSRe7xyCug5F05+YHMPOEJ87jFMbylYjRCOLQLWWdj848AwwXj/BlGDt1LvE/wtCSwTuvmu/AsSFC94u4chWTfsK4I1T8wLEdHYLxa79qr6IGdkaO9GSf8/JmV1fwtg/l7bkQtWkI4+DjMzX9vsDiiq42HK3p5UKTYcXfey79o3rsNqXRVO6rbocIfc40R22d3xvr7M18atSFKS1A73TnmfLFzvW+N4MEWXAmoQIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [zodWithoutEval()], define: checkRevisionDefine(import.meta.dirname) }),
  // Explicit imports read better and avoid the auto-import scanner inventing exports.
  imports: false,
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ browser, mode }) => ({
    name: 'Period Guard',
    description:
      'Stops BuildOps invoice exports that Sage Intacct would refuse because the date is in a closed period.',
    permissions: ['storage', 'alarms'],
    host_permissions: mode === 'e2e' ? E2E_ORIGINS : [],
    content_security_policy: { extension_pages: extensionPagesCsp(mode) },
    // The team calendar's host is asked for when the user saves its URL:
    // one origin at a time, never all of them at install.
    optional_host_permissions: ['https://*/*'],
    // Chrome and Edge publish enterprise policy to storage.managed only for keys this schema
    // declares. Firefox takes policy from policies.json without a schema (and warns on it).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser !== 'firefox' && mode === 'e2e' ? { key: E2E_CHROME_KEY } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'period-guard@periodguard.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.resolve ??= {};
      const existing = config.resolve.alias;
      config.resolve.alias = [
        ...PREACT_FOR_REACT,
        ...(Array.isArray(existing)
          ? existing
          : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }))),
      ];
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...E2E_ORIGINS];
      }
    },
  },
});
