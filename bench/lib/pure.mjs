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
 * the 10,000-row CSV import, and reading each fixture page shape. Each figure twice: median
 * CPU time (what the budgets use; bench/cpu-time.ts says why) and tinybench's median wall
 * time (p50).
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
        perSecond: (batch * 1000) / verdictTest.meta.bench.cpuMsPerBatch,
        perSecondWall: (batch * 1000) / verdict.latency.p50,
        ...verdictTest.meta.bench,
      },
      csvImport: {
        ms: csvTest.meta.bench.cpuMs,
        wallMs: csv.latency.p50,
        ...csvTest.meta.bench,
      },
      readInvoice: readTest.meta.bench?.notAvailable
        ? { available: false, reason: readTest.meta.bench.notAvailable }
        : {
            available: true,
            shapes: Object.fromEntries(
              Object.entries(shapes).map(([name, read]) => {
                const task = taskOf(readTest, `readInvoice ${name}`);
                return [name, { ...read, ms: read.cpuMs, wallMs: task.latency.p50 }];
              }),
            ),
          },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
