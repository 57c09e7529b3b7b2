// Mixer metric handler params of many metrics: the wall time of one HandleMetric call carrying them
// (first call: the params are new; second: the same bytes again), the longest /metrics scrape while
// the first call runs, and the server's RSS growth. Each case gets a fresh server process; the
// baseline is a call with Istio's three stock metrics, in the same run.
import * as grpc from "@grpc/grpc-js";
import { readFileSync } from "node:fs";
import { int, Kind, METRIC_PATH, metricRequest, params, STOCK_METRICS, stockDimensions } from "../../test/helpers/mixer-metric-fixtures.ts";
import type { BenchContext, Section, SectionResult } from "../lib/section.ts";
import { startOurs } from "../lib/servers.ts";
import { bytes, ratio, table } from "../lib/table.ts";

/** How long one call may take before it is reported as not answered. */
const DEADLINE_MS = 60_000;
const SCRAPE_EVERY_MS = 100;

interface Case {
  name: string;
  /** Params with distinct bytes per variant (so every first call finds new params). */
  params: (variant: number) => { type_url: string; value: Uint8Array };
  instance: string;
}

/** n histogram metrics with short names, the shape of the report that found the cliff. */
function manyMetrics(n: number): Case {
  return {
    name: `${n.toLocaleString("en")} metrics`,
    params: (v) => params(Array.from({ length: n }, (_, i) => ({ name: `m${i}_${v}`, instance_name: `i${i}`, kind: Kind.DISTRIBUTION }))),
    instance: "i0",
  };
}

interface Result {
  ms: number;
  code: grpc.status;
}

function medianResult(rs: Result[]): Result {
  const sorted = [...rs].sort((a, b) => a.ms - b.ms);
  return sorted[sorted.length >> 1];
}

function call(client: grpc.Client, body: Uint8Array): Promise<Result> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const id = (b: Buffer) => b;
    client.makeUnaryRequest(METRIC_PATH, id, id, Buffer.from(body), new grpc.Metadata(), { deadline: Date.now() + DEADLINE_MS }, (err) => {
      resolve({ ms: performance.now() - t0, code: err ? err.code : grpc.status.OK });
    });
  });
}

function rssBytes(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) * 1024 : NaN;
}

/** Scrapes every SCRAPE_EVERY_MS until stopped; the slowest scrape's time (a scrape still open counts). */
function scrapeWhile(port: number): { stop: () => Promise<number> } {
  let running = true;
  let worst = 0;
  const loop = (async () => {
    while (running) {
      const t0 = performance.now();
      const timer = setInterval(() => (worst = Math.max(worst, performance.now() - t0)), 50);
      try {
        await (await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(DEADLINE_MS + 5000) })).arrayBuffer();
      } catch {
        // a timed-out scrape is recorded by its duration
      }
      clearInterval(timer);
      worst = Math.max(worst, performance.now() - t0);
      await Bun.sleep(SCRAPE_EVERY_MS);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return worst;
    },
  };
}

const fmt = (r: Result) =>
  (r.code === grpc.status.DEADLINE_EXCEEDED ? `> ${DEADLINE_MS / 1000} s` : r.ms >= 1000 ? `${(r.ms / 1000).toFixed(2)} s` : `${r.ms.toFixed(1)} ms`) +
  ` ${grpc.status[r.code]}`;

/** Calls slower than this are not repeated (the 20,000-metric call took minutes before the fix). */
const REPEAT_BELOW_MS = 5_000;

export const mixerParamsSection: Section = {
  name: "mixer-params",
  title: "HandleMetric with many-metric handler params (fresh server per case; one instance per call; median of repeats)",
  async run(ctx: BenchContext): Promise<SectionResult> {
    const stock: Case = {
      name: "Istio's 3 stock metrics (baseline)",
      params: (v) => params(STOCK_METRICS.map((m) => ({ ...m, description: `variant ${v}` }))),
      instance: STOCK_METRICS[0].instance_name!,
    };
    const cases = [stock, manyMetrics(300), manyMetrics(2_000), manyMetrics(20_000)];
    const repeats = ctx.quick ? 3 : 7;
    const rows: string[][] = [];
    let base = NaN;
    for (const c of cases) {
      ctx.progress(`mixer-params: ${c.name}`);
      const server = await startOurs("mixer_metric");
      const client = new grpc.Client(`127.0.0.1:${server.grpcPort}`, grpc.credentials.createInsecure());
      try {
        const request = (v: number) => metricRequest([{ name: c.instance, value: int(1), dimensions: c === stock ? stockDimensions(200) : {} }], c.params(v));
        // Connect and warm the call path first, with params of its own.
        await call(client, metricRequest([], stock.params(-1)));
        const rss0 = rssBytes(server.proc.pid);
        const firsts: Result[] = [];
        const scrapes = scrapeWhile(server.httpPort);
        for (let v = 0; v < repeats && (v === 0 || firsts[v - 1].ms < REPEAT_BELOW_MS); v++) firsts.push(await call(client, request(v)));
        const worstScrape = await scrapes.stop();
        const rss1 = rssBytes(server.proc.pid);
        const again: Result[] = [];
        const last = request(firsts.length - 1);
        if (firsts[0].ms < REPEAT_BELOW_MS) for (let i = 0; i < repeats; i++) again.push(await call(client, last));
        const first = medianResult(firsts);
        if (c === stock) base = first.ms;
        rows.push([
          c.name, bytes(c.params(0).value.length), fmt(first), again.length > 0 ? fmt(medianResult(again)) : "–", ratio(first.ms / base),
          `${worstScrape.toFixed(0)} ms`, bytes(Math.max(0, rss1 - rss0) / firsts.length),
        ]);
      } finally {
        client.close();
        await server.stop();
      }
    }
    const text = table(["params", "size", "new params", "same bytes again", "new vs baseline", "slowest scrape meanwhile", "RSS growth per new params"], rows);
    return { text, targets: [] };
  },
};
