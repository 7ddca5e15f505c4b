import { z } from 'zod';

/**
 * Zod without its JIT: no `new Function`, which extension pages forbid (MV3 CSP) and
 * `web-ext lint` flags, and no eval probe that a strict CSP would report as a violation.
 * Must run before the first schema is made (zod reads it when a schema is built), so every
 * module that makes schemas imports this file first; a unit test checks that they do.
 * build/zod-without-eval.ts then removes the dead eval code from the bundle.
 */
z.config({ jitless: true });
