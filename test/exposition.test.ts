// Exposition through the real HTTP interface: content negotiation (text 0.0.4 / OpenMetrics 1.0.0),
// gzip, OpenMetrics details (# EOF, _created, _total, UNIT, canonical le, exemplars) checked by a
// reference parser and promtool, consistent snapshots under concurrent ingestion, shared renders.
import { afterAll, beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { gunzipSync } from "node:zlib";
import { defaults } from "../src/config/config.ts";
import { recordAccess } from "../src/core/gateway-metrics.ts";
import { newPipeline, type Pipeline } from "../src/core/pipeline.ts";
import { newRecord } from "../src/core/record.ts";
import { acceptsGzip, negotiateFormat } from "../src/expose/negotiate.ts";
import { render, renderChunks } from "../src/expose/render.ts";
import { newScraper } from "../src/expose/scrape.ts";
import { type Adapter, modelOptions } from "../src/server/adapter.ts";
import { newRegistry, type Registry } from "../src/store/registry.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import {
  type Exposition, openMetricsCheck, openMetricsCheckerPresent, parseExposition, parseOpenMetrics, PROMETHEUS_ACCEPT,
  promtoolCheck, promtoolPath, sample, samples, scrape, scrapeOpenMetrics, total,
} from "./helpers/exposition.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { dbl, int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";

// Servers, child processes and large inputs: generous limits for a loaded 2-core machine.
setDefaultTimeout(60_000);

const PATH = "/logentry.HandleLogEntryService/HandleLogEntry";
const REQ = "gateway_requests_total";
const DUR = "gateway_request_duration_seconds";
const TRACE_A = "4bf92f3577b34da6a3ce929d0e0e4736";
const TRACE_B = "0af7651916cd43dd8448eb211c80319c";
const OM_TYPE = "application/openmetrics-text; version=1.0.0; charset=utf-8";
const TEXT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

describe("negotiation rules", () => {
  test("Accept", () => {
    expect(negotiateFormat(null)).toBe("text");
    expect(negotiateFormat("*/*")).toBe("text");
    expect(negotiateFormat(PROMETHEUS_ACCEPT)).toBe("openmetrics");
    expect(negotiateFormat("application/openmetrics-text")).toBe("openmetrics");
    expect(negotiateFormat("application/openmetrics-text; version=0.0.1")).toBe("openmetrics");
    expect(negotiateFormat("application/openmetrics-text; version=2.0.0")).toBe("text");
    expect(negotiateFormat("application/openmetrics-text;q=0.3, text/plain")).toBe("text");
    expect(negotiateFormat("text/plain;version=0.0.4;q=0.5, application/openmetrics-text;version=1.0.0;q=0.5")).toBe("openmetrics");
    expect(negotiateFormat("application/openmetrics-text;q=0")).toBe("text");
    expect(negotiateFormat("application/json")).toBe("text");
  });

  test("Accept-Encoding", () => {
    expect(acceptsGzip(null)).toBe(false);
    expect(acceptsGzip("gzip")).toBe(true);
    expect(acceptsGzip("br, gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("*, gzip;q=0")).toBe(false);
  });
});

describe("/metrics over HTTP", () => {
  let a: Adapter;
  let client: grpc.Client;
  const url = () => `http://127.0.0.1:${a.httpPort}/metrics`;
  beforeAll(async () => {
    a = await startTestAdapter();
    client = newClient(a.grpcPort);
    const body = logEntryRequest([
      { host: str("om.example"), url: str("/items/1"), method: str("GET"), responseCode: int(200), latency: dbl(0.03), responseSize: int(700), traceId: str(TRACE_A) },
      { host: str("om.example"), url: str("/items/2"), method: str("GET"), responseCode: int(200), latency: dbl(1), responseSize: int(70), traceparent: str(`00-${TRACE_B}-b7ad6b7169203331-01`) },
      { host: str("om.example"), url: str("/items/3"), method: str("GET"), responseCode: int(200), latency: dbl(0.2) },
    ]);
    expect((await unary(client, PATH, body)).code).toBe(grpc.status.OK);
  });
  afterAll(async () => {
    client.close();
    await a.shutdown();
  });

  test("the text format by default, OpenMetrics when Accept asks for it", async () => {
    for (const [accept, type] of [[null, TEXT_TYPE], ["*/*", TEXT_TYPE], [PROMETHEUS_ACCEPT, OM_TYPE], ["application/openmetrics-text; version=1.0.0", OM_TYPE]] as const) {
      const res = await fetch(url(), { headers: accept ? { accept } : {} });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(type);
      expect(res.headers.get("vary")).toBe("Accept, Accept-Encoding");
      const text = await res.text();
      expect(text.endsWith("# EOF\n")).toBe(type === OM_TYPE);
    }
  });

  test("gzip when Accept-Encoding allows it, identity otherwise", async () => {
    const gz = await fetch(url(), { headers: { "accept-encoding": "gzip", accept: PROMETHEUS_ACCEPT }, decompress: false });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    const bytes = new Uint8Array(await gz.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    const e = parseOpenMetrics(new TextDecoder().decode(gunzipSync(bytes)));
    expect(sample(e, REQ, { host: "om.example" })).toBe(3);
    const plain = await fetch(url(), { headers: { "accept-encoding": "identity" }, decompress: false });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(sample(parseExposition(await plain.text()), REQ, { host: "om.example" })).toBe(3);
  });

  test("HEAD answers like GET without a body", async () => {
    const res = await fetch(url(), { method: "HEAD", headers: { accept: PROMETHEUS_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(OM_TYPE);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  test("OpenMetrics: families, _total, _created, UNIT and canonical le; the reference parser accepts it", async () => {
    const e = await scrapeOpenMetrics(a.httpPort);
    expect(e.types.get("gateway_requests")).toBe("counter");
    expect(e.types.has(REQ)).toBe(false);
    expect(e.types.get(DUR)).toBe("histogram");
    expect(e.units.get(DUR)).toBe("seconds");
    expect(e.units.get("gateway_response_size_bytes")).toBe("bytes");
    expect(e.units.get("process_cpu_seconds")).toBe("seconds");
    expect(e.units.has("gateway_requests")).toBe(false);
    const labels = { host: "om.example", route: "/items/{id}" };
    expect(sample(e, REQ, labels)).toBe(3);
    const created = sample(e, "gateway_requests_created", labels);
    expect(Math.abs(created - Date.now() / 1000)).toBeLessThan(600);
    expect(sample(e, `${DUR}_created`, labels)).toBe(created);
    expect(sample(e, `${DUR}_bucket`, { ...labels, le: "1.0" })).toBe(3);
    expect(sample(e, `${DUR}_bucket`, { ...labels, le: "0.025" })).toBe(0);
    expect(sample(e, `${DUR}_bucket`, { ...labels, le: "+Inf" })).toBe(3);
    expect(sample(e, "gateway_response_size_bytes_bucket", { ...labels, le: "1024.0" })).toBe(2);
    expect(samples(e, `${DUR}_bucket`, { le: "1" })).toHaveLength(0);
    if (openMetricsCheckerPresent) expect(openMetricsCheck(e.text)).toBe("");
  });

  test("OpenMetrics exemplars: the request's trace id on its bucket and on the counter, within 128 characters", async () => {
    const e = await scrapeOpenMetrics(a.httpPort);
    const onBucket = (le: string) => e.exemplars.filter((x) => x.name === `${DUR}_bucket` && x.labels.le === le);
    expect(onBucket("0.05").map((x) => [x.exemplar.trace_id, x.value])).toEqual([[TRACE_A, 0.03]]);
    expect(onBucket("1.0").map((x) => [x.exemplar.trace_id, x.value])).toEqual([[TRACE_B, 1]]);
    expect(onBucket("0.25")).toHaveLength(0);
    const counter = e.exemplars.filter((x) => x.name === REQ);
    expect(counter).toHaveLength(1);
    // One exemplar per slot per clock tick, and one request is counted within one tick: the first traced.
    expect(counter[0].exemplar.trace_id).toBe(TRACE_A);
    expect(counter[0].value).toBe(1);
    for (const x of e.exemplars) {
      const runes = Object.entries(x.exemplar).reduce((n, [k, v]) => n + [...k].length + [...v].length, 0);
      expect(runes).toBeLessThanOrEqual(128);
      expect(Math.abs(x.timestamp! - Date.now() / 1000)).toBeLessThan(600);
    }
    // Only latency and request counters carry them by default.
    expect(e.exemplars.filter((x) => x.name.startsWith("gateway_response_size"))).toHaveLength(0);
  });

  test("the text format has neither exemplars nor _created, and passes promtool", async () => {
    const res = await fetch(url(), { headers: { accept: "text/plain;version=0.0.4" } });
    const text = await res.text();
    expect(text).not.toContain("trace_id");
    expect(text).not.toContain("_created");
    const e = parseExposition(text);
    expect(sample(e, `${DUR}_bucket`, { host: "om.example", le: "1" })).toBe(3);
    if (promtoolPath) expect(promtoolCheck(text)).toBe("");
  });
});

function recordMany(p: Pipeline, from: number, n: number): void {
  const r = newRecord();
  for (let i = from; i < from + n; i++) {
    r.host = `h${i % 20}.example`;
    r.path = `/p/${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i >> 5) % 4))}`;
    r.method = "GET";
    r.code = 200 + (i % 3);
    r.durationSeconds = (i % 50) / 100;
    r.responseBytes = i % 5000;
    r.traceId = "";
    recordAccess(p.metrics, r);
  }
}

/** Within one exposition: each counter equals its histograms' _count, and +Inf equals _count. */
function expectConsistent(e: Exposition): number {
  const key = (l: Record<string, string>) => JSON.stringify(Object.entries(l).filter(([k]) => k !== "le").sort());
  const counts = new Map(samples(e, `${DUR}_count`).map((s) => [key(s.labels), s.value]));
  const inf = new Map(samples(e, `${DUR}_bucket`, { le: "+Inf" }).map((s) => [key(s.labels), s.value]));
  const sizes = new Map(samples(e, "gateway_response_size_bytes_count").map((s) => [key(s.labels), s.value]));
  for (const s of samples(e, REQ)) {
    const k = key(s.labels);
    expect([k, counts.get(k)]).toEqual([k, s.value]);
    expect([k, inf.get(k)]).toEqual([k, s.value]);
    expect([k, sizes.get(k)]).toEqual([k, s.value]);
  }
  return total(e, REQ);
}

describe("consistent snapshots and shared renders", () => {
  let reg: Registry;
  let p: Pipeline;
  beforeAll(() => {
    reg = newRegistry();
    p = newPipeline(reg, modelOptions(defaults()), []);
    recordMany(p, 0, 20_000);
  });

  test("a render in many slices, with ingestion running between them, shows one instant", async () => {
    let ingesting = true;
    let sent = 20_000;
    const loop = () => {
      if (!ingesting) return;
      recordMany(p, sent, 97);
      sent += 97;
      setImmediate(loop);
    };
    setImmediate(loop);
    for (let round = 0; round < 4; round++) {
      const before = sent;
      // Rounds 2 and 3 also copy the snapshot in slices of 64 series, with ingestion in between.
      const steps = round >= 2 ? { snapshotStep: 64 } : {};
      const chunks = await renderChunks(reg, round % 2 ? "openmetrics" : "text", { sliceMs: 0, chunkBytes: 1 << 14, ...steps });
      expect(chunks.length).toBeGreaterThan(10);
      const text = new TextDecoder().decode(Buffer.concat(chunks));
      const e = round % 2 ? parseOpenMetrics(text) : parseExposition(text);
      const counted = expectConsistent(e);
      expect(counted).toBe(before); // the instant the render started, not later
    }
    ingesting = false;
    expect(sent).toBeGreaterThan(20_000 + 4 * 97);
  });

  test("sliced and one-go renders of the same state are the same bytes", async () => {
    for (const format of ["text", "openmetrics"] as const) {
      const chunks = await renderChunks(reg, format, { sliceMs: 0, chunkBytes: 4096 });
      expect(Buffer.concat(chunks).equals(Buffer.from(render(reg, format)))).toBe(true);
    }
  });

  test("scrapes asked for in the same turn share one render", async () => {
    const scraper = newScraper(reg);
    const results = await Promise.all([0, 1, 2, 3, 4].map(() => scraper.scrape("openmetrics", false)));
    for (const r of results) expect(r).toBe(results[0]);
    const gz = await Promise.all([scraper.scrape("text", true), scraper.scrape("text", true), scraper.scrape("text", false)]);
    expect(gz[0]).toBe(gz[1]);
    expect(gunzipSync(Buffer.concat(gz[0])).equals(Buffer.concat(gz[2]))).toBe(true);
    const e = parseExposition(new TextDecoder().decode(render(reg, "text")));
    expect(sample(e, "gatewaymetric_renders_total", { format: "openmetrics" })).toBe(1);
    expect(sample(e, "gatewaymetric_scrapes_total", { format: "openmetrics" })).toBe(5);
    expect(sample(e, "gatewaymetric_renders_total", { format: "text" })).toBe(1);
    expect(sample(e, "gatewaymetric_scrapes_total", { format: "text" })).toBe(3);
  });
});

describe("concurrent scrapes over HTTP during ingestion", () => {
  let a: Adapter;
  let client: grpc.Client;
  beforeAll(async () => {
    a = await startTestAdapter();
    client = newClient(a.grpcPort);
    // Enough series (about 4,000) that a render takes a few slices.
    for (let call = 0; call < 20; call++) {
      const batch = Array.from({ length: 1000 }, (_, k) => {
        const i = call * 1000 + k;
        return { host: str(`h${i % 8}.example`), url: str(`/c/${String.fromCharCode(97 + (i % 26), 97 + ((i >> 5) % 20))}`), method: str("GET"), responseCode: int(200), latency: dbl(0.01), responseSize: int(10) };
      });
      expect((await unary(client, PATH, logEntryRequest(batch))).code).toBe(grpc.status.OK);
    }
  });
  afterAll(async () => {
    client.close();
    await a.shutdown();
  });

  test("every scrape is consistent, and concurrent ones share renders", async () => {
    const before = await scrape(a.httpPort);
    const rendersBefore = sample(before, "gatewaymetric_renders_total", { format: "openmetrics" });
    let ingesting = true;
    let sent = 0;
    const ingest = (async () => {
      while (ingesting) {
        const body = logEntryRequest(Array.from({ length: 50 }, (_, k) => ({ host: str(`h${k}.example`), url: str(`/c/${String.fromCharCode(97 + (k % 26))}a`), method: str("GET"), responseCode: int(200), latency: dbl(0.01), responseSize: int(10) })));
        expect((await unary(client, PATH, body)).code).toBe(grpc.status.OK);
        sent += 50;
      }
    })();
    const SCRAPES = 8;
    const results = await Promise.all(Array.from({ length: SCRAPES }, () => scrapeOpenMetrics(a.httpPort)));
    ingesting = false;
    await ingest;
    for (const e of results) expectConsistent(e);
    const after = await scrape(a.httpPort);
    const renders = sample(after, "gatewaymetric_renders_total", { format: "openmetrics" }) - rendersBefore;
    expect(renders).toBeGreaterThan(0);
    expect(renders).toBeLessThan(SCRAPES);
    expect(total(after, REQ)).toBe(20_000 + sent);
  });
});
