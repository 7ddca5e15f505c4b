/** Types for fixture-includes.mjs, so TypeScript can import it. */
export function expandIncludes(html: string, read: (relativePath: string) => string): string;
