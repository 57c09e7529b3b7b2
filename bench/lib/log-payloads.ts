// ALS and OTLP payloads for the benchmarks, built with the generated codecs through the test
// fixtures (one definition of "Istio-shaped"), with label values drawn like payloads.ts draws them.
// ALS entries are encoded with the fixture codecs, which have the fields an Envoy fills and
// gatewaymetric does not read (proto/testdata/envoy_als.proto).
import Long from "long";
import { opentelemetry } from "../../src/generated/codecs.js";
import { ALS, httpEntry, identifier, METHOD } from "../../test/helpers/als-fixtures.ts";
import { attrs, GATEWAY_RESOURCE, istioLine, iv, logRecord, sv } from "../../test/helpers/otlp-fixtures.ts";
import { labelDraws, type Mix, rng, USUAL } from "./payloads.ts";

const HOSTS = ["192.168.101.6:31380", "shop.example.com", "api.example.com", "bookinfo.example.com:8080"];
const PATHS = ["/productpage", "/login", "/logout", "/static/jquery.min.js", "/api/v1/products", "/api/v1/cart", "/healthz"];
const ID_PATHS = ["/api/v1/products/", "/ratings/", "/reviews/", "/details/"];
const METHODS = [METHOD.GET, METHOD.GET, METHOD.GET, METHOD.POST, METHOD.PUT, METHOD.DELETE];
const METHOD_NAMES = ["GET", "GET", "GET", "POST", "PUT", "DELETE"];
const CODES = [200, 200, 200, 200, 201, 204, 304, 404, 500, 503];

const pick = <T>(r: () => number, a: readonly T[]): T => a[Math.floor(r() * a.length)];
const draws = (mix: Mix) => labelDraws(mix, { hosts: HOSTS, paths: PATHS, idPaths: ID_PATHS, codes: CODES });
type Draws = ReturnType<typeof draws>;
const latencyMs = (r: () => number) => 0.5 + -Math.log(1 - r()) * 30;

const Entry = ALS.HTTPAccessLogEntry;
const Message = ALS.StreamAccessLogsMessage;

export type AlsShape = "istio" | "minimal";
export const ALS_SHAPES: Record<AlsShape, { label: string }> = {
  istio: { label: "Istio-shaped entries (peer-metadata filter state)" },
  minimal: { label: "minimal entries" },
};

/** One encoded HTTPAccessLogEntry of the given shape; Istio-shaped ones log `x-tenant` (one of `tenants`) when tenants > 0. */
function alsEntry(shape: AlsShape, r: () => number, tenants = 0, d: Draws = draws(USUAL)): Uint8Array {
  const m = Math.floor(r() * METHODS.length);
  const ms = latencyMs(r);
  if (shape === "istio") {
    const requestHeaders: Record<string, string> = { "x-b3-traceid": "463ac35c9f6413ad48485a3953bb6124" };
    if (tenants > 0) requestHeaders["x-tenant"] = `tenant-${Math.floor(r() * tenants)}`;
    return Entry.encode(
      httpEntry({
        authority: d.host(r), path: d.path(r), method: METHODS[m], code: d.code(r), durationMs: ms,
        lastDownstreamTxMs: ms, lastUpstreamTxMs: 0.3, firstUpstreamRxMs: ms * 0.9, responseBodyBytes: Math.floor(r() * 20000),
        requestHeaders,
      }),
    ).finish();
  }
  const nanos = Math.round(ms * 1e6);
  return Entry.encode({
    common_properties: {
      start_time: { seconds: Long.fromNumber(1_722_000_000), nanos: 123_000_000 },
      downstream_remote_address: { socket_address: { address: "203.0.113.7", port_value: 53211 } },
      upstream_remote_address: { socket_address: { address: "10.244.2.19", port_value: 9080 } },
      duration: { seconds: Long.fromNumber(Math.floor(nanos / 1e9)), nanos: nanos % 1e9 },
      upstream_cluster: "outbound|9080||productpage.shop.svc.cluster.local",
      route_name: "default",
    },
    protocol_version: Entry.HTTPVersion.HTTP2,
    request: { request_method: METHODS[m], scheme: "https", authority: d.host(r), path: d.path(r), request_headers_bytes: 600 },
    response: { response_code: { value: d.code(r) }, response_headers_bytes: 180, response_body_bytes: Math.floor(r() * 20000) },
  }).finish();
}

const FRAME = 16 << 10;

/**
 * The messages of one ALS stream: `count` messages of about 16 KiB (Envoy's default buffer), the
 * first carrying the identifier as Envoy sends it. Returns the messages and entries per message.
 */
export function alsStream(shape: AlsShape, count = 50, seed = 11, tenants = 0, mix = USUAL): { messages: Uint8Array[]; entriesPerMessage: number } {
  const r = rng(seed);
  const d = draws(mix);
  const sample = alsEntry(shape, r, tenants, d);
  const perMessage = Math.max(1, Math.floor(FRAME / (sample.length + 3)));
  const messages: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const entries = Array.from({ length: perMessage }, () => Entry.decode(alsEntry(shape, r, tenants, d)));
    messages.push(Message.encode({ identifier: i === 0 ? identifier() : null, http_logs: { log_entry: entries } }).finish());
  }
  return { messages, entriesPerMessage: perMessage };
}

/** Bytes per entry of an ALS shape, as sent. */
export function alsEntryBytes(shape: AlsShape, mix = USUAL): number {
  return alsEntry(shape, rng(3), 0, draws(mix)).length;
}

/** ExportLogsServiceRequests of `n` records with Istio JSON-format attributes and a trace id. */
export function otlpRequests(count: number, n = 100, seed = 13, mix = USUAL): Uint8Array[] {
  const r = rng(seed);
  const d = draws(mix);
  const out: Uint8Array[] = [];
  for (let k = 0; k < count; k++) {
    const records = Array.from({ length: n }, () => {
      const m = Math.floor(r() * METHODS.length);
      const body = Math.floor(r() * 20000);
      const trace = Uint8Array.from({ length: 16 }, () => Math.floor(r() * 256));
      return logRecord(
        null,
        attrs({
          authority: d.host(r), path: d.path(r), method: METHOD_NAMES[m], protocol: "HTTP/1.1",
          response_code: iv(d.code(r)), duration: iv(Math.round(latencyMs(r))), bytes_received: iv(0), bytes_sent: iv(body),
          upstream_cluster: "outbound|9080||productpage.shop.svc.cluster.local", route_name: "default", response_flags: "-",
        }),
        trace,
      );
    });
    out.push(
      opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.encode({
        resource_logs: [{ resource: { attributes: attrs(GATEWAY_RESOURCE) }, scope_logs: [{ log_records: records }] }],
      }).finish(),
    );
  }
  return out;
}

/**
 * ExportLogsServiceRequests of `n` records as Istio's `envoyOtelAls` provider sends them by default:
 * the body one line of Istio's default text format, no attributes, a trace id.
 */
export function otlpLineRequests(count: number, n = 100, seed = 17, mix = USUAL): Uint8Array[] {
  const r = rng(seed);
  const d = draws(mix);
  const out: Uint8Array[] = [];
  for (let k = 0; k < count; k++) {
    const records = Array.from({ length: n }, () => {
      const ms = Math.round(latencyMs(r));
      const line = istioLine({
        method: pick(r, METHOD_NAMES), path: d.path(r), protocol: "HTTP/1.1", code: d.code(r), flags: "-", details: "via_upstream",
        received: 0, sent: Math.floor(r() * 20000), durationMs: ms, upstreamMs: Math.max(0, ms - 1), xff: "10.0.0.1",
        ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36", requestId: "84961386-6d84-929d-98bd-c5aee93b5c88",
        authority: d.host(r), upstreamHost: "10.44.1.27:9080", cluster: "outbound|9080||productpage.shop.svc.cluster.local",
        upstreamLocal: "10.44.1.23:37652", downstreamLocal: "10.0.45.184:8080", downstreamRemote: "10.44.1.23:46520", route: "default",
      });
      return logRecord(sv(line), [], Uint8Array.from({ length: 16 }, () => Math.floor(r() * 256)));
    });
    out.push(
      opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.encode({
        resource_logs: [{ resource: { attributes: attrs(GATEWAY_RESOURCE) }, scope_logs: [{ log_records: records }] }],
      }).finish(),
    );
  }
  return out;
}
