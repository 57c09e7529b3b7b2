// Per-metric settings through a running adapter: rename, disable, own buckets, label subsets that
// add up, status classes, a metric's own series budget and exemplars; and the example config file.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { readFileSync } from "node:fs";
import { type Config, loadConfig } from "../src/config/config.ts";
import { type Adapter, startAdapter } from "../src/server/adapter.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { promtoolCheck, promtoolPath, sample, samples, scrape, scrapeOpenMetrics, total } from "./helpers/exposition.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { dbl, int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";

const PATH = "/logentry.HandleLogEntryService/HandleLogEntry";

const traffic = () =>
  logEntryRequest([
    { host: str("a.example"), url: str("/x/1"), method: str("GET"), responseCode: int(200), latency: dbl(0.15), requestSize: int(10), responseSize: int(100), traceId: str("aaaaaaaaaaaaaaaa") },
    { host: str("b.example"), url: str("/x/2"), method: str("GET"), responseCode: int(204), latency: dbl(0.35), requestSize: int(20), responseSize: int(3000) },
    { host: str("b.example"), url: str("/y"), method: str("POST"), responseCode: int(503), latency: dbl(2), requestSize: int(30), responseSize: int(50) },
    { host: str("c.example"), url: str("/y"), method: str("POST"), responseCode: int(404), latency: dbl(0.05), requestSize: int(40), responseSize: int(60) },
  ]);

describe("per-metric settings", () => {
  let a: Adapter;
  let client: grpc.Client;
  beforeAll(async () => {
    a = await startTestAdapter({
      metrics: {
        requests: { name: "edge_requests_total", labels: ["host", "code"], statusClasses: true, exemplars: false },
        requestDuration: { buckets: { linear: { start: 0.1, width: 0.1, count: 4 } }, labels: ["method"] },
        requestSize: { enabled: false },
        responseSize: { buckets: { exponential: { start: 100, factor: 10, count: 3 } }, labels: ["route"], maxSeries: 1 },
        upstreamDuration: { enabled: false },
      },
    });
    client = newClient(a.grpcPort);
    expect((await unary(client, PATH, traffic())).code).toBe(grpc.status.OK);
  });
  afterAll(async () => {
    client.close();
    await a.shutdown();
  });

  test("renamed, with its own labels and status classes", async () => {
    const e = await scrape(a.httpPort);
    expect(e.types.has("gateway_requests_total")).toBe(false);
    expect(e.types.get("edge_requests_total")).toBe("counter");
    expect(sample(e, "edge_requests_total", { host: "b.example", code: "2xx" })).toBe(1);
    expect(sample(e, "edge_requests_total", { host: "b.example", code: "5xx" })).toBe(1);
    expect(sample(e, "edge_requests_total", { host: "c.example", code: "4xx" })).toBe(1);
    expect(Object.keys(samples(e, "edge_requests_total")[0].labels).sort()).toEqual(["code", "host"]);
  });

  test("a label subset adds up over the dropped labels, with its own (linear) buckets", async () => {
    const e = await scrape(a.httpPort);
    const d = "gateway_request_duration_seconds";
    expect(samples(e, `${d}_count`)).toHaveLength(2);
    expect(sample(e, `${d}_count`, { method: "GET" })).toBe(2);
    expect(sample(e, `${d}_sum`, { method: "POST" })).toBeCloseTo(2.05, 12);
    expect(samples(e, `${d}_bucket`, { method: "GET" }).map((s) => [s.labels.le, s.value])).toEqual([
      ["0.1", 0], ["0.2", 1], ["0.3", 1], ["0.4", 2], ["+Inf", 2],
    ]);
  });

  test("disabled metrics are gone; exponential buckets; a metric's own series budget", async () => {
    const e = await scrape(a.httpPort);
    expect(e.types.has("gateway_request_size_bytes")).toBe(false);
    expect(e.types.has("gateway_upstream_duration_seconds")).toBe(false);
    const r = "gateway_response_size_bytes";
    expect(samples(e, `${r}_bucket`, { route: "/x/{id}" }).map((s) => [s.labels.le, s.value])).toEqual([
      ["100", 1], ["1000", 1], ["10000", 2], ["+Inf", 2],
    ]);
    // maxSeries 1: the second route went to the overflow series, counted.
    expect(sample(e, `${r}_count`, { route: "__overflow__" })).toBe(2);
    expect(sample(e, "gatewaymetric_overflow_total", { metric: r, label: "series" })).toBe(2);
    expect(total(e, `${r}_count`)).toBe(4);
    if (promtoolPath) expect(promtoolCheck(e.text)).toBe("");
  });

  test("exemplars follow the per-metric switch", async () => {
    const e = await scrapeOpenMetrics(a.httpPort);
    expect(e.exemplars.filter((x) => x.name === "edge_requests_total")).toHaveLength(0);
    expect(e.exemplars.filter((x) => x.name === "gateway_request_duration_seconds_bucket").map((x) => x.exemplar.trace_id)).toEqual(["aaaaaaaaaaaaaaaa"]);
  });
});

describe("the example config file in a running adapter", () => {
  let a: Adapter;
  let client: grpc.Client;
  beforeAll(async () => {
    const r = loadConfig({
      argv: ["--config", "examples/gatewaymetric.yaml", "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0"],
      env: {},
      readFile: (p) => readFileSync(p, "utf8"),
    });
    a = await startAdapter((r as { config: Config }).config);
    client = newClient(a.grpcPort);
    const body = logEntryRequest(
      [
        ["shop.example.com", "/api/v1/users/42"],
        ["shop.example.com", "/api/v1/users/42/orders/7"],
        ["shop.example.com", "/static/img/logo.png"],
        ["api.example.com", "/v2/items/red-hat"],
        ["shop.example.com", "/v2/items/red-hat"],
        ["shop.example.com", "/healthz"],
      ].map(([host, url]) => ({ host: str(host), url: str(url), method: str("GET"), responseCode: int(200), latency: dbl(0.01), requestSize: int(5), responseSize: int(300) })),
    );
    expect((await unary(client, PATH, body)).code).toBe(grpc.status.OK);
  });
  afterAll(async () => {
    client.close();
    await a.shutdown();
  });

  test("its templates, disabled metric and buckets apply", async () => {
    const e = await scrape(a.httpPort);
    for (const route of ["/api/v1/users/{id}", "/api/v1/users/{id}/orders/{order}", "/static/*", "/v2/items/red-hat", "health"]) {
      expect([route, sample(e, "gateway_requests_total", { route })]).toEqual([route, 1]);
    }
    expect(sample(e, "gateway_requests_total", { host: "api.example.com", route: "/v2/items/{sku}" })).toBe(1);
    expect(e.types.has("gateway_request_size_bytes")).toBe(false);
    expect(sample(e, "gateway_response_size_bytes_bucket", { route: "health", le: "256" })).toBe(0);
    expect(sample(e, "gateway_response_size_bytes_bucket", { route: "health", le: "1024" })).toBe(1);
  });
});
