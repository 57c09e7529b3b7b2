// End to end: a real gRPC client sends Mixer logentry calls, a real scrape reads the result.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { adapter as paramsPb, grpc as healthPb } from "../src/generated/codecs.js";
import type { Adapter } from "../src/server/adapter.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { promtoolCheck, promtoolPath, sample, samples, scrape, total } from "./helpers/exposition.ts";
import { newClient, unary } from "./helpers/grpc-client.ts";
import { dbl, dur, int, logEntryRequest, SEED_LATENCIES_MS, seedRequest, str } from "./helpers/mixer-fixtures.ts";

const PATH = "/logentry.HandleLogEntryService/HandleLogEntry";
const SEED = { host: "192.168.101.6:31380", route: "/productpage", method: "GET", code: "200" };

describe("the seed's Mixer request", () => {
  let a: Adapter;
  let client: grpc.Client;
  beforeAll(async () => {
    a = await startTestAdapter();
    client = newClient(a.grpcPort);
  });
  afterAll(async () => {
    client.close();
    await a.shutdown();
  });

  test("is answered with an empty ReportResult", async () => {
    const r = await unary(client, PATH, seedRequest());
    expect(r.code).toBe(grpc.status.OK);
    expect(r.response!.length).toBe(0);
  });

  test("produces exact counts, bucket placement and sums", async () => {
    const e = await scrape(a.httpPort);
    const line = e.text.split("\n").find((l) => l.startsWith("gateway_requests_total{"));
    expect(line).toBe('gateway_requests_total{host="192.168.101.6:31380",route="/productpage",method="GET",code="200"} 4');
    const h = "gateway_request_duration_seconds";
    // 24.08 ms is the only one under 25 ms; all four are under 50 ms.
    const expected: Record<string, number> = { "0.005": 0, "0.01": 0, "0.025": 1, "0.05": 4, "0.1": 4, "10": 4, "+Inf": 4 };
    for (const [le, n] of Object.entries(expected)) expect(sample(e, `${h}_bucket`, { ...SEED, le })).toBe(n);
    expect(sample(e, `${h}_count`, SEED)).toBe(4);
    const sum = SEED_LATENCIES_MS.reduce((x, y) => x + y, 0) / 1000;
    expect(sample(e, `${h}_sum`, SEED)).toBeCloseTo(sum, 12);
    expect(sample(e, "gateway_response_size_bytes_bucket", { ...SEED, le: "4096" })).toBe(0);
    expect(sample(e, "gateway_response_size_bytes_bucket", { ...SEED, le: "16384" })).toBe(4);
    expect(sample(e, "gateway_response_size_bytes_sum", SEED)).toBe(4 * 4183);
    // The seed instance reports no request size: no request-size series rather than invented zeros.
    expect(samples(e, "gateway_request_size_bytes_count")).toHaveLength(0);
    expect(sample(e, "gatewaymetric_entries_total", { source: "mixer", outcome: "accepted" })).toBe(4);
    expect(total(e, "gatewaymetric_entries_total", { source: "mixer", outcome: "rejected" })).toBe(0);
    expect(e.types.get(h)).toBe("histogram");
    expect(e.types.get("gateway_requests_total")).toBe("counter");
  });

  test("exposition has the standard process metrics and passes promtool", async () => {
    const e = await scrape(a.httpPort);
    for (const n of ["process_cpu_seconds_total", "process_resident_memory_bytes", "process_start_time_seconds", "process_open_fds"]) {
      expect(sample(e, n)).toBeGreaterThan(0);
    }
    if (promtoolPath) expect(promtoolCheck(e.text)).toBe("");
  });
});

describe("Mixer value shapes and Istio's stock variable names", () => {
  let a: Adapter;
  let client: grpc.Client;
  beforeAll(async () => {
    a = await startTestAdapter();
    client = newClient(a.grpcPort);
  });
  afterAll(async () => {
    client.close();
    await a.shutdown();
  });

  test("accesslog-style variables, string codes, Go duration strings and double seconds", async () => {
    const body = logEntryRequest([
      { httpAuthority: str("shop.example.com"), url: str("/ratings/0?x=1"), method: str("get"), responseCode: str("503"), latency: str("25.1ms"), requestSize: int(300), responseSize: int(70), sourceWorkload: str("istio-ingressgateway") },
      { destinationServiceHost: str("shop.example.com"), url: str("/ratings/1"), method: str("GET"), responseCode: int(503), latency: dbl(0.0251), requestSize: int(10), responseSize: int(2000), sourceWorkload: str("istio-ingressgateway") },
      { httpAuthority: str("shop.example.com"), url: str("/reviews/3f2a9c1e-aa00-4bcd-9def-0123456789ab"), method: str("BREW"), responseCode: int(200), latency: dur(1000), sourceWorkload: str("istio-ingressgateway") },
    ]);
    expect((await unary(client, PATH, body)).code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    const ratings = { gateway: "istio-ingressgateway", host: "shop.example.com", route: "/ratings/{id}", method: "GET", code: "503" };
    expect(sample(e, "gateway_requests_total", ratings)).toBe(2);
    expect(sample(e, "gateway_request_duration_seconds_bucket", { ...ratings, le: "0.025" })).toBe(0);
    expect(sample(e, "gateway_request_duration_seconds_bucket", { ...ratings, le: "0.05" })).toBe(2);
    expect(sample(e, "gateway_request_duration_seconds_sum", ratings)).toBeCloseTo(0.0502, 12);
    expect(sample(e, "gateway_request_size_bytes_sum", ratings)).toBe(310);
    expect(sample(e, "gateway_response_size_bytes_sum", ratings)).toBe(2070);
    const other = { route: "/reviews/{id}", method: "_OTHER", code: "200" };
    expect(sample(e, "gateway_requests_total", other)).toBe(1);
    // A value equal to a bound lands in that bucket (le is inclusive).
    expect(sample(e, "gateway_request_duration_seconds_bucket", { ...other, le: "1" })).toBe(1);
    expect(sample(e, "gateway_request_duration_seconds_bucket", { ...other, le: "0.5" })).toBe(0);
  });

  test("upstream service time: the header's milliseconds, a Duration or a Go duration; \"\" is none", async () => {
    const base = { host: str("up.example"), url: str("/u"), method: str("GET"), responseCode: int(200) };
    const before = await scrape(a.httpPort);
    const rejectedBefore = total(before, "gatewaymetric_entries_total", { source: "mixer", outcome: "rejected" });
    const body = logEntryRequest([
      { ...base, upstreamServiceTime: str("31") },
      { ...base, upstreamServiceTime: int(9) },
      { ...base, upstreamServiceTime: dur(200) },
      { ...base, upstreamServiceTime: str("1.5s") },
      // `response.headers["x-envoy-upstream-service-time"] | ""` when Envoy sent none: counted, no upstream time.
      { ...base, upstreamServiceTime: str("") },
      { ...base, upstreamServiceTime: str("soon") },
      { ...base, upstreamServiceTime: int(-3) },
    ]);
    expect((await unary(client, PATH, body)).code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    const up = { host: "up.example", route: "/u", code: "200" };
    expect(sample(e, "gateway_requests_total", up)).toBe(5);
    expect(sample(e, "gateway_upstream_duration_seconds_count", up)).toBe(4);
    expect(sample(e, "gateway_upstream_duration_seconds_sum", up)).toBeCloseTo(0.031 + 0.009 + 0.2 + 1.5, 12);
    expect(sample(e, "gateway_upstream_duration_seconds_bucket", { ...up, le: "0.01" })).toBe(1);
    expect(total(e, "gatewaymetric_entries_total", { source: "mixer", outcome: "rejected", reason: "bad_duration" }))
      .toBe(total(before, "gatewaymetric_entries_total", { source: "mixer", outcome: "rejected", reason: "bad_duration" }) + 2);
    expect(total(e, "gatewaymetric_entries_total", { source: "mixer", outcome: "rejected" })).toBe(rejectedBefore + 2);
  });

  test("handler params can rename variables and name the gateway", async () => {
    const params = paramsPb.gatewaymetric.config.Params.encode({ file_path: "out.txt", gateway: "edge", host_variables: ["vhost"] }).finish();
    const body = logEntryRequest([{ vhost: str("params.example"), url: str("/p"), method: str("GET"), responseCode: int(204) }], {
      type_url: "type.googleapis.com/adapter.gatewaymetric.config.Params",
      value: params,
    });
    expect((await unary(client, PATH, body)).code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    expect(sample(e, "gateway_requests_total", { gateway: "edge", host: "params.example", route: "/p", code: "204" })).toBe(1);
  });

  test("a bad entry is rejected and counted, its batch-mates are counted", async () => {
    const before = await scrape(a.httpPort);
    const rejectedBefore = total(before, "gatewaymetric_entries_total", { source: "mixer", outcome: "rejected" });
    const body = logEntryRequest([
      { host: str("bad.example"), url: str("/a"), method: str("GET"), responseCode: str("two hundred") },
      { host: str("bad.example"), url: str("/a"), method: str("GET"), responseCode: int(200), latency: dbl(-1) },
      { host: str("bad.example"), url: str("/a"), method: str("GET"), responseCode: int(200), latency: dbl(0.2) },
    ]);
    expect((await unary(client, PATH, body)).code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    expect(sample(e, "gateway_requests_total", { host: "bad.example" })).toBe(1);
    expect(total(e, "gatewaymetric_entries_total", { source: "mixer", outcome: "rejected" })).toBe(rejectedBefore + 2);
  });

  test("a malformed body is INVALID_ARGUMENT and changes nothing", async () => {
    const before = (await scrape(a.httpPort)).samples.filter((s) => s.name.startsWith("gateway_"));
    const r = await unary(client, PATH, new Uint8Array([0x0a, 0xff, 0xff, 0x01]));
    expect(r.code).toBe(grpc.status.INVALID_ARGUMENT);
    const after = (await scrape(a.httpPort)).samples.filter((s) => s.name.startsWith("gateway_"));
    expect(after).toEqual(before);
  });

  test("good instances followed by a truncated one: INVALID_ARGUMENT, none of them counted", async () => {
    const before = (await scrape(a.httpPort)).samples.filter((s) => s.name.startsWith("gateway_"));
    const good = seedRequest();
    const body = new Uint8Array([...good, 0x0a, 0x10, 0x0a, 0x02]);
    const r = await unary(client, PATH, body);
    expect(r.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(r.details).toContain("runs past the end");
    const after = (await scrape(a.httpPort)).samples.filter((s) => s.name.startsWith("gateway_"));
    expect(after).toEqual(before);
  });

  test("a message over the size limit is RESOURCE_EXHAUSTED", async () => {
    const small = await startTestAdapter({ maxMessageBytes: 2048 });
    const c = newClient(small.grpcPort);
    const big = logEntryRequest([{ host: str("x".repeat(4096)), url: str("/"), method: str("GET"), responseCode: int(200) }]);
    expect((await unary(c, PATH, big)).code).toBe(grpc.status.RESOURCE_EXHAUSTED);
    c.close();
    await small.shutdown();
  });
});

describe("health", () => {
  test("gRPC health Check is SERVING, unknown services NOT_FOUND, HTTP probes answer", async () => {
    const a = await startTestAdapter();
    const c = newClient(a.grpcPort);
    const H = healthPb.health.v1;
    const check = (service: string) => unary(c, "/grpc.health.v1.Health/Check", H.HealthCheckRequest.encode({ service }).finish());
    const ok = await check("");
    expect(ok.code).toBe(grpc.status.OK);
    expect(H.HealthCheckResponse.decode(ok.response!).status).toBe(H.HealthCheckResponse.ServingStatus.SERVING);
    expect((await check("logentry.HandleLogEntryService")).code).toBe(grpc.status.OK);
    expect((await check("no.such.Service")).code).toBe(grpc.status.NOT_FOUND);
    expect((await fetch(`http://127.0.0.1:${a.httpPort}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${a.httpPort}/readyz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${a.httpPort}/nope`)).status).toBe(404);
    const res = await fetch(`http://127.0.0.1:${a.httpPort}/metrics`);
    expect(res.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    c.close();
    await a.shutdown();
  });
});
