import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findUnsafeSinks } from '../../support/unsafe-sinks';

/*
 * Security by construction: none of our code turns text into markup or code.
 * The host page is untrusted and calendar files come from anywhere; with no such sink in
 * the extension, neither can become script (textContent and React's escaping only).
 * Biome covers part of this too (biome.json: noDangerouslySetInnerHtml, noGlobalEval,
 * noImpliedEval, …); it has no rule for innerHTML, so this test is the one that counts.
 */

const SOURCE_DIRS = ['entrypoints', 'components', 'lib'];

function sourceFiles(): string[] {
  return SOURCE_DIRS.filter((dir) => existsSync(dir)).flatMap((dir) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => /\.(ts|tsx|mts)$/.test(file))
      .map((file) => join(dir, file)),
  );
}

function htmlFiles(): string[] {
  return readdirSync('entrypoints', { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'))
    .map((file) => join('entrypoints', file));
}

describe('no unsafe sinks in our code', () => {
  it('finds none in entrypoints/, components/ and lib/', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) =>
      findUnsafeSinks(file, readFileSync(file, 'utf8')).map((s) => `${file}:${s.line} ${s.what}`),
    );
    expect(found).toEqual([]);
  });

  it('extension pages load scripts from files only: no inline script or handler', () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      for (const script of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
        expect(script[0], file).toMatch(/\bsrc=/);
        expect(script[1]?.trim(), file).toBe('');
      }
      expect(html, file).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, file).not.toMatch(/javascript:/i);
    }
  });
});

describe('the sink finder', () => {
  it.each([
    ['el.innerHTML = text;', 'innerHTML'],
    ["el['outerHTML'] = text;", 'outerHTML'],
    ["el.insertAdjacentHTML('beforeend', text);", 'insertAdjacentHTML'],
    ['Object.assign(el, { innerHTML: text });', 'innerHTML'],
    ['document.write(text);', 'document.write'],
    ['window.document.writeln(text);', 'document.writeln'],
    ['eval(text);', 'eval(…)'],
    ['globalThis.eval(text);', 'eval(…)'],
    ["const f = new Function('a', text);", 'new Function'],
    ["const f = Function('return 1');", 'Function(…)'],
    ["setTimeout('run()', 10);", 'setTimeout with a string'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
    ['window.setInterval(`tick(${n})`, 10);', 'setInterval with a string'],
    ["ctx.setTimeout('a' + b, 1);", 'setTimeout with a string'],
    ['range.createContextualFragment(text);', 'createContextualFragment'],
    ['iframe.srcdoc = text;', 'srcdoc'],
  ])('finds %s', (source, what) => {
    expect(findUnsafeSinks('probe.ts', source).map((s) => s.what)).toEqual([what]);
  });

  it('finds dangerouslySetInnerHTML in JSX, also spread from an object', () => {
    const jsx = 'const a = <div dangerouslySetInnerHTML={{ __html: t }} />;';
    const spread =
      'const p = { dangerouslySetInnerHTML: { __html: t } }; const b = <div {...p} />;';
    expect(findUnsafeSinks('probe.tsx', jsx)).toEqual([
      { line: 1, what: 'dangerouslySetInnerHTML' },
    ]);
    expect(findUnsafeSinks('probe.tsx', spread)).toHaveLength(1);
  });

  it('leaves safe code, comments and strings alone', () => {
    const safe = [
      '// never use innerHTML or eval( here; document.write is banned',
      "const note = 'no innerHTML, no new Function';",
      'el.textContent = text;',
      'setTimeout(() => run(), 10);',
      'ctx.setInterval(tick, 1000);',
      'const evaluate = (x: number) => x;',
      'writer.write(chunk);',
    ].join('\n');
    expect(findUnsafeSinks('probe.ts', safe)).toEqual([]);
  });
});
