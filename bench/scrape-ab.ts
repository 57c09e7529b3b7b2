// A/B of a served scrape (snapshot, then the sliced render): this tree's renderChunks against
// another tree's (argv[2], e.g. a `git archive` of the branch start, with node_modules linked), on
// registries built alike (100k tuples with native histograms by default), interleaved in one
// process. Prints median and worst longest event-loop pause, most CPU between two turns, and scrape
// wall time per tree and format. (Outputs differ slightly: _created stamps are the build's clock.)
//   npx bun bench/scrape-ab.ts /tmp/base [tuples] [rounds] [formats, e.g. protobuf,text]
import { type Format, renderChunks } from "../src/expose/render.ts";
import { median } from "./lib/measure.ts";
import { spreadTuples } from "./lib/spread-tuples.ts";
import { scrapePause } from "./sections/render.ts";

const other = process.argv[2];
const n = Number(process.argv[3] ?? 100_000);
const rounds = Number(process.argv[4] ?? 3);
const formats = (process.argv[5] ?? "protobuf").split(",") as Format[];
const base = await import(`${other}/src/expose/render.ts`);
const baseSpread = (await import(`${other}/bench/lib/spread-tuples.ts`)).spreadTuples as typeof spreadTuples;
const ours = spreadTuples(n, 10, true).registry;
const theirs = baseSpread(n, 10, true).registry;
const runs = new Map<string, { pauseMs: number; pauseCpuMs: number; totalMs: number }[]>();
for (let r = -1; r < rounds; r++) {
  for (const f of formats) {
    for (const [tree, reg, run] of [["this tree", ours, renderChunks], ["base", theirs, base.renderChunks]] as const) {
      const p = await scrapePause(reg, f, run);
      const k = `${f}, ${tree}`;
      if (r >= 0) runs.set(k, [...(runs.get(k) ?? []), p]);
    }
  }
}
for (const [k, ps] of runs) {
  const pause = ps.map((p) => p.pauseMs), cpu = ps.map((p) => p.pauseCpuMs);
  console.log(
    `${n} tuples, ${k}: longest pause median ${median(pause).toFixed(1)} ms (worst ${Math.max(...pause).toFixed(1)}), ` +
      `most CPU between turns median ${median(cpu).toFixed(1)} ms (worst ${Math.max(...cpu).toFixed(1)}), scrape ${median(ps.map((p) => p.totalMs)).toFixed(0)} ms`,
  );
}
