// The decoded-entry → record functions on their own: the parts of an entry that no metric label
// shows (route name, upstream cluster, trace id) and the gateway-name rule. A faster decoder must
// produce the same records as these.
import { gatewayFromNodeId, workloadOfPod } from "../src/ingest/envoy-node.ts";
import { describe, expect, test } from "bun:test";
import { newRecord, newTcpRecord, RESPONSE_FLAGS } from "../src/core/record.ts";
import { envoy } from "../src/generated/codecs.js";
import { gatewayOf } from "../src/ingest/als-reader.ts";
import { httpEntryToRecord, RESPONSE_FLAG_FIELDS, tcpEntryToRecord } from "./reference/envoy-als.ts";
import { httpEntry, identifier, message, METHOD, tcpEntry } from "./helpers/als-fixtures.ts";

const decode = (body: Uint8Array) => envoy.service.accesslog.v3.StreamAccessLogsMessage.decode(body);

function httpRecord(opts: Parameters<typeof httpEntry>[0]) {
  const e = decode(message({ http: [httpEntry(opts)] })).http_logs!.log_entry![0];
  const r = newRecord();
  const ok = httpEntryToRecord(e, r);
  return { ok, r };
}

describe("HTTP entry → record", () => {
  test("a full Istio-shaped entry", () => {
    const { ok, r } = httpRecord({
      authority: "shop.example.com:443", path: "/v2/reviews/7?x=1", originalPath: "/reviews/7?x=1", method: METHOD.DELETE, code: 204,
      requestHeadersBytes: 512, requestBodyBytes: 8, responseBodyBytes: 0, durationMs: 12.5, lastUpstreamTxMs: 1.25, firstUpstreamRxMs: 11.75,
      routeName: "reviews", upstreamCluster: "outbound|9080|v2|reviews.shop.svc.cluster.local",
      responseFlags: { upstream_retry_limit_exceeded: true, downstream_remote_reset: true },
    });
    expect(ok).toBe(true);
    expect({ ...r, durationSeconds: 0, upstreamSeconds: 0 }).toEqual({
      gateway: "", host: "shop.example.com:443", path: "/reviews/7?x=1", method: "DELETE", code: 204,
      durationSeconds: 0, requestBytes: 8, responseBytes: 0, upstreamSeconds: 0,
      responseFlags: (1 << RESPONSE_FLAGS.indexOf("URX")) | (1 << RESPONSE_FLAGS.indexOf("DR")),
      routeName: "reviews", upstreamCluster: "outbound|9080|v2|reviews.shop.svc.cluster.local", traceId: "", traceBytes: null, traceStart: 0, traceEnd: 0, extra: [],
    });
    expect(r.durationSeconds).toBeCloseTo(0.0125, 12);
    expect(r.upstreamSeconds).toBeCloseTo(0.0105, 12);
  });

  test("an entry with nothing but an empty message: unknowns stay unknown", () => {
    const r = newRecord();
    expect(httpEntryToRecord(decode(message({ http: [{}] })).http_logs!.log_entry![0], r)).toBe(true);
    expect(r.code).toBe(0);
    expect(r.method).toBe("");
    expect([r.durationSeconds, r.requestBytes, r.responseBytes, r.upstreamSeconds].every(Number.isNaN)).toBe(true);
  });

  test("trace id from B3 or traceparent headers, never from x-request-id", () => {
    const tp = "4bf92f3577b34da6a3ce929d0e0e4736";
    expect(httpRecord({ requestHeaders: { "x-b3-traceid": "80F198EE56343BA864FE8B2A57D3EFF7" } }).r.traceId).toBe("80f198ee56343ba864fe8b2a57d3eff7");
    expect(httpRecord({ requestHeaders: { "x-b3-traceid": "463ac35c9f6413ad" } }).r.traceId).toBe("463ac35c9f6413ad");
    expect(httpRecord({ requestHeaders: { traceparent: `00-${tp}-00f067aa0ba902b7-01` } }).r.traceId).toBe(tp);
    expect(httpRecord({ requestHeaders: { traceparent: `00-${"0".repeat(32)}-00f067aa0ba902b7-01` } }).r.traceId).toBe("");
    expect(httpRecord({ requestHeaders: { "x-b3-traceid": "not-hex", "x-request-id": "0d3c6a4e-8f7b-4a8e-b0f1-3e2a9d2c1b00" } }).r.traceId).toBe("");
    expect(httpRecord({}).r.traceId).toBe("");
  });

  test("impossible values make the entry invalid", () => {
    expect(httpRecord({ code: 1000 }).ok).toBe(false);
    expect(httpRecord({ durationMs: -1 }).ok).toBe(false);
    expect(httpRecord({ code: 999 }).ok).toBe(true);
  });

  test("response flag fields line up with the record's flag codes", () => {
    expect(RESPONSE_FLAG_FIELDS.length as number).toBe(RESPONSE_FLAGS.length);
    const fields = envoy.data.accesslog.v3.ResponseFlags;
    RESPONSE_FLAG_FIELDS.forEach((name, i) => {
      // Field number i + 1 on the wire: one field set, bit i read back.
      const bytes = fields.encode(name === "unauthorized_details" ? { unauthorized_details: {} } : { [name]: true }).finish();
      expect(bytes[0] >> 3).toBe(i + 1);
      const { r } = httpRecord({ responseFlags: fields.decode(bytes) });
      expect(r.responseFlags).toBe(1 << i);
    });
  });
});

describe("TCP entry → record", () => {
  test("upstream cluster and byte counts", () => {
    const e = decode(message({ tcp: [tcpEntry("outbound|5432||db", 2 ** 40, 3)] })).tcp_logs!.log_entry![0];
    const r = newTcpRecord();
    tcpEntryToRecord(e, r);
    expect(r).toEqual({ gateway: "", upstreamCluster: "outbound|5432||db", receivedBytes: 2 ** 40, sentBytes: 3 });
  });
});

describe("gateway name", () => {
  test("node.cluster wins, then node.id, then log_name", () => {
    expect(gatewayOf(identifier())).toBe("istio-ingressgateway.istio-system");
    expect(gatewayOf(identifier({ cluster: "" }))).toBe("istio-ingressgateway.istio-system");
    expect(gatewayOf(identifier({ cluster: "", id: "", logName: "als" }))).toBe("als");
    expect(gatewayOf({})).toBe("");
  });

  test("Istio node ids lose the pod's generated suffixes", () => {
    const id = (pod: string) => `router~10.1.2.3~${pod}~istio-system.svc.cluster.local`;
    expect(gatewayFromNodeId(id("istio-ingressgateway-7d9f8c6b5-x2k4p.istio-system"))).toBe("istio-ingressgateway.istio-system");
    expect(gatewayFromNodeId(id("istio-ingressgateway-5d8fbc9d47-w2xkq.istio-system"))).toBe("istio-ingressgateway.istio-system");
    // Kubernetes before 1.11: decimal pod-template-hash.
    expect(gatewayFromNodeId(id("istio-ingressgateway-3786529154-x2k4p.istio-system"))).toBe("istio-ingressgateway.istio-system");
    expect(gatewayFromNodeId("sidecar~10.1.2.3~ratings-v1-6b9f7d5c4-bz7nq.shop~shop.svc.cluster.local")).toBe("ratings-v1.shop");
  });

  test("pod names", () => {
    expect(workloadOfPod("istio-ingressgateway-7d9f8c6b5-x2k4p")).toBe("istio-ingressgateway");
    expect(workloadOfPod("edge-gw-x2k4p")).toBe("edge-gw"); // DaemonSet: one suffix
    expect(workloadOfPod("istio-ingressgateway")).toBe("istio-ingressgateway");
    expect(workloadOfPod("gateway-0")).toBe("gateway-0"); // StatefulSet ordinal stays
    expect(workloadOfPod("my-gateway")).toBe("my-gateway"); // a word, not a suffix (vowels)
    expect(workloadOfPod("internal-ingress-x2k4p")).toBe("internal-ingress");
  });

  test("other node ids are used as they are", () => {
    expect(gatewayFromNodeId("edge-envoy-1")).toBe("edge-envoy-1");
    expect(gatewayFromNodeId("a~b~c")).toBe("a~b~c");
  });
});
