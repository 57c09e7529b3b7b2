// Same numbers whatever the sender: one request described the way each sender describes it (Mixer
// logentry, Envoy ALS v3, OTLP with Istio's default text body, OTLP with logFormat attributes) yields
// the same samples in every gateway_* family: labels, counts, buckets, sums, sizes and upstream time.
import { expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { startTestAdapter } from "./helpers/adapter.ts";
import { httpEntry, identifier, message, METHOD, V3_PATH } from "./helpers/als-fixtures.ts";
import { type Exposition, promtoolCheck, promtoolPath, scrape } from "./helpers/exposition.ts";
import { type CallResult, clientStream, newClient, unary } from "./helpers/grpc-client.ts";
import { int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";
import { attrs, exportRequest, GATEWAY_RESOURCE, istioLine, logRecord, OTLP_PATH, sv } from "./helpers/otlp-fixtures.ts";

// GET https://Shop.Example.com:443/api/v1/orders/1042?expand=items → 201 through
// istio-ingressgateway.istio-system. Request: 412 header bytes and a 100-byte body; response body
// 2048 bytes. Envoy logs whole milliseconds: 38 ms in all; the request was fully sent upstream at
// 2 ms and the response headers came back at 33 ms, so x-envoy-upstream-service-time is 31.
const REQ = {
  host: "Shop.Example.com:443", path: "/api/v1/orders/1042?expand=items", code: 201, ms: 38,
  headerBytes: 412, bodyBytes: 100, respBytes: 2048, lastUpstreamTxMs: 2, firstUpstreamRxMs: 33, upstreamMs: 31,
};
const GATEWAY = "istio-ingressgateway.istio-system";
const CLUSTER = "outbound|9080||orders.shop.svc.cluster.local";

function sendMixer(c: grpc.Client): Promise<CallResult> {
  return unary(c, "/logentry.HandleLogEntryService/HandleLogEntry", logEntryRequest([{
    gateway: str(GATEWAY), host: str(REQ.host), url: str(REQ.path), method: str("GET"), responseCode: int(REQ.code),
    latency: str(`${REQ.ms}ms`), requestSize: int(REQ.bodyBytes), responseBodySize: int(REQ.respBytes),
    responseTotalSize: int(REQ.respBytes + 180), upstreamServiceTime: str(String(REQ.upstreamMs)),
  }]));
}

function sendAls(c: grpc.Client): Promise<CallResult> {
  return clientStream(c, V3_PATH, [message({
    id: identifier(),
    http: [httpEntry({
      authority: REQ.host, path: REQ.path, method: METHOD.GET, code: REQ.code, durationMs: REQ.ms, upstreamCluster: CLUSTER,
      requestHeadersBytes: REQ.headerBytes, requestBodyBytes: REQ.bodyBytes, responseBodyBytes: REQ.respBytes,
      lastUpstreamTxMs: REQ.lastUpstreamTxMs, firstUpstreamRxMs: REQ.firstUpstreamRxMs,
    })],
  })]);
}

function sendOtlpLine(c: grpc.Client): Promise<CallResult> {
  const line = istioLine({
    method: "GET", path: REQ.path, protocol: "HTTP/2", code: REQ.code, received: REQ.bodyBytes, sent: REQ.respBytes,
    durationMs: REQ.ms, upstreamMs: REQ.upstreamMs, authority: REQ.host, cluster: CLUSTER, route: "orders",
  });
  return unary(c, OTLP_PATH, exportRequest([{ attributes: GATEWAY_RESOURCE, records: [logRecord(sv(line))] }]));
}

function sendOtlpAttributes(c: grpc.Client): Promise<CallResult> {
  const labels = attrs({
    gateway: GATEWAY, method: "GET", path: REQ.path, protocol: "HTTP/2", authority: REQ.host, response_code: String(REQ.code),
    response_flags: "-", duration: String(REQ.ms), upstream_service_time: String(REQ.upstreamMs),
    bytes_received: String(REQ.bodyBytes), bytes_sent: String(REQ.respBytes), route_name: "orders", upstream_cluster: CLUSTER,
  });
  return unary(c, OTLP_PATH, exportRequest([{ records: [logRecord(null, labels)] }]));
}

/** Every sample of the gateway_* families, in exposition order. */
function gatewaySamples(e: Exposition): string[] {
  return e.text.split("\n").filter((l) => l.startsWith("gateway_"));
}

test("Mixer logentry, Envoy ALS v3 and OTLP (text line, attributes) describe one request identically", async () => {
  const results: string[][] = [];
  for (const send of [sendMixer, sendAls, sendOtlpLine, sendOtlpAttributes]) {
    const a = await startTestAdapter();
    const c = newClient(a.grpcPort);
    expect((await send(c)).code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    if (promtoolPath) expect(promtoolCheck(e.text)).toBe("");
    results.push(gatewaySamples(e));
    c.close();
    await a.shutdown();
  }
  const [mixer, als, otlpLine, otlpAttributes] = results;
  const labels = `{gateway="${GATEWAY}",host="shop.example.com",route="/api/v1/orders/{id}",method="GET",code="201"}`;
  const bucket = (name: string, le: string, n: number) => `${name}_bucket${labels.slice(0, -1)},le="${le}"} ${n}`;
  // 1 counter line + 4 histograms × (buckets + _sum + _count): 12 latency buckets, 11 size buckets.
  expect(mixer).toHaveLength(1 + 14 + 13 + 13 + 14);
  expect(mixer).toContain(`gateway_requests_total${labels} 1`);
  expect(mixer).toContain(`gateway_request_duration_seconds_sum${labels} 0.038`);
  expect(mixer).toContain(bucket("gateway_request_duration_seconds", "0.025", 0));
  expect(mixer).toContain(bucket("gateway_request_duration_seconds", "0.05", 1));
  // Sizes are body bytes: the request's 412 header bytes are in no sender's figure.
  expect(mixer).toContain(`gateway_request_size_bytes_sum${labels} ${REQ.bodyBytes}`);
  expect(mixer).toContain(bucket("gateway_request_size_bytes", "64", 0));
  expect(mixer).toContain(bucket("gateway_request_size_bytes", "256", 1));
  expect(mixer).toContain(`gateway_response_size_bytes_sum${labels} ${REQ.respBytes}`);
  expect(mixer).toContain(`gateway_upstream_duration_seconds_sum${labels} 0.031`);
  expect(mixer).toContain(bucket("gateway_upstream_duration_seconds", "0.025", 0));
  expect(mixer).toContain(bucket("gateway_upstream_duration_seconds", "0.05", 1));
  expect(als).toEqual(mixer);
  expect(otlpLine).toEqual(mixer);
  expect(otlpAttributes).toEqual(mixer);
});
