// The status page's cost while someone has it open: one sample (every 2 s) and one /api/status
// answer (every 2 s per viewer), beside a /metrics render of the same registry as the baseline.
import { newReloadState, statusReport } from "../../src/expose/status.ts";
import { newSampler, sample } from "../../src/expose/status-sampler.ts";
import { render } from "../../src/expose/render.ts";
import { gatewayFamilies, recordAccess } from "../../src/core/gateway-metrics.ts";
import { timeMs } from "../lib/measure.ts";
import type { BenchContext, Section, SectionResult } from "../lib/section.ts";
import { bytes, ms, pct, si, table } from "../lib/table.ts";
import { forEachTuple, ourTuples } from "../lib/tuples.ts";

export const statusSection: Section = {
  name: "status",
  title: "status page update cost (each tuple its own host/route/method: the worst case for grouping; median of repeated runs)",
  async run(ctx: BenchContext): Promise<SectionResult> {
    const sizes = ctx.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
    const rows: string[][] = [];
    for (const n of sizes) {
      ctx.progress(`status: ${n} tuples`);
      const { registry, pipeline } = ourTuples(n);
      const deps = {
        registry, pipeline, debug: false,
        facts: () => ({ grpcListen: "", httpListen: "", grpcTls: false, httpTls: false, httpAuth: "none", ready: true, reload: newReloadState() }),
      };
      const byId = new Map(gatewayFamilies(pipeline.metrics).map((f) => [f.id, f.family]));
      const sources = {
        requests: byId.get("requests") as never, duration: byId.get("requestDuration") as never, flags: byId.get("responseFlags") as never,
        entries: pipeline.self.entries,
      };
      let now = 1_000;
      const repeat = ctx.quick ? 5 : n >= 100_000 ? 5 : 15;
      // A new sampler's first sample works out every series' group from its label text.
      const first = await timeMs(() => sample(newSampler(sources), (now += 2)), repeat);
      const s = newSampler(sources);
      sample(s, (now += 2));
      // Traffic between samples, as in steady state: every tuple counted once more.
      forEachTuple(n, (rec) => recordAccess(pipeline.metrics, rec));
      const steady = await timeMs(() => sample(s, (now += 2)), repeat);
      const report = await timeMs(() => JSON.stringify(statusReport(deps, s)), repeat);
      const scrape = await timeMs(() => render(registry, "text"), repeat);
      const total = steady.ms + report.ms;
      rows.push([
        si(n), ms(first.ms), ms(steady.ms), ms(report.ms), bytes(Buffer.byteLength(report.result as string)),
        ms(scrape.ms), pct(total / scrape.ms), pct(total / 2000),
      ]);
    }
    const text = table(
      ["tuples", "first sample", "sample (steady)", "/api/status JSON", "JSON bytes", "baseline: /metrics render", "update / render", "share of one core (every 2 s)"],
      rows,
    );
    return { text: `${text}\n\nAn update is one steady sample plus one /api/status answer. Nothing runs while nobody polls.`, targets: [] };
  },
};
