/** Small, exact statistics for bench samples (no interpolation surprises with 10 samples). */

/** Median of the finite numbers in `values`; `null` when there are none. */
export function median(values) {
  return quantile(values, 0.5);
}

/**
 * The `q` quantile (0..1) by linear interpolation between closest ranks; `null` when empty.
 * Non-finite values (a timed-out sample recorded as null) are left out.
 */
export function quantile(values, q) {
  const sorted = values
    .filter((v) => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower];
  const high = sorted[upper];
  return low + (high - low) * (position - lower);
}

/** Largest finite value, or `null`. */
export function max(values) {
  const finite = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return finite.length === 0 ? null : Math.max(...finite);
}

/** `a - b`, or `null` when either is unknown. */
export function delta(a, b) {
  return a === null || b === null ? null : a - b;
}

/** `a / b`, or `null` when either is unknown or `b` is zero. */
export function ratio(a, b) {
  return a === null || b === null || b === 0 ? null : a / b;
}
