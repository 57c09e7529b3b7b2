// Quantiles from classic buckets, as PromQL's histogram_quantile estimates them.
import { expect, test } from "bun:test";
import { quantile } from "../src/expose/quantile.ts";

const bounds = Float64Array.from([0.1, 0.5, 1]);
const q = (counts: number[], rank: number, offset = 0) => quantile(bounds, Float64Array.from(counts), offset, rank);

test("linear inside the bucket that holds the rank; the first bucket starts at 0", () => {
  // 10 in (0, 0.1], 30 in (0.1, 0.5], 60 in (0.5, 1]: rank 50 is the 10th of 60 in the third.
  expect(q([10, 30, 60, 0], 0.5)).toBeCloseTo(0.5 + 0.5 * (10 / 60), 12);
  expect(q([10, 30, 60, 0], 0.05)).toBeCloseTo(0.05, 12);
  expect(q([10, 30, 60, 0], 0.4)).toBeCloseTo(0.5, 12);
});

test("a rank in +Inf answers the highest finite bound; no observations answer null", () => {
  expect(q([1, 0, 0, 9], 0.99)).toBe(1);
  expect(q([0, 0, 0, 0], 0.5)).toBeNull();
});

test("reads one series' slots from an offset", () => {
  expect(q([5, 5, 5, 5, 0, 4, 0, 0], 0.5, 4)).toBeCloseTo(0.1 + 0.4 * (2 / 4), 12);
});
