import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourcesUnder(path);
      return /\.tsx?$/.test(entry.name) ? [path] : [];
    })
    .sort();
}

/**
 * Names the rules this build checks stored values with (lib/settings/validated.ts): a hash of
 * every source under `lib/` (the schemas, their refinements and everything they call) and the
 * package version. A value stamped as checked by one build is re-checked by any build whose
 * rules may differ; an unchanged build trusts its own stamps. Built into the bundles as
 * `__PERIOD_GUARD_CHECK_REVISION__` (wxt.config.ts, vitest.config.ts).
 */
export function checkRevision(root: string): string {
  const hash = createHash('sha256');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  hash.update(pkg.version);
  for (const file of sourcesUnder(join(root, 'lib'))) {
    hash.update(relative(root, file).replaceAll('\\', '/'));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

/** Vite `define` entries that carry the check revision into the code. */
export function checkRevisionDefine(root: string): Record<string, string> {
  return { __PERIOD_GUARD_CHECK_REVISION__: JSON.stringify(checkRevision(root)) };
}
