import './tests/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';

/**
 * Real-browser tests (tests/e2e) against the `npm run build:e2e` output. One file at a time:
 * each file starts its own browsers and two cores cannot run several without flaking.
 */
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    // Real browsers on a shared 2-core machine now and then miss a beat (a keyboard event
    // racing the dialog's focus move under load). A test must pass on one of three tries;
    // every retry is printed in the output, so a real regression still fails and shows.
    retry: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
