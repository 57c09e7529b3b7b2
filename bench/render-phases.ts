// Phases of a one-go render at N tuples: snapshot, write, copy-out. Prints medians; asserts nothing.
//   npx bun bench/render-phases.ts [tuples]
import { renderSnapshot, takeSnapshot } from "../src/expose/render.ts";
import { renderText } from "../src/expose/text.ts";
import { median } from "./lib/measure.ts";
import { ourTuples } from "./lib/tuples.ts";

const n = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 15);
const { registry } = ourTuples(n);
const t = { snap: [] as number[], render: [] as number[], whole: [] as number[] };
let bytes = 0;
for (let i = -2; i < runs; i++) {
  Bun.gc(true);
  let t0 = performance.now();
  const s = takeSnapshot(registry);
  const t1 = performance.now();
  const out = renderSnapshot(s, "text");
  const t2 = performance.now();
  Bun.gc(true);
  const t3 = performance.now();
  bytes = renderText(registry).length;
  const t4 = performance.now();
  if (i >= 0) {
    t.snap.push(t1 - t0);
    t.render.push(t2 - t1);
    t.whole.push(t4 - t3);
  }
  void out;
}
const lines = 41 * n;
console.log(`${n} tuples, ${(bytes / 2 ** 20).toFixed(1)} MiB: snapshot ${median(t.snap).toFixed(2)} ms, render+copy ${median(t.render).toFixed(2)} ms, renderText ${median(t.whole).toFixed(2)} ms = ${((median(t.whole) * 1e6) / lines).toFixed(0)} ns/line`);
