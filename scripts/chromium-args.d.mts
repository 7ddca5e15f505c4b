/** Types for chromium-args.mjs, so the TypeScript test harness can share it. */
export function chromiumArgs(extensionDir?: string): string[];
