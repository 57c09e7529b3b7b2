// Histograms as flat typed arrays: per series, one slot per finite bound plus +Inf (not cumulative;
// exposition accumulates) and a sum. Snapshots use the same write barrier as vectors (vector.ts).
//
// Bucket counts are the bulk of a series' memory, so they are 32-bit: a slot that passes 2^32 starts
// again at 0 and notes the wrap in a side map, which every copy adds back, so counts stay exact and never
// go down. A series' count is not stored: every observation lands in exactly one slot, so copies sum them.
// Native (exponential) buckets, when kept (native-histogram.ts), are updated and copied alongside.
import {
  clearNative, copyNativeSeries, type NativeCopy, type NativeHistogram, type NativeSettings, newNativeCopy, newNativeHistogram, observeNative,
} from "./native-histogram.ts";
import { CHUNK, copyUnsaved, grown, grownCapacity } from "./vector.ts";

export interface Histogram {
  /** Finite upper bounds, strictly increasing; `le` is inclusive. */
  readonly bounds: Float64Array;
  /** bounds.length + 1: the last slot of each series is +Inf. */
  readonly stride: number;
  /** Per series and slot: observations modulo 2^32. */
  buckets: Uint32Array;
  /** Slot index → times its count wrapped past 2^32 (each wrap is worth 2^32). */
  readonly wraps: Map<number, number>;
  sums: Float64Array;
  capacity: number;
  /** Native buckets beside the classic ones, or null when the family has none. */
  readonly native: NativeHistogram | null;
  cow: HistogramCopy | null;
}

export interface HistogramCopy {
  /** Series below `counts.length` as they were at the snapshot's instant. */
  readonly buckets: Float64Array;
  readonly sums: Float64Array;
  readonly counts: Float64Array;
  readonly saved: Uint8Array;
  /** The native buckets at the same instant (null without a native part). */
  readonly native: NativeCopy | null;
  done: number;
}

/** `capacity`: series with room before the first growth (0: no bucket storage until the first observation). */
export function newHistogram(bounds: readonly number[], native: NativeSettings | null = null, capacity = CHUNK): Histogram {
  for (let i = 1; i < bounds.length; i++) {
    if (!(bounds[i] > bounds[i - 1])) throw new Error(`histogram bounds must increase: ${bounds.join(", ")}`);
  }
  const stride = bounds.length + 1;
  return {
    bounds: Float64Array.from(bounds),
    stride,
    buckets: new Uint32Array(capacity * stride),
    wraps: new Map(),
    sums: new Float64Array(capacity),
    capacity,
    native: native !== null ? newNativeHistogram(native) : null,
    cow: null,
  };
}

/** Adds one observation; returns its classic bucket index. NaN lands in +Inf and no native bucket (as the Go client). */
export function observe(h: Histogram, id: number, v: number): number {
  if (h.cow !== null) save(h, h.cow, id);
  if (id >= h.capacity) growHistogram(h, id + 1);
  const b = h.bounds;
  const n = b.length;
  // A linear scan beats binary search for the dozen bounds histograms have.
  let i = 0;
  while (i < n && !(v <= b[i])) i++;
  const k = id * h.stride + i;
  const c = h.buckets[k] + 1;
  if (c === WRAP) wrap(h, k);
  else h.buckets[k] = c;
  h.sums[id] += v;
  if (h.native !== null) observeNative(h.native, id, v);
  return i;
}

const WRAP = 2 ** 32;

function wrap(h: Histogram, k: number): void {
  h.buckets[k] = 0;
  h.wraps.set(k, (h.wraps.get(k) ?? 0) + 1);
}

export function histogramClear(h: Histogram, id: number): void {
  if (h.cow !== null) save(h, h.cow, id);
  if (id >= h.capacity) return;
  h.buckets.fill(0, id * h.stride, (id + 1) * h.stride);
  if (h.wraps.size > 0) for (let k = id * h.stride; k < (id + 1) * h.stride; k++) h.wraps.delete(k);
  h.sums[id] = 0;
  if (h.native !== null) clearNative(h.native, id);
}

function growHistogram(h: Histogram, need: number): void {
  const cap = grownCapacity(h.capacity, need);
  h.buckets = grown(h.buckets, new Uint32Array(cap * h.stride));
  h.sums = grown(h.sums, new Float64Array(cap));
  h.capacity = cap;
}

function save(h: Histogram, c: HistogramCopy, id: number): void {
  if (id < c.done || id >= c.counts.length || c.saved[id] !== 0) return;
  copyRange(h, c, id, id + 1);
  c.saved[id] = 1;
}

function newCopy(h: Histogram, n: number): HistogramCopy {
  const m = Math.min(n, h.capacity);
  return {
    buckets: new Float64Array(m * h.stride), sums: new Float64Array(m), counts: new Float64Array(m), saved: new Uint8Array(m),
    native: h.native !== null ? newNativeCopy(h.native, m) : null, done: 0,
  };
}

/** Copies the series in [from, to) no write has saved yet: wraps added back, counts summed. */
function copyRange(h: Histogram, c: HistogramCopy, from: number, to: number): void {
  const s = h.stride;
  copyUnsaved(c.saved, from, to, s, h.buckets, c.buckets);
  copyUnsaved(c.saved, from, to, 1, h.sums, c.sums);
  if (h.wraps.size > 0) {
    for (const [k, w] of h.wraps) {
      const id = Math.floor(k / s);
      if (id >= from && id < to && c.saved[id] === 0) c.buckets[k] += w * WRAP;
    }
  }
  for (let id = from; id < to; id++) {
    let n = 0;
    for (let k = id * s; k < (id + 1) * s; k++) n += c.buckets[k];
    c.counts[id] = n;
    if (c.native !== null && c.saved[id] === 0) copyNativeSeries(h.native!, c.native, id);
  }
}

/** Starts copying series `0 <= id < n` in steps; throws if a copy is already under way. */
export function beginHistogramCopy(h: Histogram, n: number): void {
  if (h.cow !== null) throw new Error("histogram copy already in progress");
  h.cow = newCopy(h, n);
}

export function stepHistogramCopy(h: Histogram, to: number): void {
  const c = h.cow!;
  const end = Math.min(to, c.counts.length);
  if (end <= c.done) return;
  copyRange(h, c, c.done, end);
  c.done = end;
}

export function endHistogramCopy(h: Histogram): HistogramCopy {
  stepHistogramCopy(h, Infinity);
  const c = h.cow!;
  h.cow = null;
  return c;
}

/** The numbers of series `0 <= id < n` at once, for a render that ends before any write can come. */
export function copyHistogram(h: Histogram, n: number): HistogramCopy {
  const c = newCopy(h, n);
  copyRange(h, c, 0, c.counts.length);
  return c;
}
