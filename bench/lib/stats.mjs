// Small statistics for the bench: percentiles, means and ratios over samples in milliseconds.

/** The q-quantile (0..1) of the samples, by linear interpolation between the nearest ranks. */
export function quantile(samples, q) {
  if (samples.length === 0) throw new Error('quantile: no samples were taken');
  const sorted = [...samples].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

export const median = (samples) => quantile(samples, 0.5);

export function mean(samples) {
  if (samples.length === 0) throw new Error('mean: no samples were taken');
  return samples.reduce((s, x) => s + x, 0) / samples.length;
}

/** p50, p90 and mean of one series, rounded for the table. */
export function summarize(samples) {
  return { n: samples.length, p50: quantile(samples, 0.5), p90: quantile(samples, 0.9), mean: mean(samples) };
}

/** Rounds to `digits` decimals, keeping the JSON free of float noise. */
export const round = (x, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
