import * as z from 'zod/mini';

/**
 * Zod without its JIT (MV3's CSP forbids `new Function`) and with English messages (`zod/mini`
 * loads no locale). Must run before the first schema is built, so every schema module imports
 * this first; a unit test checks that they do.
 */
z.config({ jitless: true, ...z.locales.en() });

// Schemas are declared with lazySchema (lib/lazy-schema.ts): a page builds only those it uses.
