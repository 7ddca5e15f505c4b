import './tests/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { checkRevisionDefine } from './build-config/check-revision';

/** Unit and component tests. Real-browser tests have their own config (vitest.e2e.config.ts). */
export default defineConfig({
  plugins: [WxtVitest()],
  define: checkRevisionDefine(import.meta.dirname),
  test: {
    globals: true,
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Property tests run thousands of cases; a loaded 2-core CI machine needs headroom. Speed
    // is measured by npm run bench, not by unit-test timeouts.
    testTimeout: 60_000,
  },
});
