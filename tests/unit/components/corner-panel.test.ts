import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The banner and the list summary are the same fixed panel in the page's corner: one rule,
 * `.pg-corner`, places and frames both, so neither can drift from the other. Read from the
 * overlay's stylesheets themselves.
 */
const OVERLAY_CSS = 'components/overlay';

/** Every rule of the overlay's stylesheets that fixes an element on the screen. */
function fixedRules(): string[] {
  return readdirSync(OVERLAY_CSS)
    .filter((file) => file.endsWith('.css'))
    .flatMap((file) => {
      const css = readFileSync(join(OVERLAY_CSS, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/@import[^;]*;/g, '');
      return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
        .filter(([, , body = '']) => /(?:^|;)\s*position:\s*fixed/.test(body))
        .map(([, selector = '']) => selector.trim());
    });
}

describe('the overlay’s corner panel', () => {
  it('is placed by one rule for the banner and the list summary alike', () => {
    expect(fixedRules().sort()).toEqual(['.pg-backdrop', '.pg-corner', '.pg-pick-outline']);
  });
});
