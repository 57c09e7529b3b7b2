// A histogram series' count read straight from the store's slots: the tests' oracle for the counts
// a scrape copy computes (store/histogram.ts keeps no count, only 32-bit slots and their wraps).
import type { Histogram } from "../../src/store/histogram.ts";

export function histogramCount(h: Histogram, id: number): number {
  if (id >= h.capacity) return 0;
  let n = 0;
  for (let k = id * h.stride; k < (id + 1) * h.stride; k++) n += h.buckets[k] + (h.wraps.get(k) ?? 0) * 2 ** 32;
  return n;
}
