// A real Prometheus 2.42 started with --enable-feature=native-histograms scrapes two adapter
// replicas. It asks for protobuf first, so it ingests the native histograms; PromQL's
// histogram_count, histogram_sum and histogram_quantile over the two replicas summed agree with
// what was sent: counts and sums exactly, quantiles within one bucket of the exact quantile of
// the union (schema 3: a factor 2^(1/8) either way).
import { afterAll, beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Subprocess } from "bun";
import type { Adapter } from "../src/server/adapter.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { newRng } from "./helpers/mixer-gen.ts";
import { dbl, int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";
import { freePort, waitForOk } from "./helpers/ports.ts";

setDefaultTimeout(90_000);

const PROMETHEUS = "/usr/bin/prometheus";
const present = existsSync(PROMETHEUS);
if (!present) console.warn(`SKIPPED native histograms in Prometheus: ${PROMETHEUS} not installed (apt-get install prometheus)`);

const PATH = "/logentry.HandleLogEntryService/HandleLogEntry";
const HOST = "native.example";
const SERIES = `gateway_request_duration_seconds{host="${HOST}"}`;
/** Schema 3: neighbouring bucket bounds differ by this factor. */
const BASE = 2 ** (1 / 8);

/** Latencies spread over four decades, log-uniform, from a seed. */
function latencies(seed: number, n: number): number[] {
  const r = newRng(seed);
  return Array.from({ length: n }, () => 0.001 * 10 ** (4 * r.next()));
}

/** The value at rank ⌈q·n⌉: whichever bucket it is in, histogram_quantile answers inside that bucket. */
function exactQuantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

function batch(values: number[]): Uint8Array {
  return logEntryRequest(values.map((v, i) => ({ host: str(HOST), url: str(`/api/items/${i}`), method: str("GET"), responseCode: int(200), latency: dbl(v) })));
}

describe.skipIf(!present)("Prometheus 2.42 with native histograms, two replicas", () => {
  const replicas: Adapter[] = [];
  const clients: grpc.Client[] = [];
  let prom: Subprocess<"ignore", "ignore", "pipe"> | null = null;
  let base = "";
  let promLog = "";
  const dir = mkdtempSync(join(tmpdir(), "gatewaymetric-prometheus-native-"));
  // Phase 1 goes in before Prometheus' first scrape; phase 2 after it, so a rate over the window is phase 2 alone.
  const phase1 = [latencies(1, 40), latencies(2, 25)];
  const phase2 = [latencies(3, 700), latencies(4, 300)];

  async function query(q: string): Promise<Array<{ metric: Record<string, string>; value: [number, string] }>> {
    const res = await fetch(`${base}/api/v1/query?${new URLSearchParams({ query: q })}`);
    const body = (await res.json()) as { status: string; data: { result: Array<{ metric: Record<string, string>; value: [number, string] }> }; error?: string };
    if (body.status !== "success") throw new Error(`${q}: ${body.error}`);
    return body.data.result;
  }
  async function scalar(q: string): Promise<number> {
    const r = await query(q);
    if (r.length !== 1) throw new Error(`${q}: ${r.length} results\nprometheus log:\n${promLog.slice(-2000)}`);
    return Number(r[0].value[1]);
  }
  async function until(q: string, want: number): Promise<void> {
    const deadline = Date.now() + 40_000;
    let last: unknown = null;
    while (Date.now() < deadline) {
      try {
        const r = await query(q);
        last = r;
        if (r.length === 1 && Number(r[0].value[1]) === want) return;
      } catch (e) {
        last = e;
      }
      await Bun.sleep(250);
    }
    throw new Error(`${q} never became ${want}; last: ${JSON.stringify(last)}\nprometheus log:\n${promLog.slice(-3000)}`);
  }

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      replicas.push(await startTestAdapter());
      clients.push(newClient(replicas[i].grpcPort));
      expect((await unary(clients[i], PATH, batch(phase1[i]))).code).toBe(grpc.status.OK);
    }
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    writeFileSync(join(dir, "prometheus.yml"), JSON.stringify({
      global: { scrape_interval: "1s", evaluation_interval: "1s" },
      scrape_configs: [{ job_name: "gatewaymetric", scrape_timeout: "1s", static_configs: [{ targets: replicas.map((a) => `127.0.0.1:${a.httpPort}`) }] }],
    }));
    prom = Bun.spawn([
      PROMETHEUS, `--config.file=${join(dir, "prometheus.yml")}`, `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`, "--enable-feature=native-histograms", "--log.level=warn",
    ], { stdin: "ignore", stdout: "ignore", stderr: "pipe" });
    void (async () => {
      for await (const chunk of prom!.stderr as ReadableStream<Uint8Array>) promLog += new TextDecoder().decode(chunk);
    })();
    if (!(await waitForOk(`${base}/-/ready`, 30_000))) throw new Error(`prometheus did not become ready:\n${promLog}`);
    // Both replicas' phase 1 is in Prometheus: then phase 2.
    await until(`histogram_count(sum(${SERIES}))`, phase1[0].length + phase1[1].length);
    for (let i = 0; i < 2; i++) expect((await unary(clients[i], PATH, batch(phase2[i]))).code).toBe(grpc.status.OK);
    await until(`histogram_count(sum(${SERIES}))`, [...phase1, ...phase2].flat().length);
  });

  afterAll(async () => {
    prom?.kill("SIGTERM");
    await prom?.exited;
    for (const c of clients) c.close();
    for (const a of replicas) await a.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  test("it scraped protobuf, and the series is a native histogram (no _bucket series)", async () => {
    expect(await scalar('sum(gatewaymetric_scrapes_total{format="protobuf"})')).toBeGreaterThan(0);
    expect(await query(`gateway_request_duration_seconds_bucket{host="${HOST}"}`)).toEqual([]);
    expect((await query(`histogram_count(${SERIES})`)).length).toBe(2);
  });

  test("histogram_count and histogram_sum of the two replicas summed are what was sent", async () => {
    const all = [...phase1, ...phase2].flat();
    expect(await scalar(`histogram_count(sum(${SERIES}))`)).toBe(all.length);
    expect(await scalar(`histogram_sum(sum(${SERIES}))`)).toBeCloseTo(all.reduce((a, b) => a + b, 0), 6);
  });

  test("histogram_quantile(0.5 | 0.99) is within a bucket of the union's exact quantile", async () => {
    const all = [...phase1, ...phase2].flat();
    for (const q of [0.5, 0.99]) {
      const got = await scalar(`histogram_quantile(${q}, sum(${SERIES}))`);
      const want = exactQuantile(all, q);
      expect(got / want).toBeGreaterThanOrEqual(1 / BASE);
      expect(got / want).toBeLessThanOrEqual(BASE);
    }
  });

  test("histogram_quantile(0.99, sum(rate(...[1m]))) is the quantile of what came in after the first scrape", async () => {
    const union = phase2.flat();
    for (const q of [0.5, 0.99]) {
      const got = await scalar(`histogram_quantile(${q}, sum(rate(${SERIES}[1m])))`);
      const want = exactQuantile(union, q);
      expect(got / want).toBeGreaterThanOrEqual(1 / BASE);
      expect(got / want).toBeLessThanOrEqual(BASE);
    }
  });
});
