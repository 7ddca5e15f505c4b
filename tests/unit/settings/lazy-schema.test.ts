import '../../../lib/zod-config';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { lazySchema } from '../../../lib/lazy-schema';

describe('lazySchema', () => {
  it('builds nothing until the schema is first used, then builds it once', () => {
    const make = vi.fn(() => z.string().check(z.minLength(2)));
    const schema = lazySchema(make);
    expect(make).not.toHaveBeenCalled();
    expect(schema.safeParse('ab').success).toBe(true);
    expect(schema.safeParse('a').success).toBe(false);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('parses, fails and composes exactly like the schema it stands for', () => {
    const eagerWord = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
    const lazyWord = lazySchema(() =>
      z.string().check(z.trim(), z.minLength(1, 'must not be empty')),
    );
    const eager = z.object({ words: z.array(eagerWord), when: z.nullable(eagerWord) });
    const lazy = lazySchema(() =>
      z.object({ words: z.array(lazyWord), when: z.nullable(lazyWord) }),
    );
    for (const input of [
      { words: [' a ', 'b'], when: null },
      { words: ['', 'b'], when: 'x' },
      { words: 'nope' },
      null,
    ]) {
      expect(lazy.safeParse(input)).toEqual(eager.safeParse(input));
    }
    expect(() => lazy.parse({ words: [' '], when: null })).toThrow(z.core.$ZodError);
  });

  it('passes for the schema it stands for where zod checks the kind of a schema', () => {
    const schema = lazySchema(() => z.string());
    expect(schema instanceof z.core.$ZodType).toBe(true);
    expect(schema._zod.def.type).toBe('string');
    expect('_zod' in schema).toBe(true);
  });

  it('lets a spy on the stand-in see every call, as on the schema itself', () => {
    const schema = lazySchema(() => z.string());
    const spy = vi.spyOn(schema, 'safeParse');
    schema.safeParse('a');
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(schema.safeParse(1).success).toBe(false);
  });
});

describe('schemas at module level', () => {
  /** A schema made when its module loads: `const x = z.…(` or a `key: z.…(` line of a shape. */
  const EAGER = /^(export )?const \w+ = z\.\w+\(|^ {2}\w+: z\.\w+\(/m;

  it('are all lazySchema, so a content script builds none when it loads', () => {
    const files = readdirSync('lib', { recursive: true })
      .map(String)
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => join('lib', file));
    const eager = files.filter((file) => EAGER.test(readFileSync(file, 'utf8')));
    expect(eager).toEqual([]);
  });
});
