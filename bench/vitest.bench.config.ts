import '../tests/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';

/**
 * The pure-function bench (bench/pure.bench.ts), run by bench/run.mjs through
 * `vitest bench`. happy-dom gives the page reader a DOM to read fixture pages from.
 */
export default defineConfig({
  test: {
    globals: true,
    environment: 'happy-dom',
    include: [],
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
