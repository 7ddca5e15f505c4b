/** Set at build time by build-config/check-revision.ts (wxt.config.ts, vitest.config.ts). */
declare const __PERIOD_GUARD_CHECK_REVISION__: string;
