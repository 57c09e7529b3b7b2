// Run by the memory section in a fresh process: `bun bench/memory-child.ts <ours|prom> <tuples>`.
// Prints one JSON line: resident and heap growth after N live tuples, measured after full GCs.
import { heapStats } from "bun:jsc";
import { newPromGateway } from "./lib/naive.ts";
import { ourTuples, promTuples } from "./lib/tuples.ts";

const [impl, count] = [process.argv[2], Number(process.argv[3])];
if ((impl !== "ours" && impl !== "prom") || !(count > 0)) {
  console.error("usage: bun bench/memory-child.ts <ours|prom> <tuples>");
  process.exit(2);
}

function settle(): { rss: number; heap: number } {
  for (let i = 0; i < 3; i++) Bun.gc(true);
  return { rss: process.memoryUsage.rss(), heap: heapStats().heapSize };
}

// Everything the measurement itself needs is loaded and warmed before the baseline, and that
// includes the optimizing JIT's code for the insert and lookup paths: a few MB that a process pays
// once, whatever the number of tuples, and that 100 warm-up tuples (too few to tier up) left inside
// the measured growth, where it read as ~0.5 KiB per tuple at 10k. The warm-up tuples stay live,
// so the measured tuples cannot reuse their memory.
const WARM = 10_000;
const warm = impl === "ours" ? ourTuples(WARM) : (() => {
  const p = newPromGateway();
  promTuples(p, WARM);
  return p;
})();
const before = settle();
const live = impl === "ours" ? ourTuples(count) : (() => {
  const p = newPromGateway();
  promTuples(p, count);
  return p;
})();
const after = settle();
console.log(JSON.stringify({ impl, count, rss: after.rss - before.rss, heap: after.heap - before.heap, keep: [warm, live].length }));
