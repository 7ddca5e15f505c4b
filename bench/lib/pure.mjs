import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleScript } from './bundle-script.mjs';

function testsOf(report) {
  return report.testResults.flatMap((file) => file.assertionResults);
}

function taskOf(test, name) {
  return test?.benchmarks?.flatMap((b) => b.tasks).find((t) => t.name === name) ?? null;
}

/**
 * Bundles bench/pure/entry.ts as production code, runs bench/pure.bench.ts (`vitest bench`)
 * on that bundle and reads its JSON report: verdicts per second, the 10,000-row CSV import,
 * and reading each fixture page shape. Each figure twice: median CPU time (what the budgets
 * use; bench/cpu-time.ts says why) and tinybench's median wall time (p50).
 */
export async function runPureBench(root) {
  const dir = mkdtempSync(join(tmpdir(), 'period-guard-pure-'));
  const reportFile = join(dir, 'pure.json');
  // Inside the project: vitest's module runner does not import files from outside its root.
  const cache = join(root, 'node_modules/.cache/period-guard-bench');
  mkdirSync(cache, { recursive: true });
  const bundleDir = mkdtempSync(join(cache, 'pure-'));
  try {
    const bundle = await bundleScript({
      root,
      entry: join(root, 'bench/pure/entry.ts'),
      outDir: bundleDir,
      fileName: 'pure.mjs',
      format: 'es',
    });
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
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, NO_COLOR: '1', PERIOD_GUARD_PURE_BUNDLE: bundle },
      },
    );
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    const tests = testsOf(report);
    const failed = tests.filter((t) => t.status !== 'passed');
    if (run.status !== 0 || failed.length > 0) {
      const why = [
        ...report.testResults.map((file) => file.message).filter(Boolean),
        ...failed.map((t) => `${t.title}: ${t.failureMessages.join(' ')}`),
      ].join('\n');
      throw new Error(`vitest bench failed (exit ${run.status})\n${why}`);
    }
    const find = (prefix) => tests.find((t) => t.title.startsWith(prefix));

    const verdictTest = find('verdictFor');
    const verdict = taskOf(verdictTest, 'verdictFor');
    const batch = verdictTest.meta.bench.batch;
    const csvTest = find('importCalendarText');
    const csv = taskOf(csvTest, 'importCalendarText');
    const readTest = find('readInvoice');
    const shapes = readTest.meta.bench.shapes;

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
      readInvoice: {
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
    rmSync(bundleDir, { recursive: true, force: true });
  }
}
