import { defineConfig } from 'wxt';

/**
 * `--mode e2e` builds (npm run build:e2e) also run on http://localhost and http://127.0.0.1
 * so the real-browser tests can serve fixture pages and calendars locally (PRODUCT.md §7).
 * Production builds touch BuildOps only.
 */
const E2E_ORIGINS = ['http://localhost/*', 'http://127.0.0.1/*'];

/**
 * The content script shares BuildOps' page and its download: there the overlay renders with
 * Preact's React-compatible build (~5 KB gzip instead of React's ~68 KB). The popup and the
 * settings page keep React itself. Same components, tested under both (unit tests: React;
 * real-browser tests: the built content script).
 */
const PREACT_FOR_REACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: 'preact/compat' },
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports read better and avoid the auto-import scanner inventing exports.
  imports: false,
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ browser, mode }) => ({
    name: 'Period Guard',
    description:
      'Stops BuildOps invoice exports that Sage Intacct would refuse because the date is in a closed period.',
    permissions: ['storage', 'alarms'],
    host_permissions: mode === 'e2e' ? E2E_ORIGINS : [],
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
