// End to end: a real gRPC client streams Envoy ALS messages (v3 and v2 paths), a real scrape reads
// the result.
import { afterEach, beforeEach, describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { grpc as healthPb } from "../src/generated/codecs.js";
import type { Adapter } from "../src/server/adapter.ts";
import type { Overrides } from "./helpers/adapter.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { type HttpEntry, httpEntry, identifier, LOG_TYPE, message, METHOD, tcpEntry, V2_PATH, V3_PATH } from "./helpers/als-fixtures.ts";
import { type Exposition, promtoolCheck, promtoolPath, sample, samples, scrape, total } from "./helpers/exposition.ts";
import { type CallResult, clientStream, newClient } from "./helpers/grpc-client.ts";

const GW = "istio-ingressgateway.istio-system";
const identity = (b: Buffer) => b;

let a: Adapter;
let client: grpc.Client;

async function start(overrides: Overrides = {}): Promise<void> {
  a = await startTestAdapter(overrides);
  client = newClient(a.grpcPort);
}

beforeEach(() => start());
afterEach(async () => {
  client.close();
  await a.shutdown();
});

async function restart(overrides: Overrides): Promise<void> {
  client.close();
  await a.shutdown();
  await start(overrides);
}

/** One stream, one message with the gateway's identifier and these entries; then a scrape. */
async function sendHttp(http: HttpEntry[]): Promise<Exposition> {
  expect((await clientStream(client, V3_PATH, [message({ id: identifier(), http })])).code).toBe(grpc.status.OK);
  return scrape(a.httpPort);
}

const entries = (e: Exposition, outcome: string) => total(e, "gatewaymetric_entries_total", { source: "als", outcome });
const streamsActive = (e: Exposition) => sample(e, "gatewaymetric_streams_active", { source: "als" });

/** A stream left open: messages go out one by one and the test decides when it ends. */
function openStream(path: string) {
  let settle!: (r: CallResult) => void;
  const done = new Promise<CallResult>((r) => (settle = r));
  const call = client.makeClientStreamRequest(path, identity, identity, new grpc.Metadata(), { deadline: Date.now() + 20_000 }, (err, res) => {
    settle(err ? { code: err.code, details: err.details, response: null } : { code: grpc.status.OK, details: "", response: res ?? null });
  });
  return {
    write: (body: Uint8Array) => call.write(Buffer.from(body)),
    end: () => {
      call.end();
      return done;
    },
    cancel: () => {
      call.cancel();
      return done;
    },
  };
}

/** Scrapes until `ready` holds (the server handles stream messages asynchronously). */
async function scrapeUntil(ready: (e: Exposition) => boolean, what: string): Promise<Exposition> {
  for (let i = 0; i < 200; i++) {
    const e = await scrape(a.httpPort);
    if (ready(e)) return e;
    await Bun.sleep(25);
  }
  throw new Error(`never reached: ${what}`);
}

describe("a long v3 stream", () => {
  test("10 messages of 100 entries, identifier only on the first: exact counts, one gateway", async () => {
    const bodies: Uint8Array[] = [];
    for (let m = 0; m < 10; m++) {
      const http = [];
      for (let i = 0; i < 100; i++) {
        const failed = i % 10 === 0;
        http.push(httpEntry({ path: `/api/items/${m * 100 + i}?page=2`, code: failed ? 503 : 200, durationMs: failed ? 80 : 20 }));
      }
      bodies.push(message({ id: m === 0 ? identifier() : undefined, http }));
    }
    const r = await clientStream(client, V3_PATH, bodies);
    expect(r.code).toBe(grpc.status.OK);
    expect(r.response!.length).toBe(0);

    const e = await scrape(a.httpPort);
    const ok = { gateway: GW, host: "shop.example.com", route: "/api/items/{id}", method: "GET", code: "200" };
    const failed = { ...ok, code: "503" };
    expect(sample(e, "gateway_requests_total", ok)).toBe(900);
    expect(sample(e, "gateway_requests_total", failed)).toBe(100);
    expect(total(e, "gateway_requests_total")).toBe(1000);
    expect(total(e, "gateway_requests_total", { gateway: GW })).toBe(1000);
    expect(sample(e, "gateway_request_duration_seconds_bucket", { ...ok, le: "0.025" })).toBe(900);
    expect(sample(e, "gateway_request_duration_seconds_bucket", { ...failed, le: "0.05" })).toBe(0);
    expect(sample(e, "gateway_request_duration_seconds_bucket", { ...failed, le: "0.1" })).toBe(100);
    expect(sample(e, "gateway_request_duration_seconds_sum", ok)).toBeCloseTo(900 * 0.02, 9);
    // Default fixture: 600 header bytes, no body (sizes are body bytes); 4183 response body bytes;
    // last byte sent upstream at 1 ms, first byte back at 21 ms.
    expect(sample(e, "gateway_request_size_bytes_sum", ok)).toBe(0);
    expect(sample(e, "gateway_response_size_bytes_sum", failed)).toBe(100 * 4183);
    expect(sample(e, "gateway_upstream_duration_seconds_count", ok)).toBe(900);
    expect(sample(e, "gateway_upstream_duration_seconds_sum", ok)).toBeCloseTo(900 * 0.02, 9);
    expect(entries(e, "accepted")).toBe(1000);
    expect(entries(e, "rejected")).toBe(0);
    expect(streamsActive(e)).toBe(0);
  });

  test("the v2 path is served by the same handler", async () => {
    const id = identifier({ cluster: "", id: "router~10.244.3.4~edge-gateway-6c9d7f8b4d-q7wz2.edge~edge.svc.cluster.local" });
    const r = await clientStream(client, V2_PATH, [
      message({ id, http: [httpEntry({ code: 201, method: METHOD.POST, requestBodyBytes: 400 })] }),
      message({ http: [httpEntry({ code: 201, method: METHOD.POST, requestBodyBytes: 400 }), httpEntry({ code: 404 })] }),
    ]);
    expect(r.code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    const base = { gateway: "edge-gateway.edge", host: "shop.example.com", route: "/productpage" };
    expect(sample(e, "gateway_requests_total", { ...base, method: "POST", code: "201" })).toBe(2);
    expect(sample(e, "gateway_request_size_bytes_sum", { ...base, method: "POST", code: "201" })).toBe(2 * 400);
    expect(sample(e, "gateway_requests_total", { ...base, method: "GET", code: "404" })).toBe(1);
    expect(entries(e, "accepted")).toBe(3);
  });
});

describe("entry mapping", () => {
  test("path, code, duration, sizes and method follow the documented fallbacks", async () => {
    const http = [
      httpEntry({ authority: "orig.example", path: "/internal/v2/items", originalPath: "/items/7" }),
      httpEntry({ authority: "nocode.example", code: null }),
      httpEntry({ authority: "noresp.example", response: false }),
      httpEntry({ authority: "dur.example", durationMs: 40, lastDownstreamTxMs: 90 }),
      httpEntry({ authority: "txdur.example", durationMs: null, lastDownstreamTxMs: 90 }),
      httpEntry({ authority: "nodur.example", durationMs: null, lastDownstreamTxMs: null }),
      httpEntry({ authority: "bytes.example", requestHeadersBytes: 700, requestBodyBytes: 300, responseBodyBytes: 1234 }),
      httpEntry({ authority: "method.example", method: METHOD.METHOD_UNSPECIFIED }),
      httpEntry({ authority: "method.example", method: METHOD.PATCH }),
    ];
    const e = await sendHttp(http);
    const req = (host: string, labels: Record<string, string> = {}) => sample(e, "gateway_requests_total", { host, ...labels });
    expect(req("orig.example", { route: "/items/{id}" })).toBe(1);
    expect(req("nocode.example", { code: "0" })).toBe(1);
    expect(req("noresp.example", { code: "0" })).toBe(1);
    expect(samples(e, "gateway_response_size_bytes_count", { host: "noresp.example" })).toHaveLength(0);
    expect(sample(e, "gateway_request_duration_seconds_sum", { host: "dur.example" })).toBeCloseTo(0.04, 12);
    expect(sample(e, "gateway_request_duration_seconds_sum", { host: "txdur.example" })).toBeCloseTo(0.09, 12);
    expect(req("nodur.example")).toBe(1);
    expect(samples(e, "gateway_request_duration_seconds_count", { host: "nodur.example" })).toHaveLength(0);
    expect(sample(e, "gateway_request_size_bytes_sum", { host: "bytes.example" })).toBe(300);
    expect(sample(e, "gateway_response_size_bytes_sum", { host: "bytes.example" })).toBe(1234);
    expect(req("method.example", { method: "_OTHER" })).toBe(1);
    expect(req("method.example", { method: "PATCH" })).toBe(1);
    expect(entries(e, "accepted")).toBe(http.length);
  });

  test("hosts differing only in case or a default port are one series, from the tuple cache too", async () => {
    const hosts = ["Shop.Example.com:443", "shop.example.com", "SHOP.EXAMPLE.COM:80", "shop.example.com:8443", "[::1]:443"];
    // The same raw hosts in a second message are tuple cache hits: they must land in the same series.
    const http = hosts.map((h) => httpEntry({ authority: h }));
    expect((await clientStream(client, V3_PATH, [message({ id: identifier(), http }), message({ http })])).code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    expect(sample(e, "gateway_requests_total", { host: "shop.example.com" })).toBe(6);
    expect(sample(e, "gateway_requests_total", { host: "shop.example.com:8443" })).toBe(2);
    expect(sample(e, "gateway_requests_total", { host: "[::1]" })).toBe(2);
    expect(samples(e, "gateway_requests_total")).toHaveLength(3);
    expect(sample(e, "gatewaymetric_series", { metric: "gateway_requests_total" })).toBe(3);
  });

  test("upstream duration only when both upstream timings are present", async () => {
    const http = [
      httpEntry({ authority: "up.example", lastUpstreamTxMs: 2, firstUpstreamRxMs: 32 }),
      httpEntry({ authority: "up.example", lastUpstreamTxMs: 5, firstUpstreamRxMs: 305 }),
      httpEntry({ authority: "noup.example", lastUpstreamTxMs: null, firstUpstreamRxMs: 30 }),
      httpEntry({ authority: "noup.example", lastUpstreamTxMs: 3, firstUpstreamRxMs: null }),
      // A response that began before the request was sent (a premature response): no service time.
      httpEntry({ authority: "noup.example", lastUpstreamTxMs: 30, firstUpstreamRxMs: 10 }),
    ];
    const e = await sendHttp(http);
    const up = { host: "up.example" };
    expect(sample(e, "gateway_upstream_duration_seconds_count", up)).toBe(2);
    expect(sample(e, "gateway_upstream_duration_seconds_sum", up)).toBeCloseTo(0.33, 12);
    expect(sample(e, "gateway_upstream_duration_seconds_bucket", { ...up, le: "0.05" })).toBe(1);
    expect(sample(e, "gateway_upstream_duration_seconds_bucket", { ...up, le: "0.25" })).toBe(1);
    expect(sample(e, "gateway_upstream_duration_seconds_bucket", { ...up, le: "0.5" })).toBe(2);
    expect(sample(e, "gateway_requests_total", { host: "noup.example" })).toBe(3);
    expect(samples(e, "gateway_upstream_duration_seconds_count", { host: "noup.example" })).toHaveLength(0);
  });

  // Envoy's ResponseFlags fields and their short codes (Envoy access-log docs), written out here
  // independently of the decoder's tables.
  const FLAGS: [string, string][] = [
    ["failed_local_healthcheck", "LH"], ["no_healthy_upstream", "UH"], ["upstream_request_timeout", "UT"],
    ["local_reset", "LR"], ["upstream_remote_reset", "UR"], ["upstream_connection_failure", "UF"],
    ["upstream_connection_termination", "UC"], ["upstream_overflow", "UO"], ["no_route_found", "NR"],
    ["delay_injected", "DI"], ["fault_injected", "FI"], ["rate_limited", "RL"], ["rate_limit_service_error", "RLSE"],
    ["downstream_connection_termination", "DC"], ["upstream_retry_limit_exceeded", "URX"], ["stream_idle_timeout", "SI"],
    ["invalid_envoy_request_headers", "IH"], ["downstream_protocol_error", "DPE"],
    ["upstream_max_stream_duration_reached", "UMSDR"], ["response_from_cache_filter", "RFCF"],
    ["no_filter_config_found", "NFCF"], ["duration_timeout", "DT"], ["upstream_protocol_error", "UPE"],
    ["no_cluster_found", "NC"], ["overload_manager", "OM"], ["dns_resolution_failure", "DF"], ["downstream_remote_reset", "DR"],
  ];

  test("every response flag is counted under Envoy's short code", async () => {
    const http = FLAGS.map(([field], i) => httpEntry({ authority: `flag${i}.example`, code: 503, responseFlags: { [field]: true } }));
    http.push(httpEntry({ authority: "authz.example", code: 403, responseFlags: { unauthorized_details: { reason: 1 } } }));
    http.push(httpEntry({ authority: "authz.example", code: 403, responseFlags: { unauthorized_details: {} } }));
    // Several flags on one request: counted once per flag; the request itself once.
    for (let k = 0; k < 3; k++) {
      http.push(httpEntry({ authority: "multi.example", code: 503, responseFlags: { no_healthy_upstream: true, upstream_connection_failure: true, upstream_retry_limit_exceeded: k === 0 } }));
    }
    http.push(httpEntry({ authority: "clean.example" }));
    const e = await sendHttp(http);
    FLAGS.forEach(([, code], i) => {
      expect(samples(e, "gateway_response_flags_total", { host: `flag${i}.example` })).toEqual([
        { name: "gateway_response_flags_total", labels: { gateway: GW, host: `flag${i}.example`, route: "/productpage", flag: code }, value: 1 },
      ]);
    });
    expect(sample(e, "gateway_response_flags_total", { host: "authz.example", flag: "UAEX" })).toBe(2);
    expect(sample(e, "gateway_response_flags_total", { host: "multi.example", flag: "UH" })).toBe(3);
    expect(sample(e, "gateway_response_flags_total", { host: "multi.example", flag: "UF" })).toBe(3);
    expect(sample(e, "gateway_response_flags_total", { host: "multi.example", flag: "URX" })).toBe(1);
    expect(samples(e, "gateway_response_flags_total", { host: "multi.example" })).toHaveLength(3);
    expect(sample(e, "gateway_requests_total", { host: "multi.example" })).toBe(3);
    expect(samples(e, "gateway_response_flags_total", { host: "clean.example" })).toHaveLength(0);
  });

  test("start and periodic entries of a request are not counted as requests", async () => {
    const http = [
      httpEntry({ authority: "life.example", common: { access_log_type: LOG_TYPE.DownstreamStart } }),
      httpEntry({ authority: "life.example", common: { access_log_type: LOG_TYPE.DownstreamPeriodic } }),
      httpEntry({ authority: "life.example", common: { intermediate_log_entry: true } }),
      httpEntry({ authority: "life.example", common: { access_log_type: LOG_TYPE.UpstreamEnd } }),
      httpEntry({ authority: "life.example", common: { access_log_type: LOG_TYPE.DownstreamEnd } }),
      httpEntry({ authority: "life.example" }),
    ];
    const e = await sendHttp(http);
    expect(sample(e, "gateway_requests_total", { host: "life.example" })).toBe(2);
    expect(entries(e, "accepted")).toBe(6);
    expect(entries(e, "rejected")).toBe(0);
  });

  test("TCP entries count connections and bytes per upstream cluster", async () => {
    const db = "outbound|5432||db.shop.svc.cluster.local";
    const redis = "outbound|6379||redis.shop.svc.cluster.local";
    const id = identifier({ logName: "tcp_envoy_accesslog" });
    const r = await clientStream(client, V3_PATH, [
      message({ id, tcp: [tcpEntry(db, 100, 1000), tcpEntry(db, 200, 2000)] }),
      message({ tcp: [tcpEntry(db, 300, 3000), tcpEntry(redis, 7, 9), tcpEntry(redis, 1, 1, { access_log_type: LOG_TYPE.TcpPeriodic })] }),
      message({ http: [httpEntry()] }),
    ]);
    expect(r.code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    const dbl = { gateway: GW, upstream_cluster: db };
    expect(sample(e, "gateway_tcp_connections_total", dbl)).toBe(3);
    expect(sample(e, "gateway_tcp_received_bytes_total", dbl)).toBe(600);
    expect(sample(e, "gateway_tcp_sent_bytes_total", dbl)).toBe(6000);
    expect(sample(e, "gateway_tcp_connections_total", { upstream_cluster: redis })).toBe(1);
    expect(sample(e, "gateway_tcp_sent_bytes_total", { upstream_cluster: redis })).toBe(9);
    expect(total(e, "gateway_requests_total")).toBe(1);
    expect(entries(e, "accepted")).toBe(6);
  });
});

describe("gateway label", () => {
  test("from node.cluster, else derived from node.id, else log_name, else the configured default", async () => {
    await restart({ gateway: "fallback-gw" });
    const cases: [Uint8Array, string][] = [
      [message({ id: identifier({ cluster: "edge.prod" }), http: [httpEntry({ authority: "c.example" })] }), "edge.prod"],
      [message({ id: identifier({ cluster: "" }), http: [httpEntry({ authority: "id.example" })] }), GW],
      [message({ id: identifier({ cluster: "", id: "", logName: "gw_access" }), http: [httpEntry({ authority: "log.example" })] }), "gw_access"],
      [message({ id: identifier({ cluster: "", id: "edge-envoy-1" }), http: [httpEntry({ authority: "plain.example" })] }), "edge-envoy-1"],
      [message({ http: [httpEntry({ authority: "none.example" })] }), "fallback-gw"],
    ];
    for (const [body] of cases) expect((await clientStream(client, V3_PATH, [body])).code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    for (const [host, gateway] of [["c.example", "edge.prod"], ["id.example", GW], ["log.example", "gw_access"], ["plain.example", "edge-envoy-1"], ["none.example", "fallback-gw"]]) {
      expect(sample(e, "gateway_requests_total", { host }), host).toBe(1);
      expect(sample(e, "gateway_requests_total", { host, gateway }), `${host} → ${gateway}`).toBe(1);
    }
  });

  test("each stream keeps its own identifier while streams interleave", async () => {
    const s1 = openStream(V3_PATH);
    const s2 = openStream(V2_PATH);
    const step = async (s: ReturnType<typeof openStream>, body: Uint8Array, n: number) => {
      s.write(body);
      await scrapeUntil((e) => entries(e, "accepted") === n, `${n} entries`);
    };
    await step(s1, message({ id: identifier({ cluster: "one.ns" }), http: [httpEntry()] }), 1);
    await step(s2, message({ id: identifier({ cluster: "two.ns" }), http: [httpEntry()] }), 2);
    await step(s1, message({ http: [httpEntry(), httpEntry()] }), 4);
    await step(s2, message({ http: [httpEntry(), httpEntry(), httpEntry()] }), 7);
    expect((await s1.end()).code).toBe(grpc.status.OK);
    expect((await s2.end()).code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    expect(sample(e, "gateway_requests_total", { gateway: "one.ns" })).toBe(3);
    expect(sample(e, "gateway_requests_total", { gateway: "two.ns" })).toBe(4);
  });
});

describe("stream lifecycle and bad input", () => {
  test("streams_active counts open streams and returns to 0 on end and on cancel", async () => {
    expect(streamsActive(await scrape(a.httpPort))).toBe(0);
    const s1 = openStream(V3_PATH);
    const s2 = openStream(V3_PATH);
    s1.write(message({ id: identifier(), http: [httpEntry()] }));
    s2.write(message({ id: identifier(), http: [httpEntry()] }));
    await scrapeUntil((e) => entries(e, "accepted") === 2 && streamsActive(e) === 2, "two open streams");
    expect((await s1.end()).code).toBe(grpc.status.OK);
    await scrapeUntil((e) => streamsActive(e) === 1, "one open stream");
    expect((await s2.cancel()).code).toBe(grpc.status.CANCELLED);
    const e = await scrapeUntil((x) => streamsActive(x) === 0, "no open stream");
    expect(entries(e, "accepted")).toBe(2);
  });

  test("a malformed message ends the stream with INVALID_ARGUMENT; earlier entries stay counted", async () => {
    const garbage = new Uint8Array([0x12, 0xff, 0xff, 0x7f, 0x01]);
    const r = await clientStream(client, V3_PATH, [
      message({ id: identifier(), http: Array.from({ length: 5 }, () => httpEntry()) }),
      message({ http: Array.from({ length: 3 }, () => httpEntry()) }),
      garbage,
      message({ http: Array.from({ length: 7 }, () => httpEntry()) }),
    ]);
    expect(r.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(r.details).toContain("StreamAccessLogs");
    const e = await scrapeUntil((x) => streamsActive(x) === 0, "stream closed");
    expect(total(e, "gateway_requests_total")).toBe(8);
    expect(entries(e, "accepted")).toBe(8);
    // The adapter keeps serving.
    expect((await clientStream(client, V3_PATH, [message({ id: identifier(), http: [httpEntry()] })])).code).toBe(grpc.status.OK);
    expect(total(await scrape(a.httpPort), "gateway_requests_total")).toBe(9);
  });

  test("impossible entries are rejected and counted; past the series budget entries go to the overflow series", async () => {
    await restart({ maxSeries: 3 });
    const http = [
      httpEntry({ authority: "a.example" }),
      httpEntry({ authority: "a.example", code: 1000 }),
      httpEntry({ authority: "a.example", durationMs: -5 }),
      httpEntry({ authority: "b.example" }),
      httpEntry({ authority: "c.example" }),
      httpEntry({ authority: "d.example" }),
      httpEntry({ authority: "e.example" }),
      httpEntry({ authority: "a.example" }),
    ];
    const e = await sendHttp(http);
    expect(sample(e, "gateway_requests_total", { host: "a.example" })).toBe(2);
    // a, b, c hold the 3-series budget; d and e are counted in the one all-__overflow__ series.
    expect(sample(e, "gateway_requests_total", { host: "__overflow__", route: "__overflow__" })).toBe(2);
    expect(total(e, "gateway_requests_total")).toBe(6);
    expect(entries(e, "accepted")).toBe(6);
    expect(entries(e, "rejected")).toBe(2);
  });

  test("a message over the size limit is RESOURCE_EXHAUSTED and the stream is closed", async () => {
    await restart({ maxMessageBytes: 64 * 1024 });
    const big = message({ id: identifier(), http: Array.from({ length: 100 }, () => httpEntry()) });
    expect(big.length).toBeGreaterThan(64 * 1024);
    const r = await clientStream(client, V3_PATH, [message({ id: identifier(), http: [httpEntry()] }), big]);
    expect(r.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
    const e = await scrapeUntil((x) => streamsActive(x) === 0, "stream closed");
    expect(total(e, "gateway_requests_total")).toBe(1);
  });
});

describe("health and exposition", () => {
  test("gRPC health knows both ALS services", async () => {
    const H = healthPb.health.v1;
    const check = (service: string) =>
      new Promise<number>((resolve) => {
        client.makeUnaryRequest("/grpc.health.v1.Health/Check", identity, identity, Buffer.from(H.HealthCheckRequest.encode({ service }).finish()), (err, res) =>
          resolve(err ? -err.code : H.HealthCheckResponse.decode(res!).status),
        );
      });
    expect(await check("envoy.service.accesslog.v3.AccessLogService")).toBe(H.HealthCheckResponse.ServingStatus.SERVING);
    expect(await check("envoy.service.accesslog.v2.AccessLogService")).toBe(H.HealthCheckResponse.ServingStatus.SERVING);
  });

  test("the scrape after HTTP, TCP and flagged traffic passes promtool", async () => {
    const before = await scrape(a.httpPort);
    expect(streamsActive(before)).toBe(0);
    expect(entries(before, "accepted")).toBe(0);
    await clientStream(client, V3_PATH, [
      message({ id: identifier(), http: [httpEntry(), httpEntry({ code: 503, responseFlags: { upstream_overflow: true } }), httpEntry({ authority: 'we"ird\\host\n' })] }),
      message({ tcp: [tcpEntry("outbound|5432||db", 1, 2)] }),
    ]);
    const e = await scrape(a.httpPort);
    // Quotes and backslashes are escaped; the control character becomes U+FFFD.
    expect(sample(e, "gateway_requests_total", { host: 'we"ird\\host\uFFFD' })).toBe(1);
    expect(e.types.get("gatewaymetric_streams_active")).toBe("gauge");
    if (promtoolPath) expect(promtoolCheck(e.text)).toBe("");
  });
});
