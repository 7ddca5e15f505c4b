import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * axe cannot measure colour contrast without layout (happy-dom), so the theme's colour pairs are
 * checked here against WCAG 2.2 AA: 4.5:1 for text, 3:1 for focus rings and borders that carry
 * meaning. A token changed to a weaker colour fails this test, in light and dark.
 */

const css = readFileSync(join(process.cwd(), 'components/theme.css'), 'utf8');

function tokens(block: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of block.matchAll(/(--pg-[a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)) {
    found[match[1] as string] = (match[2] as string).toLowerCase();
  }
  return found;
}

const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const light = tokens(css.slice(0, darkStart));
const darkBlockStart = css.indexOf('{', css.indexOf('{', darkStart) + 1);
const dark = { ...light, ...tokens(css.slice(darkBlockStart, css.indexOf('}', darkBlockStart))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT_PAIRS: [string, string][] = [
  ['--pg-text', '--pg-bg'],
  ['--pg-text', '--pg-surface'],
  ['--pg-muted', '--pg-bg'],
  ['--pg-muted', '--pg-surface'],
  ['--pg-on-accent', '--pg-accent'],
  ['--pg-on-danger', '--pg-danger'],
  ['--pg-open-text', '--pg-open-bg'],
  ['--pg-soon-text', '--pg-soon-bg'],
  ['--pg-closed-text', '--pg-closed-bg'],
  ['--pg-locked-text', '--pg-locked-bg'],
  ['--pg-unknown-text', '--pg-unknown-bg'],
  ['--pg-closed-text', '--pg-bg'],
  ['--pg-closed-text', '--pg-surface'],
  ['--pg-open-text', '--pg-bg'],
];

const NON_TEXT_PAIRS: [string, string][] = [
  ['--pg-focus', '--pg-bg'],
  ['--pg-focus', '--pg-surface'],
  ['--pg-accent', '--pg-bg'],
  ['--pg-soon-text', '--pg-bg'],
  ['--pg-danger', '--pg-bg'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('theme colours (%s)', (_scheme, theme) => {
  it('defines every token the pairs use', () => {
    for (const [fg, bg] of [...TEXT_PAIRS, ...NON_TEXT_PAIRS]) {
      expect(theme[fg], fg).toMatch(/^#/);
      expect(theme[bg], bg).toMatch(/^#/);
    }
  });

  it.each(TEXT_PAIRS)('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrast(theme[fg] as string, theme[bg] as string)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(NON_TEXT_PAIRS)('%s on %s reaches 3:1', (fg, bg) => {
    expect(contrast(theme[fg] as string, theme[bg] as string)).toBeGreaterThanOrEqual(3);
  });
});

it('dark mode really overrides the light colours', () => {
  expect(dark['--pg-bg']).not.toBe(light['--pg-bg']);
  expect(dark['--pg-text']).not.toBe(light['--pg-text']);
});
