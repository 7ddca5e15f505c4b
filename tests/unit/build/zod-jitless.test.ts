import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { removeZodEval } from '../../../build-config/zod-without-eval';
import { calendarSchema } from '../../../lib/calendar/model';

/*
 * Zod's JIT compiles parsers with `new Function`: forbidden in extension pages, flagged by
 * web-ext lint (DANGEROUS_EVAL). lib/zod-config.ts turns it off; the build removes the dead
 * eval code (build-config/zod-without-eval.ts). These tests keep both in place.
 */

/** A value import of zod, any entry point (`zod`, `zod/mini`, …); type-only imports do not count. */
const ZOD_IMPORT = /^import (?!type\b).* from 'zod(\/[\w/.-]+)?';$/;

function sourceFiles(dirs: string[]): string[] {
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((file) => /\.(tsx?|mjs)$/.test(file))
        .map((file) => join(dir, file)),
    );
}

function modulesImportingZod(): string[] {
  return sourceFiles(['lib', 'entrypoints', 'components'])
    .filter((file) => !file.endsWith('zod-config.ts'))
    .filter((file) => new RegExp(ZOD_IMPORT.source, 'm').test(readFileSync(file, 'utf8')));
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
      const zod = lines.findIndex((line) => ZOD_IMPORT.test(line));
      expect(config, `${file} must import zod-config before zod`).toBeGreaterThanOrEqual(0);
      expect(config, file).toBeLessThan(zod);
    }
  });
});

describe('zod/mini, not classic zod', () => {
  // Classic zod's schemas cost about twice as much to build, and the content script builds
  // them all at start-up; importing it anywhere would put it back in a bundle.
  it('no module imports classic zod', () => {
    const classic = sourceFiles([
      'lib',
      'entrypoints',
      'components',
      'tests',
      'bench',
      'build',
    ]).filter((file) =>
      /^import .* from 'zod(\/v4(\/classic)?|\/v3)?';$/m.test(readFileSync(file, 'utf8')),
    );
    expect(classic).toEqual([]);
  });

  it('speaks English: zod/mini loads no locale itself, lib/zod-config.ts registers it', () => {
    expect(calendarSchema.safeParse({ version: 1 }).success).toBe(true);
    expect(z.config().localeError).toBeTypeOf('function');
    const parsed = z.string().check(z.maxLength(2)).safeParse('abc');
    expect(parsed.error?.issues[0]?.message).toBe(
      'Too big: expected string to have <=2 characters',
    );
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
