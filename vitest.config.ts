import './tests/node20-polyfills.ts';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { checkRevisionDefine } from './build-config/check-revision.ts';
import { PREACT_FOR_REACT } from './build-config/preact-for-react.ts';

/** The overlay's tests: it ships in the content script, rendered by Preact. */
const OVERLAY_TESTS = 'tests/component/overlay/**/*.test.tsx';
/** Components the popup (React) and the overlay (Preact) both render: tested under each. */
const SHARED_TESTS = 'tests/component/shared/**/*.test.tsx';

/**
 * What the tests add to the build's aliases under Preact: Testing Library's ES build (its
 * default CommonJS one would `require` React past the aliases) and the `act` it falls back on.
 */
const PREACT_TESTING = [
  {
    find: /^@testing-library\/react$/,
    replacement: fileURLToPath(
      import.meta.resolve('@testing-library/react/dist/@testing-library/react.esm.js'),
    ),
  },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
];

/**
 * Unit and component tests, in two projects: `react` for the popup and settings page as
 * they ship, `preact` for the overlay as the content script bundles it (wxt.config.ts aliases
 * React to Preact there). Real-browser tests have their own config (vitest.e2e.config.ts).
 */
export default defineConfig({
  plugins: [WxtVitest()],
  define: checkRevisionDefine(import.meta.dirname),
  test: {
    globals: true,
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Property tests run thousands of cases; a loaded 2-core CI machine needs headroom. Speed
    // is measured by npm run bench, not by unit-test timeouts.
    testTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'react',
          include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, OVERLAY_TESTS],
        },
      },
      {
        resolve: { alias: [...PREACT_TESTING, ...PREACT_FOR_REACT] },
        test: {
          name: 'preact',
          include: [OVERLAY_TESTS, SHARED_TESTS],
          // Packages that import React go through the aliases too, as in the bundle.
          server: { deps: { inline: [/@testing-library\/react/, /zustand/] } },
        },
      },
    ],
  },
});
