// The status page's JSON and HTTP surface, through real gRPC traffic and real HTTP requests.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import type * as grpc from "@grpc/grpc-js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaults } from "../src/config/config.ts";
import { newStatus, pollStatus, type StatusReport } from "../src/expose/status.ts";
import { LOGENTRY_PATH } from "../src/ingest/mixer-logentry.ts";
import type { Adapter } from "../src/server/adapter.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { httpEntry, identifier, message, V3_PATH } from "./helpers/als-fixtures.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { dur, int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";

const HOSTILE = "<img src=x onerror=alert(1)>";
const identity = (b: Buffer) => b;

function mixerEntry(host: string, url: string, code = 200, ms = 20, method = "GET") {
  return { host: str(host), url: str(url), method: str(method), responseCode: int(code), latency: dur(ms) };
}

async function status(a: Adapter, headers: Record<string, string> = {}): Promise<StatusReport> {
  const r = await fetch(`http://127.0.0.1:${a.httpPort}/api/status`, { headers });
  expect(r.status).toBe(200);
  return (await r.json()) as StatusReport;
}

type Sender = { source: string; accepted: number; acceptedRate: number; rejected: number; reasons: { reason: string; total: number }[]; lastEntryAgo: number | null; openStreams: number; streams: { gateway: string; entries: number }[] };

describe("GET /api/status after real traffic", () => {
  let a: Adapter;
  let client: grpc.Client;
  let stream: grpc.ClientWritableStream<Buffer>;

  beforeAll(async () => {
    a = await startTestAdapter({
      debugEndpoints: true,
      limits: { ...defaults().limits, routes: 2 },
      route: { ...defaults().route, templates: [{ path: "/tpl/{id}", name: "tpl-item" }] },
    });
    client = newClient(a.grpcPort);
    stream = client.makeClientStreamRequest(V3_PATH, identity, identity, () => {});
    const entries = [
      ...Array.from({ length: 6 }, () => mixerEntry("shop.example.com", "/api/v1/products/17")),
      mixerEntry("shop.example.com", "/api/v1/products/18", 503, 900),
      mixerEntry(HOSTILE, "/x", 200),
      mixerEntry("shop.example.com", "/tpl/42"),
      mixerEntry("shop.example.com", "/tpl/43"),
      // Past the route budget (2: the two above): these fold into __overflow__; the query string must never show.
      mixerEntry("shop.example.com", "/over/one?token=s3cret"),
      mixerEntry("shop.example.com", "/over/two?token=s3cret"),
      mixerEntry("shop.example.com", "/over/three"),
      mixerEntry("shop.example.com", "/bad", 1234),
    ];
    expect((await unary(client, LOGENTRY_PATH, logEntryRequest(entries))).code).toBe(0);
    stream.write(Buffer.from(message({
      id: identifier({ cluster: "edge-gw.istio-system" }),
      http: [httpEntry({ authority: "api.example.com", path: "/v2/orders", code: 503, responseFlags: { no_healthy_upstream: true } })],
    })));
    // The stream stays open; wait until its entry is counted.
    for (let i = 0; i < 100 && a.pipeline.self.lastEntry.als === 0; i++) await Bun.sleep(20);
  });

  afterAll(async () => {
    stream.end();
    client.close();
    await a.shutdown();
  });

  test("senders: accepted, rejected by reason, the open stream and its gateway", async () => {
    const s = await status(a);
    const mixer = s.senders.find((x) => (x as Sender).source === "mixer") as Sender;
    expect(mixer.accepted).toBe(13);
    expect(mixer.rejected).toBe(1);
    expect(mixer.reasons.find((r) => r.reason === "bad_code")!.total).toBe(1);
    expect(mixer.lastEntryAgo).not.toBeNull();
    const als = s.senders.find((x) => (x as Sender).source === "als") as Sender;
    expect(als.accepted).toBe(1);
    expect(als.openStreams).toBe(1);
    expect(als.streams[0].gateway).toBe("edge-gw.istio-system");
    expect(als.streams[0].entries).toBe(1);
    const otlp = s.senders.find((x) => (x as Sender).source === "otlp") as Sender;
    expect(otlp.accepted).toBe(0);
    expect(otlp.lastEntryAgo).toBeNull();
  });

  test("routes: (host, route, method) rows with totals; hostile values come back as the same text", async () => {
    const s = await status(a);
    const row = (host: string, route: string) => s.routes.rows.find((r) => r.host === host && r.route === route);
    const products = row("shop.example.com", "/api/v1/products/{id}")!;
    expect(products.method).toBe("GET");
    expect(products.total).toBe(7);
    expect(row(HOSTILE, "/x")!.total).toBe(1);
    expect(row("api.example.com", "__overflow__")!.method).toBe("GET");
    expect(row("shop.example.com", "tpl-item")!.total).toBe(2);
    expect(s.traffic.total).toBe(14);
  });

  test("rates, 5xx ratio and p50/p99 from traffic sent after the first poll", async () => {
    await status(a);
    await Bun.sleep(2100);
    // 8 requests: 6 fast, 2 slow 5xx.
    const more = [
      ...Array.from({ length: 6 }, () => mixerEntry("rate.example.com", "/r", 200, 20)),
      ...Array.from({ length: 2 }, () => mixerEntry("rate.example.com", "/r", 500, 3000)),
    ];
    expect((await unary(client, LOGENTRY_PATH, logEntryRequest(more))).code).toBe(0);
    let r = undefined;
    for (let i = 0; i < 40 && !(r && r.rate > 0); i++) {
      await Bun.sleep(250);
      r = (await status(a)).routes.rows.find((x) => x.host === "rate.example.com");
    }
    expect(r!.rate).toBeGreaterThan(0);
    expect(r!.errorRatio).toBe(0.25);
    // 6 of 8 in (0.01, 0.025], 2 in (2.5, 5]: the median is inside the first, p99 inside the second.
    expect(r!.p50).toBeGreaterThan(0.01);
    expect(r!.p50).toBeLessThanOrEqual(0.025);
    expect(r!.p99).toBeGreaterThan(2.5);
    expect(r!.p99).toBeLessThanOrEqual(5);
    expect(r!.history.length).toBeGreaterThan(0);
  });

  test("response flags with their meaning", async () => {
    const s = await status(a);
    expect(s.flags).toContainEqual(expect.objectContaining({ flag: "UH", meaning: "no healthy upstream host", total: 1 }));
  });

  test("cardinality: series against budgets, route budget overflow, templates, raw overflow values without query strings", async () => {
    const s = await status(a);
    const c = s.cardinality as {
      metrics: { name: string; series: number; budget: number }[];
      labels: { label: string; values: number; budget: number; overflowed: number }[];
      templates: { configured: number; rows: { route: string; requests: number }[] };
      overflowValues: { value: string; count: number }[];
    };
    const req = c.metrics.find((m) => m.name === "gateway_requests_total")!;
    expect(req.budget).toBe(defaults().maxSeries);
    expect(req.series).toBeGreaterThan(0);
    const route = c.labels.find((l) => l.label === "route")!;
    expect(route).toMatchObject({ values: 2, budget: 2 });
    expect(route.overflowed).toBeGreaterThanOrEqual(3);
    expect(c.templates.configured).toBe(1);
    expect(c.templates.rows).toContainEqual({ route: "tpl-item", requests: 2 });
    const values = c.overflowValues.map((v) => v.value);
    expect(values).toEqual(expect.arrayContaining(["/over/one", "/over/two", "/over/three"]));
    expect(JSON.stringify(s)).not.toContain("s3cret");
  });

  test("process facts", async () => {
    const s = await status(a);
    expect(s.process).toMatchObject({ grpcListen: `127.0.0.1:${a.grpcPort}`, httpListen: `127.0.0.1:${a.httpPort}`, ready: true, configFile: null, httpAuth: "none" });
    expect(s.process.rssBytes as number).toBeGreaterThan(0);
  });

  test("the page and its script: CSP without inline script, script and style same-origin", async () => {
    const page = await fetch(`http://127.0.0.1:${a.httpPort}/`);
    expect(page.headers.get("content-type")).toStartWith("text/html");
    const csp = page.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('<script src="/status.js"');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son\w+=/);
    const js = await fetch(`http://127.0.0.1:${a.httpPort}/status.js`);
    expect(js.headers.get("content-type")).toStartWith("text/javascript");
    expect(await js.text()).not.toContain("innerHTML");
    expect((await fetch(`http://127.0.0.1:${a.httpPort}/status.css`)).headers.get("content-type")).toStartWith("text/css");
  });

  test("no write actions: other methods are refused", async () => {
    for (const method of ["POST", "PUT", "DELETE"]) {
      expect((await fetch(`http://127.0.0.1:${a.httpPort}/api/status`, { method })).status).toBe(405);
    }
  });
});

describe("status page auth and idle cost", () => {
  test("behind the same basic auth as /metrics", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gm-status-"));
    writeFileSync(join(dir, "pw"), "hunter2\n");
    const a = await startTestAdapter({ httpAuth: { bearerTokenFile: "", basicUser: "ops", basicPasswordFile: join(dir, "pw") } });
    try {
      for (const path of ["/", "/api/status", "/status.js", "/metrics"]) {
        expect((await fetch(`http://127.0.0.1:${a.httpPort}${path}`)).status).toBe(401);
      }
      const auth = { authorization: "Basic " + btoa("ops:hunter2") };
      expect((await fetch(`http://127.0.0.1:${a.httpPort}/`, { headers: auth })).status).toBe(200);
      expect((await status(a, auth)).process.httpAuth).toBe("basic");
      expect((await fetch(`http://127.0.0.1:${a.httpPort}/healthz`)).status).toBe(200);
    } finally {
      await a.shutdown();
    }
  });

  test("sampling runs only while polled: it stops and lets its memory go when nobody asks", async () => {
    const a = await startTestAdapter();
    try {
      const st = newStatus({ registry: a.registry, pipeline: a.pipeline, debug: false, facts: () => ({ grpcListen: "", httpListen: "", grpcTls: false, httpTls: false, httpAuth: "none", ready: true, reload: a.reloads }) }, { sampleMs: 20, idleMs: 100 });
      expect(st.timer).toBeNull();
      pollStatus(st);
      expect(st.timer).not.toBeNull();
      await Bun.sleep(60);
      expect(st.sampler!.ring.sample).toBeGreaterThan(1);
      await Bun.sleep(300);
      expect(st.timer).toBeNull();
      expect(st.sampler).toBeNull();
    } finally {
      await a.shutdown();
    }
  });
});
