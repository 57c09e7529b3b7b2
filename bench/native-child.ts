// Run by the native section in a fresh process: `bun bench/native-child.ts <on|off> <tuples> <perTuple>`.
// Prints one JSON line: resident and heap growth for N live tuples with a realistic spread of
// observations (bench/lib/spread-tuples.ts), native histograms on or off, after full GCs.
import { heapStats } from "bun:jsc";
import { spreadTuples } from "./lib/spread-tuples.ts";

const [mode, count, perTuple] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
if ((mode !== "on" && mode !== "off") || !(count > 0) || !(perTuple > 0)) {
  console.error("usage: bun bench/native-child.ts <on|off> <tuples> <perTuple>");
  process.exit(2);
}

function settle(): { rss: number; heap: number } {
  for (let i = 0; i < 3; i++) Bun.gc(true);
  return { rss: process.memoryUsage.rss(), heap: heapStats().heapSize };
}

// Warm-up tuples (kept live) so the JIT's code and the first chunks are in the baseline, as in memory-child.ts.
const warm = spreadTuples(2_000, perTuple, mode === "on", 7);
const before = settle();
const live = spreadTuples(count, perTuple, mode === "on");
const after = settle();
let buckets = 0;
for (const f of live.registry.families) if (f.type === "histogram" && f.hist.native !== null) for (let id = 0; id < f.table.size; id++) buckets += f.hist.native.n[id];
console.log(JSON.stringify({ mode, count, rss: after.rss - before.rss, heap: after.heap - before.heap, buckets, keep: [warm, live].length }));
