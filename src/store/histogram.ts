// Histograms as flat typed arrays: per series, one slot per finite bound plus +Inf (not cumulative;
// exposition accumulates), a sum and a count.

export interface Histogram {
  /** Finite upper bounds, strictly increasing; `le` is inclusive. */
  readonly bounds: Float64Array;
  /** bounds.length + 1: the last slot of each series is +Inf. */
  readonly stride: number;
  buckets: Float64Array;
  sums: Float64Array;
  counts: Float64Array;
  capacity: number;
}

const CHUNK = 1024;

export function newHistogram(bounds: readonly number[]): Histogram {
  for (let i = 1; i < bounds.length; i++) {
    if (!(bounds[i] > bounds[i - 1])) throw new Error(`histogram bounds must increase: ${bounds.join(", ")}`);
  }
  const stride = bounds.length + 1;
  return {
    bounds: Float64Array.from(bounds),
    stride,
    buckets: new Float64Array(CHUNK * stride),
    sums: new Float64Array(CHUNK),
    counts: new Float64Array(CHUNK),
    capacity: CHUNK,
  };
}

/** Adds one observation and returns its (non-cumulative) bucket index. `v` must be a finite number. */
export function observe(h: Histogram, id: number, v: number): number {
  if (id >= h.capacity) growHistogram(h, id + 1);
  const b = h.bounds;
  const n = b.length;
  // A linear scan beats binary search for the dozen bounds histograms have.
  let i = 0;
  while (i < n && v > b[i]) i++;
  h.buckets[id * h.stride + i]++;
  h.sums[id] += v;
  h.counts[id]++;
  return i;
}

export function histogramCount(h: Histogram, id: number): number {
  return id < h.capacity ? h.counts[id] : 0;
}

export function histogramClear(h: Histogram, id: number): void {
  if (id >= h.capacity) return;
  h.buckets.fill(0, id * h.stride, (id + 1) * h.stride);
  h.sums[id] = 0;
  h.counts[id] = 0;
}

function growHistogram(h: Histogram, need: number): void {
  const cap = Math.max(need + CHUNK, h.capacity * 2);
  const buckets = new Float64Array(cap * h.stride);
  buckets.set(h.buckets);
  const sums = new Float64Array(cap);
  sums.set(h.sums);
  const counts = new Float64Array(cap);
  counts.set(h.counts);
  h.buckets = buckets;
  h.sums = sums;
  h.counts = counts;
  h.capacity = cap;
}
