// Cardinality budgets: a flood of unique paths and hosts stays within its budgets, every request is
// still counted, existing series keep their identity, and label values are made safe.
import { afterAll, beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { defaults } from "../src/config/config.ts";
import { gatewayRouteReport, recordAccess } from "../src/core/gateway-metrics.ts";
import { MEMO_ENTRIES } from "../src/core/label-map.ts";
import { newPipeline } from "../src/core/pipeline.ts";
import { newRecord, resetRecord } from "../src/core/record.ts";
import { render } from "../src/expose/render.ts";
import { type Adapter, modelOptions } from "../src/server/adapter.ts";
import { newRegistry } from "../src/store/registry.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { type Exposition, parseExposition, promtoolCheck, promtoolPath, sample, samples, scrape, total } from "./helpers/exposition.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { dbl, int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";

// Servers, child processes and large inputs: generous limits for a loaded 2-core machine.
setDefaultTimeout(60_000);

const PATH = "/logentry.HandleLogEntryService/HandleLogEntry";
const REQ = "gateway_requests_total";

/** 0 → a, 25 → z, 26 → ab …: unique, and letters only, so folding leaves it alone. */
function word(i: number): string {
  let s = "";
  do {
    s += String.fromCharCode(97 + (i % 26));
    i = Math.floor(i / 26);
  } while (i > 0);
  return s;
}

function overflow(e: Exposition, metric: string, label: string): number {
  return sample(e, "gatewaymetric_overflow_total", { metric, label });
}

describe("a flood of 1,000,000 unique paths and hosts through the pipeline", () => {
  const N = 1_000_000;
  const MAX_SERIES = 1500;
  const reg = newRegistry();
  const c = defaults();
  c.maxSeries = MAX_SERIES;
  const p = newPipeline(reg, modelOptions(c), ["mixer"]);
  let e: Exposition;
  let heapGrowth = 0;

  beforeAll(() => {
    const r = newRecord();
    Bun.gc(true);
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < N; i++) {
      resetRecord(r);
      r.host = `${word(i)}.example`;
      r.path = `/p/${word(i)}/x?session=${i}`;
      r.method = "GET";
      r.code = 200;
      r.durationSeconds = (i % 100) / 1000;
      recordAccess(p.metrics, r);
    }
    Bun.gc(true);
    heapGrowth = process.memoryUsage().heapUsed - before;
    console.log(`flood: heap grew by ${(heapGrowth / 1e6).toFixed(1)} MB for ${N} unique paths and hosts`);
    e = parseExposition(new TextDecoder().decode(render(reg, "text")));
  }, 120_000);

  test("every request is counted", () => {
    expect(total(e, REQ)).toBe(N);
    expect(total(e, "gateway_request_duration_seconds_count")).toBe(N);
  });

  test("series, hosts and routes stay within their budgets", () => {
    expect(samples(e, REQ).length).toBe(MAX_SERIES + 1);
    expect(sample(e, "gatewaymetric_series", { metric: REQ })).toBe(MAX_SERIES + 1);
    const hosts = new Set(samples(e, REQ).map((s) => s.labels.host));
    const routes = new Set(samples(e, REQ).map((s) => s.labels.route));
    expect(hosts.size).toBeLessThanOrEqual(1000 + 1);
    expect(routes.size).toBeLessThanOrEqual(2000 + 1);
    const report = gatewayRouteReport(p.metrics);
    expect(report.distinct.hosts).toBe(1000);
    expect(report.distinct.routes).toBe(2000);
    expect(report.routes.length).toBeLessThanOrEqual(2000 + 1);
  });

  test("the budgets' overflow is counted per metric and label", () => {
    expect(overflow(e, REQ, "host")).toBe(N - 1000);
    expect(overflow(e, REQ, "route")).toBe(N - 2000);
    // The first 1,000 records made (host, route) series, the next 500 (__overflow__, route); every later one was redirected.
    expect(overflow(e, REQ, "series")).toBe(N - MAX_SERIES);
    expect(sample(e, REQ, { host: "__overflow__", route: "__overflow__", method: "__overflow__", code: "__overflow__" })).toBe(N - MAX_SERIES);
  });

  test("memory is bounded: memos hold at most two generations, the heap barely grows", () => {
    const report = gatewayRouteReport(p.metrics);
    expect(report.memoEntries).toBeLessThanOrEqual(2 * MEMO_ENTRIES * 5);
    expect(heapGrowth).toBeLessThan(64 * 1024 * 1024);
  });

  test("series that existed before the budget ran out keep their identity", () => {
    const r = newRecord();
    r.host = `${word(7)}.example`;
    r.path = `/p/${word(7)}/x`;
    r.method = "GET";
    r.code = 200;
    recordAccess(p.metrics, r);
    const after = parseExposition(new TextDecoder().decode(render(reg, "text")));
    expect(sample(after, REQ, { host: `${word(7)}.example`, route: `/p/${word(7)}/x` })).toBe(2);
  });
});

describe("a flood through real gRPC, with small budgets", () => {
  let a: Adapter;
  let client: grpc.Client;
  const CALLS = 60;
  const PER_CALL = 500;
  beforeAll(async () => {
    a = await startTestAdapter({ maxSeries: 150, limits: { hosts: 100, routes: 200, labelValues: 10, labelValueBytes: 256 } });
    client = newClient(a.grpcPort);
    for (let call = 0; call < CALLS; call++) {
      const batch = Array.from({ length: PER_CALL }, (_, k) => {
        const i = call * PER_CALL + k;
        return { host: str(`${word(i)}.example`), url: str(`/q/${word(i)}`), method: str("GET"), responseCode: int(200), latency: dbl(0.01) };
      });
      expect((await unary(client, PATH, logEntryRequest(batch))).code).toBe(grpc.status.OK);
    }
  });
  afterAll(async () => {
    client.close();
    await a.shutdown();
  });

  test("everything is counted, within budget", async () => {
    const e = await scrape(a.httpPort);
    expect(total(e, REQ)).toBe(CALLS * PER_CALL);
    expect(samples(e, REQ).length).toBe(151);
    expect(new Set(samples(e, REQ).map((s) => s.labels.host)).size).toBeLessThanOrEqual(101);
    expect(overflow(e, REQ, "host")).toBe(CALLS * PER_CALL - 100);
    expect(overflow(e, REQ, "route")).toBe(CALLS * PER_CALL - 200);
    // 100 (host, route) series, then 50 (__overflow__, route) ones fill the budget of 150.
    expect(overflow(e, REQ, "series")).toBe(CALLS * PER_CALL - 150);
    expect(sample(e, "gatewaymetric_entries_total", { source: "mixer", outcome: "accepted" })).toBe(CALLS * PER_CALL);
    if (promtoolPath) expect(promtoolCheck(e.text)).toBe("");
  });
});

describe("host allow-list and label value hygiene through the adapter", () => {
  let a: Adapter;
  let client: grpc.Client;
  beforeAll(async () => {
    a = await startTestAdapter({ hosts: { allow: ["shop.example.com"] }, limits: { hosts: 1000, routes: 2000, labelValues: 1000, labelValueBytes: 64 } });
    client = newClient(a.grpcPort);
  });
  afterAll(async () => {
    client.close();
    await a.shutdown();
  });

  test("allowed hosts are kept (port and case ignored), others are __other__", async () => {
    const body = logEntryRequest(
      ["shop.example.com", "Shop.Example.COM:8443", "evil.example", "10.0.0.1:80"].map((h) => ({ host: str(h), url: str("/"), method: str("GET"), responseCode: int(200) })),
    );
    expect((await unary(client, PATH, body)).code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    expect(sample(e, REQ, { host: "shop.example.com", route: "/" })).toBe(2);
    expect(sample(e, REQ, { host: "__other__", route: "/" })).toBe(2);
  });

  test("long and invalid label values are cut and cleaned, and the exposition stays valid", async () => {
    const long = "/" + "seg".repeat(100);
    const gw = "gw\u0001\nname";
    const body = logEntryRequest([{ host: str("shop.example.com"), url: str(long), method: str("GET"), responseCode: int(200), gateway: str(gw) }]);
    expect((await unary(client, PATH, body)).code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    const s = samples(e, REQ).find((x) => x.labels.route?.endsWith("…"))!;
    expect(s).toBeDefined();
    expect(new TextEncoder().encode(s.labels.route).length).toBeLessThanOrEqual(64);
    expect(s.labels.gateway).toBe("gw\uFFFD\uFFFDname");
    if (promtoolPath) expect(promtoolCheck(e.text)).toBe("");
  });
});
