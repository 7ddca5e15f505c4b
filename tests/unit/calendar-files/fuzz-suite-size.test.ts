import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILLERS } from '../../support/fuzz/big-files';
import { FUZZ_RUNS, type FuzzTarget } from '../../support/fuzz/runs';

/** Properties that run once per big-file filler (fuzz-import-extremes.test.ts). */
const PER_FILLER: ReadonlySet<FuzzTarget> = new Set(['extremes: near the size cap, per filler']);

function casesOf(target: FuzzTarget): number {
  return FUZZ_RUNS[target] * (PER_FILLER.has(target) ? Object.keys(FILLERS).length : 1);
}

describe('the fuzz suite', () => {
  it('runs at least 10,000 generated cases', () => {
    const total = (Object.keys(FUZZ_RUNS) as FuzzTarget[]).reduce((sum, t) => sum + casesOf(t), 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
  });

  it('uses every entry of the count table, so the table is what runs', () => {
    const dir = 'tests/unit';
    const sources = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((name) => /(^|\/)fuzz-.*\.test\.ts$/.test(name))
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join('\n');
    for (const target of Object.keys(FUZZ_RUNS)) {
      expect(sources, target).toContain(`runs('${target}')`);
    }
    // Every property takes its count from the table: no numRuns written in place.
    expect(sources).not.toMatch(/numRuns:\s*\d/);
  });
});
