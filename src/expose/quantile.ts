/**
 * The q-quantile (0 < q < 1) of one series' classic buckets as PromQL's histogram_quantile estimates
 * it (linear inside the bucket holding the rank), or null without observations. `counts` holds
 * bounds.length + 1 per-bucket counts from `offset`, the last for +Inf; the first bucket starts at 0.
 * A rank in the +Inf bucket answers the highest finite bound: nothing better is known of it.
 */
export function quantile(bounds: Float64Array, counts: Float64Array, offset: number, q: number): number | null {
  const n = bounds.length + 1;
  let total = 0;
  for (let i = 0; i < n; i++) total += counts[offset + i];
  if (!(total > 0)) return null;
  const rank = q * total;
  let below = 0;
  for (let i = 0; i < n; i++) {
    const c = counts[offset + i];
    if (c > 0 && below + c >= rank) {
      const lo = i === 0 ? Math.min(0, bounds[0]) : bounds[i - 1];
      return i === bounds.length ? lo : lo + (bounds[i] - lo) * ((rank - below) / c);
    }
    below += c;
  }
  return bounds[bounds.length - 1];
}
