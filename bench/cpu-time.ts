/**
 * CPU time per call, for the pure-function bench. Vitest's bench (tinybench) times the wall
 * clock, and on a shared machine (this project's has two cores and often other work) wall
 * time also counts the moments the process waited for a core: figures moved 3× between two
 * runs of the same code. The process's CPU time does not. It includes V8's helper threads
 * (garbage collection), so if anything it overstates the cost.
 */

function cpuNowMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function cpuMsFor(fn: () => unknown, iterations: number): number {
  const start = cpuNowMs();
  for (let i = 0; i < iterations; i++) fn();
  return cpuNowMs() - start;
}

/** Median CPU milliseconds per call of `fn`, over `samples` samples of ≥ `sampleMs` each. */
export function cpuMsPerCall(fn: () => unknown, samples = 15, sampleMs = 50): number {
  let iterations = 1;
  // Warm up (the JIT) while finding how many calls fill a sample.
  while (cpuMsFor(fn, iterations) < sampleMs) iterations *= 2;
  const perCall = Array.from({ length: samples }, () => cpuMsFor(fn, iterations) / iterations);
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(samples / 2)] as number;
}
