// Same numbers whatever the sender: one request described three ways (Mixer logentry, Envoy ALS v3,
// OTLP with Istio's default text body) yields identical samples in the four core metrics.
import { expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import type { Adapter } from "../src/server/adapter.ts";
import { startTestAdapter } from "./helpers/adapter.ts";
import { httpEntry, identifier, message, METHOD, V3_PATH } from "./helpers/als-fixtures.ts";
import { type Exposition, promtoolCheck, promtoolPath, scrape } from "./helpers/exposition.ts";
import { clientStream, newClient, unary } from "./helpers/grpc-client.ts";
import { int, logEntryRequest, str } from "./helpers/mixer-fixtures.ts";
import { exportRequest, GATEWAY_RESOURCE, istioLine, logRecord, OTLP_PATH, sv } from "./helpers/otlp-fixtures.ts";

// GET https://shop.example.com/api/v1/orders/1042?expand=items → 201, 38 ms (Envoy logs whole milliseconds), 512 request bytes
// (ALS: 412 header + 100 body), 2048 response body bytes, through istio-ingressgateway.istio-system.
const REQ = { host: "shop.example.com", path: "/api/v1/orders/1042?expand=items", code: 201, ms: 38, reqBytes: 512, respBytes: 2048 };
const GATEWAY = "istio-ingressgateway.istio-system";
const CORE = ["gateway_requests_total", "gateway_request_duration_seconds", "gateway_request_size_bytes", "gateway_response_size_bytes"];

function sendMixer(a: Adapter, c: grpc.Client) {
  return unary(c, "/logentry.HandleLogEntryService/HandleLogEntry", logEntryRequest([{
    gateway: str(GATEWAY), host: str(REQ.host), url: str(REQ.path), method: str("GET"), responseCode: int(REQ.code),
    latency: str(`${REQ.ms}ms`), requestSize: int(REQ.reqBytes), responseBodySize: int(REQ.respBytes),
  }]));
}

function sendAls(a: Adapter, c: grpc.Client) {
  return clientStream(c, V3_PATH, [message({
    id: identifier(),
    http: [httpEntry({ authority: REQ.host, path: REQ.path, method: METHOD.GET, code: REQ.code, durationMs: REQ.ms, requestHeadersBytes: 412, requestBodyBytes: 100, responseBodyBytes: REQ.respBytes })],
  })]);
}

function sendOtlp(a: Adapter, c: grpc.Client) {
  const line = istioLine({ method: "GET", path: REQ.path, protocol: "HTTP/2", code: REQ.code, received: REQ.reqBytes, sent: REQ.respBytes, durationMs: REQ.ms, authority: REQ.host, cluster: "outbound|9080||orders.shop.svc.cluster.local", route: "orders" });
  return unary(c, OTLP_PATH, exportRequest([{ attributes: GATEWAY_RESOURCE, records: [logRecord(sv(line))] }]));
}

/** The core families' sample lines, one request each time. */
function core(e: Exposition): string[] {
  return e.text.split("\n").filter((l) => CORE.some((n) => l.startsWith(n + "{") || l.startsWith(n + "_")));
}

test("Mixer logentry, Envoy ALS v3 and OTLP describe one request identically", async () => {
  const results: string[][] = [];
  for (const send of [sendMixer, sendAls, sendOtlp]) {
    const a = await startTestAdapter();
    const c = newClient(a.grpcPort);
    expect((await send(a, c)).code).toBe(grpc.status.OK);
    const e = await scrape(a.httpPort);
    if (promtoolPath) expect(promtoolCheck(e.text)).toBe("");
    results.push(core(e));
    c.close();
    await a.shutdown();
  }
  const [mixer, als, otlp] = results;
  // 1 counter line + 3 histograms × (12 or 11 buckets + sum + count).
  expect(mixer.length).toBe(1 + 14 + 13 + 13);
  expect(mixer).toContain(`gateway_requests_total{gateway="${GATEWAY}",host="${REQ.host}",route="/api/v1/orders/{id}",method="GET",code="201"} 1`);
  expect(mixer).toContain(`gateway_request_duration_seconds_sum{gateway="${GATEWAY}",host="${REQ.host}",route="/api/v1/orders/{id}",method="GET",code="201"} 0.038`);
  expect(als).toEqual(mixer);
  expect(otlp).toEqual(mixer);
});
