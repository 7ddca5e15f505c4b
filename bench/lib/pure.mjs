import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function testsOf(report) {
  return report.testResults.flatMap((file) => file.assertionResults);
}

function taskOf(test, name) {
  return test?.benchmarks?.flatMap((b) => b.tasks).find((t) => t.name === name) ?? null;
}

/**
 * Runs bench/pure.bench.ts (`vitest bench`) and reads its JSON report: verdicts per second,
 * the 10,000-row CSV import, and reading each fixture page shape. Figures come from each
 * benchmark's median sample (p50): on a busy machine the mean is the first thing to move.
 */
export function runPureBench(root) {
  const dir = mkdtempSync(join(tmpdir(), 'period-guard-pure-'));
  const reportFile = join(dir, 'pure.json');
  try {
    const run = spawnSync(
      'npx',
      [
        'vitest',
        'bench',
        '--run',
        '--config',
        'bench/vitest.bench.config.ts',
        '--reporter=json',
        `--outputFile=${reportFile}`,
      ],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NO_COLOR: '1' } },
    );
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    const tests = testsOf(report);
    const failed = tests.filter((t) => t.status !== 'passed');
    if (run.status !== 0 || failed.length > 0) {
      const why = failed.map((t) => `${t.title}: ${t.failureMessages.join(' ')}`).join('\n');
      throw new Error(`vitest bench failed (exit ${run.status})\n${why}`);
    }
    const find = (prefix) => tests.find((t) => t.title.startsWith(prefix));

    const verdictTest = find('verdictFor');
    const verdict = taskOf(verdictTest, 'verdictFor');
    const batch = verdictTest.meta.bench.batch;
    const csvTest = find('importCalendarText');
    const csv = taskOf(csvTest, 'importCalendarText');
    const readTest = find('readInvoice');
    const shapes = readTest.meta.bench?.shapes ?? {};

    return {
      verdicts: {
        perSecond: (batch * 1000) / verdict.latency.p50,
        perSecondMean: (batch * 1000) / verdict.latency.mean,
        ...verdictTest.meta.bench,
      },
      csvImport: {
        ms: csv.latency.p50,
        meanMs: csv.latency.mean,
        samples: csv.latency.samplesCount,
        ...csvTest.meta.bench,
      },
      readInvoice: readTest.meta.bench?.notAvailable
        ? { available: false, reason: readTest.meta.bench.notAvailable }
        : {
            available: true,
            shapes: Object.fromEntries(
              Object.entries(shapes).map(([name, read]) => {
                const task = taskOf(readTest, `readInvoice ${name}`);
                return [
                  name,
                  { ms: task.latency.p50, perSecond: 1000 / task.latency.p50, ...read },
                ];
              }),
            ),
          },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
