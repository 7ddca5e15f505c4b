import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { removeZodEval } from '../../build/zod-without-eval';
import { calendarSchema } from '../../lib/calendar/model';

/*
 * Zod's JIT compiles parsers with `new Function`: forbidden in extension pages, flagged by
 * web-ext lint (DANGEROUS_EVAL). lib/zod-config.ts turns it off; the build removes the dead
 * eval code (build/zod-without-eval.ts). These tests keep both in place.
 */

function modulesImportingZod(): string[] {
  return ['lib', 'entrypoints', 'components']
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((file) => /\.tsx?$/.test(file))
        .map((file) => join(dir, file)),
    )
    .filter((file) => !file.endsWith('zod-config.ts'))
    .filter((file) => /^import (?!type\b).* from 'zod';$/m.test(readFileSync(file, 'utf8')));
}

describe('zod runs jitless', () => {
  it('is configured so once any schema module is loaded', () => {
    expect(calendarSchema.safeParse({ version: 1 }).success).toBe(true);
    expect(z.config().jitless).toBe(true);
  });

  it('every module that uses zod loads lib/zod-config.ts first', () => {
    const files = modulesImportingZod();
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n');
      const config = lines.findIndex((line) => /^import '(\.\.?\/)+zod-config';$/.test(line));
      const zod = lines.findIndex((line) => /^import (?!type\b).* from 'zod';$/.test(line));
      expect(config, `${file} must import zod-config before zod`).toBeGreaterThanOrEqual(0);
      expect(config, file).toBeLessThan(zod);
    }
  });
});

describe('the build leaves no eval in zod', () => {
  const zodFile = (name: string) => join('node_modules/zod/v4/core', name);
  // `const F = Function;` (then `new F(…)`) or a direct call; comments mentioning it do not count.
  const FUNCTION_CONSTRUCTOR = /=\s*Function\s*;|\bFunction\s*\(/;

  it.each(['util.js', 'doc.js'])('removes the Function constructor from %s', (name) => {
    const original = readFileSync(zodFile(name), 'utf8');
    expect(original).toMatch(FUNCTION_CONSTRUCTOR);
    const built = removeZodEval(original, zodFile(name));
    expect(built).not.toMatch(FUNCTION_CONSTRUCTOR);
  });

  it('leaves other modules alone', () => {
    expect(removeZodEval('const F = Function;', 'node_modules/zod/v4/core/schemas.js')).toBe(
      undefined,
    );
  });

  it('fails the build when zod changed and the code to remove is not found', () => {
    expect(() => removeZodEval('export const x = 1;', zodFile('util.js'))).toThrow(
      /expected one match .* zod changed/,
    );
  });
});
