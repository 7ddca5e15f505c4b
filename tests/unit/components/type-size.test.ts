import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Type sizes in every stylesheet of the overlay, popup and settings page: nothing smaller
 * than 12 px (table headers, pills and the year strip's "today" were 11 and 12 px once), and
 * the text people read on every surface at least 13 px. Read from the CSS itself, so a new
 * rule with a small size fails here before anyone squints at it.
 */

const SMALLEST_PX = 12;
const SMALLEST_BODY_PX = 13;
/** The root rule of each surface (theme.css): what running text inherits. */
const SURFACE_ROOTS = ['.pg-surface', '.pg-corner', '.pg-backdrop'];

function cssFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFilesUnder(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

interface SizeRule {
  file: string;
  selector: string;
  declaration: string;
  /** The size in CSS pixels (1rem = 1em = 16 px, the browsers' default). */
  px: number | null;
}

/** A font size in px, or null for keywords and relative sizes such as `inherit` or `smaller`. */
function toPx(value: string): number | null {
  const match = /^(\d*\.?\d+)(px|rem|em|pt)$/.exec(value.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  const perUnit = { px: 1, rem: 16, em: 16, pt: 4 / 3 }[match[2] as 'px' | 'rem' | 'em' | 'pt'];
  return amount * perUnit;
}

/** Every `font-size` and sized `font` shorthand, with the selector of the rule it sits in. */
function sizeRules(file: string): SizeRule[] {
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: SizeRule[] = [];
  for (const [, selector = '', body = ''] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    for (const declaration of body.split(';')) {
      const [property = '', ...rest] = declaration.split(':');
      const value = rest.join(':').trim();
      const name = property.trim();
      if (name === 'font-size') {
        rules.push({
          file,
          selector: selector.trim(),
          declaration: declaration.trim(),
          px: toPx(value),
        });
      } else if (name === 'font') {
        // The shorthand's size is the token before the family (`700 13px/1.4 system-ui`).
        const size = /(?:^|\s)(\d*\.?\d+(?:px|rem|em|pt))(?:\/|\s)/.exec(value)?.[1];
        if (size)
          rules.push({
            file,
            selector: selector.trim(),
            declaration: declaration.trim(),
            px: toPx(size),
          });
      }
    }
  }
  return rules;
}

const rules = cssFilesUnder('components').flatMap(sizeRules);

describe('type sizes in components/**/*.css', () => {
  it('finds the stylesheets and their sizes (the parser reads something)', () => {
    expect(rules.length).toBeGreaterThan(10);
  });

  it(`sets no text below ${SMALLEST_PX} px`, () => {
    const tooSmall = rules
      .filter((rule) => rule.px !== null && rule.px < SMALLEST_PX)
      .map((rule) => `${rule.file}: ${rule.selector} { ${rule.declaration} }`);
    expect(tooSmall).toEqual([]);
  });

  it(`sets no size in em or % on small text, which could compound below ${SMALLEST_PX} px`, () => {
    const relative = rules.filter((rule) =>
      /font(?:-size)?:\s*\d*\.?\d+(?:em|%)/.test(rule.declaration),
    );
    expect(relative.map((rule) => `${rule.file}: ${rule.selector}`)).toEqual([]);
  });

  it(`gives running text on every surface at least ${SMALLEST_BODY_PX} px`, () => {
    for (const root of SURFACE_ROOTS) {
      const sizes = rules.filter((rule) =>
        rule.selector
          .split(',')
          .map((s) => s.trim())
          .includes(root),
      );
      expect(sizes.length, root).toBeGreaterThan(0);
      for (const rule of sizes)
        expect(rule.px, `${root}: ${rule.declaration}`).toBeGreaterThanOrEqual(SMALLEST_BODY_PX);
    }
  });

  it(`keeps table cells, pills and the year strip at least ${SMALLEST_BODY_PX} px`, () => {
    const readAtAGlance = rules.filter((rule) =>
      /\.pg-(?:table|tag|status|month)/.test(rule.selector),
    );
    expect(readAtAGlance.length).toBeGreaterThan(0);
    const small = readAtAGlance
      .filter((rule) => rule.px !== null && rule.px < SMALLEST_BODY_PX)
      .map((rule) => `${rule.file}: ${rule.selector} { ${rule.declaration} }`);
    expect(small).toEqual([]);
  });
});
