import * as z from 'zod/mini';

/**
 * Zod without its JIT: no `new Function`, which extension pages forbid (MV3 CSP) and
 * `web-ext lint` flags, and no eval probe that a strict CSP would report as a violation.
 * Must run before the first schema is made (zod reads it when a schema is built), so every
 * module that makes schemas imports this file first; a unit test checks that they do.
 * build-config/zod-without-eval.ts then removes the dead eval code from the bundle.
 *
 * English messages: `zod/mini` (cheaper schemas, tree-shakable; classic `zod` is not used
 * anywhere) loads no locale of its own, and without one every generic message would read
 * "Invalid input". Classic zod registered English on its first schema; this does it here.
 * No memoizer either: it gives containers cycle support, and no schema of ours is recursive.
 */
z.config({ jitless: true, ...z.locales.en() });

/*
 * Schemas are declared `lazySchema(() => …)` at module level (lib/lazy-schema.ts): a schema is
 * built the first time something uses it, not when its module loads. The content script runs
 * on every BuildOps page load; it builds the few schemas it validates storage with, in the
 * task that reads storage, and never the rest (messages it does not receive, the audit log,
 * policy keys on a machine without a policy).
 */
