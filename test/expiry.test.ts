// Expiry: idle series go only after a scrape served their final values (or after twice the ttl
// unscraped), freed ids come back zeroed, a returning series starts fresh with a new _created, and
// freed budget places can be taken again.
import { afterAll, beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { defaults } from "../src/config/config.ts";
import { sweepGatewayMetrics, recordAccess } from "../src/core/gateway-metrics.ts";
import { newPipeline, type Pipeline } from "../src/core/pipeline.ts";
import { newRecord } from "../src/core/record.ts";
import { render } from "../src/expose/render.ts";
import { type Adapter, modelOptions } from "../src/server/adapter.ts";
import { tickClock } from "../src/store/clock.ts";
import { newRegistry, type Registry } from "../src/store/registry.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { type OpenMetrics, parseOpenMetrics, sample, samples, scrapeOpenMetrics } from "./helpers/exposition.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { dbl, int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";

// Servers, child processes and large inputs: generous limits for a loaded 2-core machine.
setDefaultTimeout(60_000);

const REQ = "gateway_requests_total";
const TTL = 10;
const T0 = 1_000_000;

function setup(limits = defaults().limits): { reg: Registry; p: Pipeline } {
  const reg = newRegistry();
  const c = defaults();
  c.expiry.ttl = TTL;
  c.limits = limits;
  return { reg, p: newPipeline(reg, modelOptions(c), []) };
}

function send(p: Pipeline, host: string, seconds = 0.02, traceId = ""): void {
  const r = newRecord();
  r.host = host;
  r.path = "/x";
  r.method = "GET";
  r.code = 200;
  r.durationSeconds = seconds;
  r.traceId = traceId;
  recordAccess(p.metrics, r);
}

/** A scrape, as Prometheus would do it (the snapshot marks what it served). */
function scrapeNow(reg: Registry): OpenMetrics {
  return parseOpenMetrics(new TextDecoder().decode(render(reg, "openmetrics")));
}

const has = (e: OpenMetrics, host: string) => samples(e, REQ, { host }).length > 0;

describe("expiry in the pipeline (explicit clock)", () => {
  test("an idle series stays until a scrape has served its final values, then goes", () => {
    const { reg, p } = setup();
    tickClock(T0);
    send(p, "a.example");
    tickClock(T0 + TTL + 5);
    expect(sweepGatewayMetrics(p.metrics, T0 + TTL + 5)).toBe(0);
    const served = scrapeNow(reg);
    expect(sample(served, REQ, { host: "a.example" })).toBe(1);
    expect(sweepGatewayMetrics(p.metrics, T0 + TTL + 6)).toBeGreaterThan(0);
    expect(has(scrapeNow(reg), "a.example")).toBe(false);
    expect(sample(scrapeNow(reg), "gatewaymetric_series", { metric: REQ })).toBe(0);
  });

  test("an update after the last scrape holds the series until the next scrape", () => {
    const { reg, p } = setup();
    tickClock(T0);
    send(p, "b.example");
    scrapeNow(reg);
    send(p, "b.example");
    expect(sweepGatewayMetrics(p.metrics, T0 + TTL + 1)).toBe(0);
    expect(sample(scrapeNow(reg), REQ, { host: "b.example" })).toBe(2);
    expect(sweepGatewayMetrics(p.metrics, T0 + TTL + 2)).toBeGreaterThan(0);
  });

  test("a series not idle for the ttl stays, scraped or not", () => {
    const { reg, p } = setup();
    tickClock(T0);
    send(p, "c.example");
    scrapeNow(reg);
    expect(sweepGatewayMetrics(p.metrics, T0 + TTL)).toBe(0);
    expect(has(scrapeNow(reg), "c.example")).toBe(true);
  });

  test("with nobody scraping, a series goes after twice the ttl", () => {
    const { reg, p } = setup();
    tickClock(T0);
    send(p, "d.example");
    expect(sweepGatewayMetrics(p.metrics, T0 + 2 * TTL)).toBe(0);
    expect(sweepGatewayMetrics(p.metrics, T0 + 2 * TTL + 1)).toBeGreaterThan(0);
    expect(has(scrapeNow(reg), "d.example")).toBe(false);
  });

  test("a returning series starts fresh: new _created, zeroed numbers and exemplars, even in a reused id", () => {
    const { reg, p } = setup();
    tickClock(T0);
    send(p, "e.example", 5, "aaaaaaaaaaaaaaaa");
    const first = scrapeNow(reg);
    const created1 = sample(first, "gateway_requests_created", { host: "e.example" });
    expect(sweepGatewayMetrics(p.metrics, T0 + TTL + 1)).toBeGreaterThan(0);
    Bun.sleepSync(5);
    tickClock(T0 + TTL + 2);
    send(p, "f.example", 0.001); // takes the freed id
    send(p, "e.example", 0.002);
    const e = scrapeNow(reg);
    expect(sample(e, REQ, { host: "e.example" })).toBe(1);
    expect(sample(e, "gateway_requests_created", { host: "e.example" })).toBeGreaterThan(created1);
    expect(sample(e, "gateway_request_duration_seconds_sum", { host: "f.example" })).toBe(0.001);
    expect(sample(e, "gateway_request_duration_seconds_bucket", { host: "f.example", le: "0.005" })).toBe(1);
    expect(sample(e, "gateway_request_duration_seconds_sum", { host: "e.example" })).toBe(0.002);
    expect(e.exemplars.filter((x) => x.labels.host === "f.example" || x.labels.host === "e.example")).toEqual([]);
  });

  test("a budget place freed by expiry can be taken by a new value", () => {
    const { reg, p } = setup({ ...defaults().limits, hosts: 1 });
    tickClock(T0);
    send(p, "first.example");
    send(p, "second.example");
    let e = scrapeNow(reg);
    expect(sample(e, REQ, { host: "__overflow__" })).toBe(1);
    expect(sweepGatewayMetrics(p.metrics, T0 + TTL + 1)).toBeGreaterThan(0);
    tickClock(T0 + TTL + 2);
    send(p, "second.example");
    e = scrapeNow(reg);
    expect(sample(e, REQ, { host: "second.example" })).toBe(1);
  });
});

describe("expiry in a running adapter", () => {
  let a: Adapter;
  let client: grpc.Client;
  const PATH = "/logentry.HandleLogEntryService/HandleLogEntry";
  const body = logEntryRequest([{ host: str("ttl.example"), url: str("/t"), method: str("GET"), responseCode: int(200), latency: dbl(0.01) }]);
  beforeAll(async () => {
    a = await startTestAdapter({ expiry: { ttl: 1 } });
    client = newClient(a.grpcPort);
  });
  afterAll(async () => {
    client.close();
    await a.shutdown();
  });

  test("a scraped idle series disappears; when it returns it starts at 1 with a new _created", async () => {
    expect((await unary(client, PATH, body)).code).toBe(grpc.status.OK);
    expect((await unary(client, PATH, body)).code).toBe(grpc.status.OK);
    const before = await scrapeOpenMetrics(a.httpPort);
    expect(sample(before, REQ, { host: "ttl.example" })).toBe(2);
    const created = sample(before, "gateway_requests_created", { host: "ttl.example" });
    let gone = false;
    for (let i = 0; i < 50 && !gone; i++) {
      await Bun.sleep(200);
      gone = samples(await scrapeOpenMetrics(a.httpPort), REQ, { host: "ttl.example" }).length === 0;
    }
    expect(gone).toBe(true);
    expect((await unary(client, PATH, body)).code).toBe(grpc.status.OK);
    const after = await scrapeOpenMetrics(a.httpPort);
    expect(sample(after, REQ, { host: "ttl.example" })).toBe(1);
    expect(sample(after, "gateway_requests_created", { host: "ttl.example" })).toBeGreaterThan(created);
    expect(sample(after, "gatewaymetric_entries_total", { source: "mixer", outcome: "accepted" })).toBe(3);
  });
});
