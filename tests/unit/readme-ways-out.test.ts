import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verdictHeadline } from '../../lib/resolution/headline';
import { resolutionSteps } from '../../lib/resolution/steps';
import { WAYS_OUT_CASES } from './readme-ways-out-cases';

/** README.md's "Ways out of a closed period" section, up to the next `## ` heading. */
function waysOutSection(): string {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const start = readme.indexOf('## Ways out of a closed period');
  if (start < 0) throw new Error('README.md has no "Ways out of a closed period" section');
  const end = readme.indexOf('\n## ', start + 3);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The Markdown the README shows for one case: what lib/resolution says, word for word. */
function expectedMarkdown(index: number): string {
  const c = WAYS_OUT_CASES[index];
  if (!c) throw new Error(`no case ${index}`);
  const steps = resolutionSteps(c.verdict, c.snapshot).map(
    (step, i) => `${i + 1}. **${step.title}.** ${step.detail}`,
  );
  return [`### ${c.title}`, '', `_${verdictHeadline(c.verdict)}_`, '', ...steps].join('\n');
}

describe('README "Ways out of a closed period"', () => {
  const section = waysOutSection();

  it.each(WAYS_OUT_CASES.map((c, i) => [c.title, i] as const))(
    'says for "%s" what the dialog and popup say',
    (_, index) => {
      // On failure, the expected text is the Markdown to paste into README.md.
      expect(section).toContain(expectedMarkdown(index));
    },
  );

  it('covers every case the README walks through, in order', () => {
    const titles = [...section.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(titles).toEqual(WAYS_OUT_CASES.map((c) => c.title));
  });
});
