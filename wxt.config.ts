import { defineConfig } from 'wxt';
import { extensionPagesCsp } from './build/csp';
import { zodWithoutEval } from './build/zod-without-eval';

/**
 * `--mode e2e` builds (npm run build:e2e) also run on http://localhost and http://127.0.0.1
 * so the real-browser tests can serve fixture pages and calendars locally (PRODUCT.md §7).
 * Production builds touch BuildOps only.
 */
const E2E_ORIGINS = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [zodWithoutEval()] }),
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
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...E2E_ORIGINS];
      }
    },
  },
});
