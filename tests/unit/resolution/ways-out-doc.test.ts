import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verdictHeadline } from '../../../lib/resolution/headline';
import { resolutionSteps } from '../../../lib/resolution/steps';
import { WAYS_OUT_CASES } from './ways-out-cases';

/** docs/ways-out.md: its cases, each under a `## ` heading. */
function waysOutSection(): string {
  return readFileSync(join(__dirname, '../../../docs/ways-out.md'), 'utf8');
}

/** The Markdown the page shows for one case: what lib/resolution says, word for word. */
function expectedMarkdown(index: number): string {
  const c = WAYS_OUT_CASES[index];
  if (!c) throw new Error(`no case ${index}`);
  const steps = resolutionSteps(c.verdict, c.snapshot).map(
    (step, i) => `${i + 1}. **${step.title}.** ${step.detail}`,
  );
  return [`## ${c.title}`, '', `_${verdictHeadline(c.verdict)}_`, '', ...steps].join('\n');
}

describe('docs/ways-out.md', () => {
  const section = waysOutSection();

  it.each(WAYS_OUT_CASES.map((c, i) => [c.title, i] as const))(
    'says for "%s" what the dialog and popup say',
    (_, index) => {
      // On failure, the expected text is the Markdown to paste into docs/ways-out.md.
      expect(section).toContain(expectedMarkdown(index));
    },
  );

  it('covers every case the page walks through, in order', () => {
    const titles = [...section.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(titles).toEqual(WAYS_OUT_CASES.map((c) => c.title));
  });
});
