/** Small, exact statistics for bench samples (no interpolation surprises with 10 samples). */

/** The finite numbers of `values` (a timed-out sample is recorded as null), ascending. */
function finiteSorted(values) {
  return values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
}

/** Median of the finite numbers in `values`; `null` when there are none. */
export function median(values) {
  return quantile(values, 0.5);
}

/**
 * The `q` quantile (0..1) by linear interpolation between closest ranks; `null` when empty.
 * Non-finite values (a timed-out sample recorded as null) are left out.
 */
export function quantile(values, q) {
  const sorted = finiteSorted(values);
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower];
  const high = sorted[upper];
  return low + (high - low) * (position - lower);
}

/**
 * A distribution-free confidence interval for the median of the population `values` were
 * drawn from: the k-th smallest and k-th largest value, with k the largest rank such that the
 * interval covers the median with at least `confidence` (exact binomial tail, p = ½). With 10
 * samples and 95 %, that is the 2nd and 9th (coverage 97.9 %). `null` when there are too few
 * samples for any interval to reach `confidence` (fewer than 6 at 95 %).
 */
export function medianInterval(values, confidence = 0.95) {
  const sorted = finiteSorted(values);
  const n = sorted.length;
  // P(X < k) for X ~ Binomial(n, ½); the interval [x(k), x(n-k+1)] misses the median with
  // probability 2·P(X < k).
  let below = 0;
  let k = 0;
  for (let rank = 1; rank <= n; rank++) {
    const next = below + binomialHalf(n, rank - 1);
    if (2 * next > 1 - confidence) break;
    below = next;
    k = rank;
  }
  if (k === 0) return null;
  return { low: sorted[k - 1], high: sorted[n - k], coverage: 1 - 2 * below };
}

/** P(X = i) for X ~ Binomial(n, ½). */
function binomialHalf(n, i) {
  let choose = 1;
  for (let j = 1; j <= i; j++) choose = (choose * (n - i + j)) / j;
  return choose / 2 ** n;
}

/** Largest finite value, or `null`. */
export function max(values) {
  const sorted = finiteSorted(values);
  return sorted.length === 0 ? null : (sorted.at(-1) ?? null);
}

/** `a - b`, or `null` when either is unknown. */
export function delta(a, b) {
  return a === null || b === null ? null : a - b;
}

/** `a / b`, or `null` when either is unknown or `b` is zero. */
export function ratio(a, b) {
  return a === null || b === null || b === 0 ? null : a / b;
}

/**
 * Two sides measured in pairs (sample i of each side seconds apart, same page, same machine
 * load): both medians, their ratio, and the added cost as the median of the paired
 * differences, with its 95 % interval (`medianInterval`), so a miss can be told from noise.
 */
export function pairedComparison(withValues, withoutValues) {
  const withMedian = median(withValues);
  const withoutMedian = median(withoutValues);
  const differences = withValues.map((value, i) => delta(value ?? null, withoutValues[i] ?? null));
  return {
    with: withMedian,
    without: withoutMedian,
    added: median(differences),
    addedInterval: medianInterval(differences),
    addedOfMedians: delta(withMedian, withoutMedian),
    ratio: ratio(withMedian, withoutMedian),
    pairs: differences.filter((d) => d !== null).length,
  };
}

/** Median of one side's samples, its 95 % interval, and how many samples it rests on. */
export function summarize(values) {
  const finite = finiteSorted(values);
  return { median: median(finite), interval: medianInterval(finite), n: finite.length };
}

/**
 * The order the sides of run `i` are measured in: each run starts one side later, and every
 * other cycle runs backwards, so over 2·k runs each of k sides is measured in each place as
 * often as any other (with two sides: AB, BA, BA, AB, …), and none always follows a given one.
 */
export function runOrder(sides, i) {
  const k = sides.length;
  const shift = i % k;
  const order = [...sides.slice(shift), ...sides.slice(0, shift)];
  return Math.floor(i / k) % 2 === 1 ? order.reverse() : order;
}
