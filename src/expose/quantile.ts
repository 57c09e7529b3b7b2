// Quantiles estimated from histogram buckets, as PromQL's histogram_quantile does: find the bucket
// that holds the rank and interpolate linearly inside it, as if its observations were spread evenly.
// A distribution names each bucket's bounds, so classic buckets (one list of upper bounds) and
// native ones (bounds from a schema) answer through the same function.

export interface Distribution {
  /** Buckets in increasing order. */
  readonly n: number;
  /** Bucket i holds observations in (lower(i), upper(i)]; the last upper bound may be +Inf. */
  lower(i: number): number;
  upper(i: number): number;
  /** Observations in bucket i (not cumulative). */
  count(i: number): number;
}

/**
 * Classic buckets: `bounds` are the finite upper bounds, `counts` holds bounds.length + 1 slots
 * (the last is +Inf) from `offset`. The first bucket starts at 0, as durations and sizes do.
 */
export function classicDistribution(bounds: Float64Array, counts: Float64Array, offset: number): Distribution {
  return {
    n: bounds.length + 1,
    lower: (i) => (i === 0 ? Math.min(0, bounds[0]) : bounds[i - 1]),
    upper: (i) => (i < bounds.length ? bounds[i] : Infinity),
    count: (i) => counts[offset + i],
  };
}

/**
 * The q-quantile (0 < q < 1), or null without observations. A rank in the +Inf bucket answers the
 * highest finite bound: nothing better is known of it.
 */
export function quantile(d: Distribution, q: number): number | null {
  let total = 0;
  for (let i = 0; i < d.n; i++) total += d.count(i);
  if (!(total > 0)) return null;
  const rank = q * total;
  let below = 0;
  for (let i = 0; i < d.n; i++) {
    const c = d.count(i);
    if (c > 0 && below + c >= rank) {
      const lo = d.lower(i), hi = d.upper(i);
      if (hi === Infinity) return lo;
      return lo + (hi - lo) * ((rank - below) / c);
    }
    below += c;
  }
  return d.upper(d.n - 2);
}
