// /metrics rendering: our byte writer against prom-client's registry.metrics(), same data.
import { type Format, render, renderChunks } from "../../src/expose/render.ts";
import type { Registry } from "../../src/store/registry.ts";
import { timeMs } from "../lib/measure.ts";
import { newPromGateway } from "../lib/naive.ts";
import type { BenchContext, Section, SectionResult, Target } from "../lib/section.ts";
import { bytes, ms, ratio, si, table } from "../lib/table.ts";
import { ourTuples, promTuples } from "../lib/tuples.ts";

/**
 * A scrape as the server serves it (snapshot, then rendering in slices that yield): the longest
 * time the event loop, and so ingestion, waits between two turns, the most CPU time the process
 * spent between two turns (the steadier figure on a loaded machine, where a slice's wall time
 * includes waiting for a core), and the scrape's wall time. `run` is renderChunks unless an A/B
 * passes another tree's.
 */
export async function scrapePause(
  reg: Registry, format: Format = "text", run: typeof renderChunks = renderChunks,
): Promise<{ pauseMs: number; pauseCpuMs: number; totalMs: number }> {
  const cpuMs = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  let last = performance.now();
  let lastCpu = cpuMs();
  let max = 0;
  let maxCpu = 0;
  let running = true;
  const tick = () => {
    const t = performance.now();
    const c = cpuMs();
    if (t - last > max) max = t - last;
    if (c - lastCpu > maxCpu) maxCpu = c - lastCpu;
    last = t;
    lastCpu = c;
    if (running) setImmediate(tick);
  };
  Bun.gc(true);
  // The forced collection above is the bench's, not the scrape's: start timing after it.
  last = performance.now();
  lastCpu = cpuMs();
  setImmediate(tick);
  const t0 = performance.now();
  await run(reg, format);
  const totalMs = performance.now() - t0;
  running = false;
  tick();
  return { pauseMs: max, pauseCpuMs: maxCpu, totalMs };
}

export const renderSection: Section = {
  name: "render",
  title: "/metrics render time and size (each tuple: 1 counter + 3 histograms; median of repeated renders)",
  async run(ctx: BenchContext): Promise<SectionResult> {
    const sizes = [1_000, 10_000, 100_000];
    const rows: string[][] = [];
    const targets: Target[] = [];
    let pauseNote = "";
    for (const n of sizes) {
      ctx.progress(`render: ${n} tuples`);
      const ours = ourTuples(n);
      // Before prom-client's tuples exist: the server has no such heap, and marking its objects
      // lengthened the collections during the scrape (a 99 ms pause with it alive).
      if (n === 100_000) {
        await scrapePause(ours.registry); // warm-up
        const p = await scrapePause(ours.registry);
        pauseNote = `100k tuples served as /metrics does (snapshot, then renderChunks in 5 ms slices): longest event-loop pause ${ms(p.pauseMs)} (most CPU between two turns ${ms(p.pauseCpuMs)}), whole scrape ${ms(p.totalMs)}.`;
        targets.push({
          what: "longest ingestion pause for a 100k-tuple scrape (snapshot + sliced render)",
          goal: "≤ 50 ms",
          measured: ms(p.pauseMs),
          met: p.pauseMs <= 50,
        });
      }
      const prom = newPromGateway();
      promTuples(prom, n);
      const repeat = ctx.quick ? (n >= 100_000 ? 1 : 3) : n >= 100_000 ? 3 : n >= 10_000 ? 7 : 20;
      const a = await timeMs(() => render(ours.registry, "text"), repeat);
      const b = await timeMs(() => prom.registry.metrics(), Math.max(1, Math.ceil(repeat / 2)));
      const ourBytes = (a.result as Uint8Array).length;
      const promBytes = Buffer.byteLength(b.result as string);
      const lines = (b.result as string).split("\n").filter((l) => l !== "" && !l.startsWith("#")).length;
      rows.push([`${si(n)} tuples (${si(lines)} samples)`, ms(a.ms), bytes(ourBytes), ms(b.ms), bytes(promBytes), ratio(b.ms / a.ms)]);
      if (n === 10_000) targets.push({ what: "/metrics render at 10k tuples vs prom-client", goal: "≥ 10×", measured: ratio(b.ms / a.ms), met: b.ms / a.ms >= 10 });
    }
    const text = table(["label tuples", "ours: render text", "ours: bytes", "prom-client: metrics()", "prom-client: bytes", "prom-client / ours (time)"], rows);
    return { text: pauseNote === "" ? text : `${text}\n\n${pauseNote}`, targets };
  },
};
