import type { Plugin } from 'vite';

/**
 * Zod 4 can compile object parsers with `new Function` (its "JIT"), and probes for eval
 * support with `Function("")` when a schema first parses. Extension pages forbid eval
 * (MV3's CSP), the probe would still be reported as a CSP violation, and `web-ext lint`
 * flags the Function constructor in the bundle (DANGEROUS_EVAL). Period Guard turns the JIT
 * off (`z.config({ jitless: true })` in lib/zod-config.ts), which makes both code paths dead;
 * this plugin removes them from the bundle too, so the built extension holds no eval at all.
 *
 * Each replacement must match exactly once: when a zod update changes the code, the build
 * fails here and someone looks again, rather than eval quietly coming back.
 *
 * Both files are zod's core (`zod/v4/core`), which `zod/mini` (all Period Guard uses) shares
 * with classic zod, so the same replacements hold for it.
 */
const REPLACEMENTS: ReadonlyArray<{ file: RegExp; find: RegExp; replace: string }> = [
  {
    // util.js `allowsEval`: the probe. Jitless answers false before it; so does this.
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    find: /const F = Function;\s*new F\(""\);\s*return true;/,
    replace:
      'return false; // Period Guard: jitless, no eval probe (build-config/zod-without-eval.ts)',
  },
  {
    // doc.js `Doc.compile`: the code generator behind the JIT, never reached when jitless.
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    find: /compile\(\) \{\s*const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);\s*\}/,
    replace:
      'compile() { throw new Error("Period Guard runs zod jitless: no code generation (build-config/zod-without-eval.ts)"); }',
  },
];

/** Applies the replacements to one module's code; throws when an expected one is missing. */
export function removeZodEval(code: string, id: string): string | undefined {
  const mine = REPLACEMENTS.filter((r) => r.file.test(id));
  if (mine.length === 0) return undefined;
  let out = code;
  for (const { find, replace } of mine) {
    const matches = out.match(new RegExp(find.source, 'g'));
    if (matches?.length !== 1) {
      throw new Error(
        `build-config/zod-without-eval.ts: expected one match of ${find} in ${id}, found ${matches?.length ?? 0}; zod changed, check its eval use again`,
      );
    }
    out = out.replace(find, replace);
  }
  return out;
}

export function zodWithoutEval(): Plugin {
  return {
    name: 'period-guard:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      const out = removeZodEval(code, id);
      return out === undefined ? null : { code: out, map: null };
    },
  };
}
