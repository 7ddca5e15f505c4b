/** Types for check-manifests.mjs, so its unit test is type-checked. */
export function documentedAccess(doc: string): Set<string>;
export function requestedAccess(manifest: Record<string, unknown>): string[];
export function cspProblems(policy: unknown): string[];
export function manifestProblems(
  manifest: Record<string, unknown>,
  documented: ReadonlySet<string>,
  browser: 'chrome' | 'firefox',
): string[];
export const PRIVACY_DOC: string;
