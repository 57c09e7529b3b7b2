// /metrics rendering: our byte writer against prom-client's registry.metrics(), same data.
import { renderText } from "../../src/expose/text.ts";
import { timeMs } from "../lib/measure.ts";
import { newPromGateway } from "../lib/naive.ts";
import type { BenchContext, Section, SectionResult, Target } from "../lib/section.ts";
import { bytes, ms, ratio, si, table } from "../lib/table.ts";
import { ourTuples, promTuples } from "../lib/tuples.ts";

export const renderSection: Section = {
  name: "render",
  title: "/metrics render time and size (each tuple: 1 counter + 3 histograms; median of repeated renders)",
  async run(ctx: BenchContext): Promise<SectionResult> {
    const sizes = [1_000, 10_000, 100_000];
    const rows: string[][] = [];
    const targets: Target[] = [];
    for (const n of sizes) {
      ctx.progress(`render: ${n} tuples`);
      const ours = ourTuples(n);
      const prom = newPromGateway();
      promTuples(prom, n);
      const repeat = ctx.quick ? (n >= 100_000 ? 1 : 3) : n >= 100_000 ? 3 : n >= 10_000 ? 7 : 20;
      const a = await timeMs(() => renderText(ours.registry), repeat);
      const b = await timeMs(() => prom.registry.metrics(), Math.max(1, Math.ceil(repeat / 2)));
      const ourBytes = (a.result as Uint8Array).length;
      const promBytes = Buffer.byteLength(b.result as string);
      const lines = (b.result as string).split("\n").filter((l) => l !== "" && !l.startsWith("#")).length;
      rows.push([`${si(n)} tuples (${si(lines)} samples)`, ms(a.ms), bytes(ourBytes), ms(b.ms), bytes(promBytes), ratio(b.ms / a.ms)]);
      if (n === 10_000) targets.push({ what: "/metrics render at 10k tuples vs prom-client", goal: "≥ 10×", measured: ratio(b.ms / a.ms), met: b.ms / a.ms >= 10 });
      if (n === 100_000) {
        targets.push({
          what: "longest ingestion pause for a 100k-tuple scrape (renderText runs in one synchronous call)",
          goal: "≤ 50 ms",
          measured: ms(a.ms),
          met: a.ms <= 50,
        });
      }
    }
    const text = table(["label tuples", "ours: renderText", "ours: bytes", "prom-client: metrics()", "prom-client: bytes", "prom-client / ours (time)"], rows);
    return { text, targets };
  },
};
