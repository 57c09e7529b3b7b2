// A real Prometheus (Debian's, 2.42) scrapes the adapter every second. Prometheus 2.x asks for
// OpenMetrics first in its Accept header (scrape_protocols only arrived in 2.49), so this also
// proves the negotiated OpenMetrics output is what a real server ingests: it answers PromQL with
// the expected counts, rates and histogram_quantile values, and stores the exemplars.
import { afterAll, beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Adapter } from "../src/server/adapter.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { dbl, int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";
import { freePort } from "./helpers/ports.ts";

// Servers, child processes and large inputs: generous limits for a loaded 2-core machine.
setDefaultTimeout(60_000);

const PROMETHEUS = "/usr/bin/prometheus";
const PATH = "/logentry.HandleLogEntryService/HandleLogEntry";
const present = existsSync(PROMETHEUS);
if (!present) console.warn(`SKIPPED real-Prometheus scrape test: ${PROMETHEUS} not installed (apt-get install prometheus)`);

const trace = (phase: number, i: number) => `${phase}${i.toString(16).padStart(31, "0")}`;

/** `n` GET /api/v1/items/<i> requests, latency by index. */
function batch(phase: number, n: number, latency: (i: number) => number) {
  return logEntryRequest(
    Array.from({ length: n }, (_, i) => ({
      host: str("prom.example"), url: str(`/api/v1/items/${i}`), method: str("GET"), responseCode: int(200),
      latency: dbl(latency(i)), traceId: str(trace(phase, i)),
    })),
  );
}

describe.skipIf(!present)("a real Prometheus scraping the adapter", () => {
  let a: Adapter;
  let client: grpc.Client;
  let prom: ReturnType<typeof Bun.spawn>;
  let base = "";
  const dir = mkdtempSync(join(tmpdir(), "gatewaymetric-prometheus-"));
  let promLog = "";

  type Result = { metric: Record<string, string>; value?: [number, string]; values?: [number, string][] };
  async function query(q: string, time?: number): Promise<Result[]> {
    const params = new URLSearchParams({ query: q });
    if (time !== undefined) params.set("time", String(time));
    const res = await fetch(`${base}/api/v1/query?${params}`);
    const body = (await res.json()) as { status: string; data: { result: Result[] }; error?: string };
    if (body.status !== "success") throw new Error(`${q}: ${body.error}`);
    return body.data.result;
  }
  async function scalar(q: string, time?: number): Promise<number> {
    const r = await query(q, time);
    if (r.length !== 1) throw new Error(`${q}: ${r.length} results`);
    return Number(r[0].value![1]);
  }
  /** Polls until `q` returns one result equal to `want`. */
  async function until(q: string, want: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown = null;
    while (Date.now() < deadline) {
      try {
        const r = await query(q);
        last = r;
        if (r.length === 1 && Number(r[0].value![1]) === want) return;
      } catch (e) {
        last = e;
      }
      await Bun.sleep(250);
    }
    throw new Error(`${q} never became ${want}; last: ${JSON.stringify(last)}\nprometheus log:\n${promLog.slice(-3000)}`);
  }
  /** The raw samples of the request counter, oldest first. */
  async function counterSamples(): Promise<[number, number][]> {
    const raw = await query('gateway_requests_total{host="prom.example"}[5m]');
    return raw[0].values!.map(([t, v]) => [t, Number(v)]);
  }

  beforeAll(async () => {
    a = await startTestAdapter();
    client = newClient(a.grpcPort);
    // Phase 1: 100 requests, 50 at 30 ms (bucket 0.05) and 50 at 70 ms (bucket 0.1).
    expect((await unary(client, PATH, batch(1, 100, (i) => (i < 50 ? 0.03 : 0.07)))).code).toBe(grpc.status.OK);
    const promPort = await freePort();
    base = `http://127.0.0.1:${promPort}`;
    writeFileSync(join(dir, "prometheus.yml"), [
      "global:",
      "  scrape_interval: 1s",
      "  evaluation_interval: 1s",
      "scrape_configs:",
      "  - job_name: gatewaymetric",
      "    scrape_interval: 1s",
      "    scrape_timeout: 1s",
      "    static_configs:",
      `      - targets: ['127.0.0.1:${a.httpPort}']`,
      "",
    ].join("\n"));
    prom = Bun.spawn([
      PROMETHEUS, `--config.file=${join(dir, "prometheus.yml")}`, `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${promPort}`, "--enable-feature=exemplar-storage", "--log.level=warn",
    ], { stdout: "ignore", stderr: "pipe" });
    void (async () => {
      for await (const chunk of prom.stderr as ReadableStream<Uint8Array>) promLog += new TextDecoder().decode(chunk);
    })();
    await until('up{job="gatewaymetric"}', 1);
    await until('sum(gateway_requests_total{host="prom.example"})', 100);
  });

  afterAll(async () => {
    prom?.kill("SIGTERM");
    await prom?.exited;
    client?.close();
    await a?.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  test("it negotiated OpenMetrics", async () => {
    expect(await scalar('gatewaymetric_scrapes_total{format="openmetrics"}')).toBeGreaterThan(0);
    expect(await scalar('gatewaymetric_scrapes_total{format="text"}')).toBe(0);
    // OpenMetrics-only samples made it in.
    expect(await scalar('sum(gateway_requests_created{host="prom.example"})')).toBeGreaterThan(0);
  });

  test("histogram_quantile over the stored buckets", async () => {
    const h = 'sum by (le) (gateway_request_duration_seconds_bucket{host="prom.example"})';
    // p50: rank 50 is the last of the 0.025..0.05 bucket; p90: 40 of the 50 in 0.05..0.1.
    expect(await scalar(`histogram_quantile(0.5, ${h})`)).toBeCloseTo(0.05, 9);
    expect(await scalar(`histogram_quantile(0.9, ${h})`)).toBeCloseTo(0.09, 9);
    expect(await scalar('sum(gateway_request_duration_seconds_count{host="prom.example"})')).toBe(100);
  });

  test("rates and quantiles of rates for a second batch", async () => {
    // Phase 2: 60 requests, 30 at 200 ms (bucket 0.25) and 30 at 400 ms (bucket 0.5).
    expect((await unary(client, PATH, batch(2, 60, (i) => (i < 30 ? 0.2 : 0.4)))).code).toBe(grpc.status.OK);
    await until('sum(gateway_requests_total{host="prom.example"})', 160);
    const samples = await counterSamples();
    const k = samples.findIndex(([, v]) => v === 160);
    expect(k).toBeGreaterThan(0);
    const [t1, v1] = samples[k - 1];
    const [t2] = samples[k];
    expect(v1).toBe(100);
    // At t2, irate sees exactly the two scrapes around the batch.
    expect(await scalar('sum(irate(gateway_requests_total{host="prom.example"}[1m]))', t2)).toBeCloseTo(60 / (t2 - t1), 6);
    expect(await scalar('sum(increase(gateway_requests_total{host="prom.example"}[1m]))', t2)).toBeGreaterThanOrEqual(60);
    const rated = 'sum by (le) (irate(gateway_request_duration_seconds_bucket{host="prom.example"}[1m]))';
    expect(await scalar(`histogram_quantile(0.5, ${rated})`, t2)).toBeCloseTo(0.25, 9);
    expect(await scalar(`histogram_quantile(0.75, ${rated})`, t2)).toBeCloseTo(0.375, 9);
  });

  test("it stored the exemplars: per bucket and on the counter, the first trace id of the tick that saw each batch", async () => {
    const end = Date.now() / 1000 + 5;
    const params = new URLSearchParams({ query: 'gateway_request_duration_seconds_bucket{host="prom.example"}', start: String(end - 600), end: String(end) });
    const res = (await (await fetch(`${base}/api/v1/query_exemplars?${params}`)).json()) as {
      status: string;
      data: { seriesLabels: Record<string, string>; exemplars: { labels: Record<string, string>; value: string }[] }[];
    };
    expect(res.status).toBe("success");
    const byLe = new Map<string, Set<string>>();
    for (const s of res.data) for (const x of s.exemplars) byLe.set(s.seriesLabels.le, (byLe.get(s.seriesLabels.le) ?? new Set()).add(x.labels.trace_id));
    // A slot takes one exemplar per clock tick (store/exemplars.ts), and a batch is counted within
    // one tick: the first request of each group is its bucket's exemplar.
    expect(byLe.get("0.05")?.has(trace(1, 0))).toBe(true);
    expect(byLe.get("0.1")?.has(trace(1, 50))).toBe(true);
    expect(byLe.get("0.25")?.has(trace(2, 0))).toBe(true);
    expect(byLe.get("0.5")?.has(trace(2, 30))).toBe(true);
    const counter = new URLSearchParams({ query: 'gateway_requests_total{host="prom.example"}', start: String(end - 600), end: String(end) });
    const c = (await (await fetch(`${base}/api/v1/query_exemplars?${counter}`)).json()) as typeof res;
    const ids = c.data.flatMap((s) => s.exemplars.map((x) => x.labels.trace_id));
    expect(ids).toContain(trace(2, 0));
  });
});
