// End to end: a real gRPC client exports OTLP logs the way Istio's envoyOtelAls provider does,
// a real scrape reads the result.
import { describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { useAdapter } from "./helpers/suite.ts";
import { type Exposition, promtoolCheck, promtoolPath, sample, samples, scrape, total } from "./helpers/exposition.ts";
import { unary } from "./helpers/grpc-client.ts";
import { attrs, decodeResponse, dv, exportRequest, GATEWAY_RESOURCE, istioLine, iv, logRecord, OTLP_PATH, sv } from "./helpers/otlp-fixtures.ts";

const GW = "istio-ingressgateway.istio-system";
const PRODUCT = { gateway: GW, host: "bookinfo.example.com", route: "/productpage", method: "GET", code: "200" };
const ORDERS = { gateway: GW, host: "api.example.com", route: "/api/v1/orders/{id}", method: "POST", code: "503" };
const SLOW = { gateway: GW, host: "api.example.com", route: "/slow", method: "GET", code: "0" };
const MYSQL = "outbound|3306||mysql.db.svc.cluster.local";

/** What Istio's default provider sends: text bodies, no attributes, built-in resource labels. */
const DEFAULT_FORMAT_BODIES = [
  istioLine({
    method: "GET", path: "/productpage", protocol: "HTTP/1.1", code: 200, details: "via_upstream", received: 0, sent: 4183,
    durationMs: 35, upstreamMs: 33, xff: "203.0.113.7", ua: 'Mozilla/5.0 "quoted" (X11; Linux)', requestId: "5f2a8d1e-0c1b-4a53-9d1e-2b7c8f9a0e11",
    authority: "bookinfo.example.com", upstreamHost: "10.1.2.7:9080", cluster: "outbound|9080||productpage.default.svc.cluster.local",
    upstreamLocal: "10.1.0.5:41234", downstreamLocal: "10.1.0.5:8080", downstreamRemote: "203.0.113.7:53422", route: "bookinfo",
  }),
  istioLine({
    method: "GET", path: "/productpage", protocol: "HTTP/2", code: 200, details: "via_upstream", received: 0, sent: 4183,
    durationMs: 120, upstreamMs: 118, authority: "bookinfo.example.com", upstreamHost: "10.1.2.8:9080",
    cluster: "outbound|9080||productpage.default.svc.cluster.local", sni: "bookinfo.example.com", route: "bookinfo",
  }),
  istioLine({
    method: "POST", path: "/api/v1/orders/12345?debug=1", protocol: "HTTP/2", code: 503, flags: "UF,URX",
    details: "upstream_reset_before_response_started{connection_failure}", failure: "delayed connect error: 111",
    received: 512, sent: 91, durationMs: 30, authority: "api.example.com", cluster: "outbound|80||orders.shop.svc.cluster.local",
  }),
  istioLine({
    method: "GET", path: "/slow", protocol: "HTTP/1.1", code: 0, flags: "DC", details: "downstream_remote_disconnect",
    received: 0, sent: 0, durationMs: 1500, authority: "api.example.com", cluster: "outbound|80||slow.shop.svc.cluster.local",
  }),
  // A TCP connection through the gateway (e.g. TLS passthrough) logs "- - -".
  istioLine({ received: 1200, sent: 3400, durationMs: 5000, upstreamHost: "10.1.3.9:3306", cluster: MYSQL, downstreamRemote: "198.51.100.4:5000" }),
];

function entries(e: Exposition, outcome: string): number {
  return total(e, "gatewaymetric_entries_total", { source: "otlp", outcome });
}

describe("OTLP logs with Istio's default text format", () => {
  const t = useAdapter();

  test("a batch is answered with an empty response (no partial_success)", async () => {
    const body = exportRequest([{ attributes: GATEWAY_RESOURCE, records: DEFAULT_FORMAT_BODIES.map((l) => logRecord(sv(l))) }]);
    const r = await unary(t.client, OTLP_PATH, body);
    expect(r.code).toBe(grpc.status.OK);
    expect(r.response!.length).toBe(0);
    expect(decodeResponse(r.response!).partial_success).toBeFalsy();
  });

  test("every line is counted with exact labels, buckets and sums", async () => {
    const e = await scrape(t.a.httpPort);
    expect(sample(e, "gateway_requests_total", PRODUCT)).toBe(2);
    const d = "gateway_request_duration_seconds";
    for (const [le, n] of Object.entries({ "0.025": 0, "0.05": 1, "0.1": 1, "0.25": 2, "+Inf": 2 })) {
      expect(sample(e, `${d}_bucket`, { ...PRODUCT, le })).toBe(n);
    }
    expect(sample(e, `${d}_sum`, PRODUCT)).toBeCloseTo(0.155, 12);
    expect(sample(e, "gateway_response_size_bytes_sum", PRODUCT)).toBe(2 * 4183);
    // BYTES_RECEIVED 0 is a real zero, not an absent value.
    expect(sample(e, "gateway_request_size_bytes_count", PRODUCT)).toBe(2);
    expect(sample(e, "gateway_request_size_bytes_sum", PRODUCT)).toBe(0);
    expect(sample(e, "gateway_upstream_duration_seconds_count", PRODUCT)).toBe(2);
    expect(sample(e, "gateway_upstream_duration_seconds_sum", PRODUCT)).toBeCloseTo(0.151, 12);
    expect(sample(e, "gateway_upstream_duration_seconds_bucket", { ...PRODUCT, le: "0.05" })).toBe(1);

    // Query string dropped, id folded; UF,URX counted once per flag; no upstream time ("-").
    expect(sample(e, "gateway_requests_total", ORDERS)).toBe(1);
    expect(sample(e, "gateway_request_size_bytes_sum", ORDERS)).toBe(512);
    expect(sample(e, "gateway_response_size_bytes_sum", ORDERS)).toBe(91);
    expect(samples(e, "gateway_upstream_duration_seconds_count", ORDERS)).toHaveLength(0);
    const flagBase = { gateway: GW, host: "api.example.com", route: "/api/v1/orders/{id}" };
    expect(sample(e, "gateway_response_flags_total", { ...flagBase, flag: "UF" })).toBe(1);
    expect(sample(e, "gateway_response_flags_total", { ...flagBase, flag: "URX" })).toBe(1);

    // Code 0: the downstream went away before a response.
    expect(sample(e, "gateway_requests_total", SLOW)).toBe(1);
    expect(sample(e, "gateway_request_duration_seconds_bucket", { ...SLOW, le: "1" })).toBe(0);
    expect(sample(e, "gateway_request_duration_seconds_bucket", { ...SLOW, le: "2.5" })).toBe(1);
    expect(sample(e, "gateway_response_flags_total", { gateway: GW, host: "api.example.com", route: "/slow", flag: "DC" })).toBe(1);

    // The "- - -" line is a TCP connection, not an HTTP request.
    const tcp = { gateway: GW, upstream_cluster: MYSQL };
    expect(sample(e, "gateway_tcp_connections_total", tcp)).toBe(1);
    expect(sample(e, "gateway_tcp_received_bytes_total", tcp)).toBe(1200);
    expect(sample(e, "gateway_tcp_sent_bytes_total", tcp)).toBe(3400);
    expect(samples(e, "gateway_requests_total", { route: "" })).toHaveLength(0);

    expect(entries(e, "accepted")).toBe(5);
    expect(entries(e, "rejected")).toBe(0);
    if (promtoolPath) expect(promtoolCheck(e.text)).toBe("");
  });
});

describe("OTLP logs with attributes (logFormat.labels)", () => {
  const t = useAdapter();

  test("an attribute-only record, string and numeric values, gateway attribute", async () => {
    const record = logRecord(null, attrs({
      gateway: "edge-gw", method: "PUT", path: "/v2/items/42", authority: "attrs.example.com", protocol: "HTTP/1.1",
      response_code: "201", duration: "12", bytes_received: "100", bytes_sent: iv(2000), upstream_service_time: dv(10.5),
      route_name: "items", upstream_cluster: "outbound|80||items.shop.svc.cluster.local", response_flags: "-",
      // Keys we do not use are ignored.
      user_agent: "curl/8.5.0", start_time: "2024-05-01T10:00:00.000Z",
    }), new Uint8Array([0x4b, 0xf9, 0x2f, 0x35, 0x77, 0xb3, 0x4d, 0xa6, 0xa3, 0xce, 0x92, 0x9d, 0x0e, 0x0e, 0x47, 0x36]));
    const r = await unary(t.client, OTLP_PATH, exportRequest([{ attributes: GATEWAY_RESOURCE, records: [record] }]));
    expect(r.code).toBe(grpc.status.OK);
    const e = await scrape(t.a.httpPort);
    const s = { gateway: "edge-gw", host: "attrs.example.com", route: "/v2/items/{id}", method: "PUT", code: "201" };
    expect(sample(e, "gateway_requests_total", s)).toBe(1);
    expect(sample(e, "gateway_request_duration_seconds_sum", s)).toBeCloseTo(0.012, 12);
    expect(sample(e, "gateway_request_size_bytes_sum", s)).toBe(100);
    expect(sample(e, "gateway_response_size_bytes_sum", s)).toBe(2000);
    expect(sample(e, "gateway_upstream_duration_seconds_sum", s)).toBeCloseTo(0.0105, 12);
    expect(samples(e, "gateway_response_flags_total", { host: "attrs.example.com" })).toHaveLength(0);
  });

  test("attributes win over the body field by field; the rest comes from the body", async () => {
    const body = istioLine({ method: "GET", path: "/orig", protocol: "HTTP/1.1", code: 200, received: 7, sent: 9, durationMs: 40, authority: "body.example.com" });
    const record = logRecord(sv(body), attrs({ authority: "override.example.com", response_code: iv(404) }));
    const r = await unary(t.client, OTLP_PATH, exportRequest([{ attributes: GATEWAY_RESOURCE, records: [record] }]));
    expect(r.code).toBe(grpc.status.OK);
    const e = await scrape(t.a.httpPort);
    const s = { gateway: GW, host: "override.example.com", route: "/orig", method: "GET", code: "404" };
    expect(sample(e, "gateway_requests_total", s)).toBe(1);
    expect(sample(e, "gateway_request_duration_seconds_sum", s)).toBeCloseTo(0.04, 12);
    expect(sample(e, "gateway_request_size_bytes_sum", s)).toBe(7);
    expect(samples(e, "gateway_requests_total", { host: "body.example.com" })).toHaveLength(0);
  });

  test("a kvlist body with Istio keys is read like attributes", async () => {
    const kv = { kvlist_value: { values: attrs({ method: "DELETE", path: "/v2/items/7", authority: "kv.example.com", response_code: "204", duration: "3" }) } };
    const r = await unary(t.client, OTLP_PATH, exportRequest([{ attributes: GATEWAY_RESOURCE, records: [logRecord(kv)] }]));
    expect(r.code).toBe(grpc.status.OK);
    const e = await scrape(t.a.httpPort);
    expect(sample(e, "gateway_requests_total", { host: "kv.example.com", route: "/v2/items/{id}", method: "DELETE", code: "204" })).toBe(1);
  });

  test("gateway falls back to cluster_name, then node_name, then log_name", async () => {
    const rec = (host: string) => logRecord(sv(istioLine({ method: "GET", path: "/", protocol: "HTTP/1.1", code: 200, durationMs: 1, authority: host })));
    const r = await unary(t.client, OTLP_PATH, exportRequest([
      { attributes: { log_name: "otel_envoy_accesslog", node_name: "router~10.0.0.1~gw-1.edge~edge.svc.cluster.local", cluster_name: "gw.edge" }, records: [rec("a.fallback")] },
      { attributes: { log_name: "otel_envoy_accesslog", node_name: "router~10.0.0.2~gw-7d9f8c6b5-x2k4p.edge~edge.svc.cluster.local" }, records: [rec("b.fallback")] },
      { attributes: { log_name: "otel_envoy_accesslog" }, records: [rec("c.fallback")] },
      // Istio 1.24+ sends no built-in labels: the configured default gateway (empty here) applies.
      { records: [rec("d.fallback")] },
    ]));
    expect(r.code).toBe(grpc.status.OK);
    const e = await scrape(t.a.httpPort);
    expect(sample(e, "gateway_requests_total", { host: "a.fallback" })).toBe(1);
    expect(samples(e, "gateway_requests_total", { host: "a.fallback" })[0].labels.gateway).toBe("gw.edge");
    expect(samples(e, "gateway_requests_total", { host: "b.fallback" })[0].labels.gateway).toBe("gw.edge"); // same rule as ALS node.id
    expect(samples(e, "gateway_requests_total", { host: "c.fallback" })[0].labels.gateway).toBe("otel_envoy_accesslog");
    expect(samples(e, "gateway_requests_total", { host: "d.fallback" })[0].labels.gateway).toBeUndefined();
  });
});

describe("OTLP rejections", () => {
  const t = useAdapter({ gateway: "default-gw" });

  test("one unparseable record in a batch: partial_success rejected=1, its batch-mates counted", async () => {
    const good = logRecord(sv(istioLine({ method: "GET", path: "/ok", protocol: "HTTP/1.1", code: 200, durationMs: 5, authority: "mixed.example.com" })));
    const bad = logRecord(sv("GET /ok 200 5ms (a custom logFormat.text)"));
    const attr = logRecord(null, attrs({ method: "GET", path: "/ok", authority: "mixed.example.com", response_code: "200" }));
    const r = await unary(t.client, OTLP_PATH, exportRequest([{ records: [good, bad, attr] }]));
    expect(r.code).toBe(grpc.status.OK);
    const ps = decodeResponse(r.response!).partial_success!;
    expect(Number(ps.rejected_log_records)).toBe(1);
    expect(ps.error_message).toContain("1 of 3 log records not counted");
    expect(ps.error_message).toContain("not in Istio's default access-log format");
    const e = await scrape(t.a.httpPort);
    expect(sample(e, "gateway_requests_total", { gateway: "default-gw", host: "mixed.example.com", route: "/ok", method: "GET", code: "200" })).toBe(2);
    expect(entries(e, "accepted")).toBe(2);
    expect(entries(e, "rejected")).toBe(1);
  });

  test("bad attribute values and empty records are rejected with a reason", async () => {
    const records = [
      logRecord(null, attrs({ method: "GET", path: "/x", authority: "bad.example.com", response_code: "two hundred" })),
      logRecord(null, attrs({ method: "GET", path: "/x", authority: "bad.example.com", response_code: "200", duration: dv(-4) })),
      logRecord(null),
    ];
    const r = await unary(t.client, OTLP_PATH, exportRequest([{ records }]));
    expect(r.code).toBe(grpc.status.OK);
    const ps = decodeResponse(r.response!).partial_success!;
    expect(Number(ps.rejected_log_records)).toBe(3);
    expect(ps.error_message).toContain("response_code");
    const e = await scrape(t.a.httpPort);
    expect(samples(e, "gateway_requests_total", { host: "bad.example.com" })).toHaveLength(0);
    expect(entries(e, "rejected")).toBe(4);
  });

  test("an empty export is OK; malformed protobuf is INVALID_ARGUMENT and changes nothing", async () => {
    expect((await unary(t.client, OTLP_PATH, exportRequest([]))).code).toBe(grpc.status.OK);
    const before = (await scrape(t.a.httpPort)).samples.filter((s) => s.name.startsWith("gateway_"));
    const r = await unary(t.client, OTLP_PATH, new Uint8Array([0x0a, 0xff, 0xff, 0x01]));
    expect(r.code).toBe(grpc.status.INVALID_ARGUMENT);
    const after = (await scrape(t.a.httpPort)).samples.filter((s) => s.name.startsWith("gateway_"));
    expect(after).toEqual(before);
  });
});
