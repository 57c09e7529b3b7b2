// Envoy ALS messages shaped like what an Istio ingress gateway sends: addresses, timings, and
// kilobytes of peer metadata per entry. Built with the fixture codecs (proto/testdata/envoy_als.proto:
// upstream's field numbers, every field an Istio gateway fills), because the decode protos leave out
// what gatewaymetric does not read; those fields reach the decoders as unknown fields, as Envoy's do.
import Long from "long";
import { envoy, google, testdata } from "../generated/fixture-codecs.js";

export const ALS = testdata.als;
type Message = testdata.als.StreamAccessLogsMessage.$Properties;
type Identifier = testdata.als.StreamAccessLogsMessage.Identifier.$Properties;
export type HttpEntry = testdata.als.HTTPAccessLogEntry.$Properties;
export type TcpEntry = testdata.als.TCPAccessLogEntry.$Properties;
type Common = testdata.als.AccessLogCommon.$Properties;

export const V3_PATH = "/envoy.service.accesslog.v3.AccessLogService/StreamAccessLogs";
export const V2_PATH = "/envoy.service.accesslog.v2.AccessLogService/StreamAccessLogs";
export const METHOD = envoy.config.core.v3.RequestMethod;
export const LOG_TYPE = envoy.data.accesslog.v3.AccessLogType;

export const ISTIO_NODE_ID = "router~10.244.1.7~istio-ingressgateway-7d9f8c6b5-x2k4p.istio-system~istio-system.svc.cluster.local";

/** An Istio gateway's identifier; pass `cluster: ""` / `id: ""` to leave them out. */
export function identifier(opts: { cluster?: string; id?: string; logName?: string } = {}): Identifier {
  const value = (s: string) => ({ stringValue: s });
  return {
    node: {
      id: opts.id ?? ISTIO_NODE_ID,
      cluster: opts.cluster ?? "istio-ingressgateway.istio-system",
      metadata: {
        fields: {
          NAME: value("istio-ingressgateway-7d9f8c6b5-x2k4p"),
          NAMESPACE: value("istio-system"),
          WORKLOAD_NAME: value("istio-ingressgateway"),
          CLUSTER_ID: value("Kubernetes"),
          ISTIO_VERSION: value("1.22.3"),
          LABELS: { structValue: { fields: { app: value("istio-ingressgateway"), istio: value("ingressgateway") } } },
        },
      },
      user_agent_name: "envoy",
      user_agent_version: "1.30.4",
    },
    log_name: opts.logName ?? "http_envoy_accesslog",
  };
}

/** Milliseconds → google.protobuf.Duration. */
export function ms(n: number): google.protobuf.Duration.$Properties {
  const nanos = Math.round(n * 1e6);
  return { seconds: Long.fromNumber(Math.floor(nanos / 1e9)), nanos: nanos % 1e9 };
}

const addr = (ip: string, port: number) => ({ socket_address: { address: ip, port_value: port } });

/** Istio's peer metadata as a filter-state Any: a Struct of workload labels, ~1 KB. */
function peerMetadata(workload: string): google.protobuf.Any.$Properties {
  const fields: Record<string, google.protobuf.Value.$Properties> = {};
  for (const k of ["app", "version", "service.istio.io/canonical-name", "service.istio.io/canonical-revision", "security.istio.io/tlsMode"]) {
    fields[k] = { stringValue: `${workload}-${k}` };
  }
  fields.workload = { stringValue: workload };
  fields.namespace = { stringValue: "shop" };
  fields.cluster = { stringValue: "Kubernetes" };
  fields.platform_metadata = { structValue: { fields: { gcp_project: { stringValue: "p".repeat(400) } } } };
  return {
    type_url: "type.googleapis.com/google.protobuf.Struct",
    value: google.protobuf.Struct.encode({ fields }).finish(),
  };
}

export interface HttpOptions {
  authority?: string;
  path?: string;
  originalPath?: string;
  method?: number;
  /** null: no response_code wrapper at all. */
  code?: number | null;
  /** false: no response properties. */
  response?: boolean;
  requestHeadersBytes?: number;
  requestBodyBytes?: number;
  responseBodyBytes?: number;
  /** common_properties.duration (Envoy ≥ 1.24); null: absent. */
  durationMs?: number | null;
  /** time_to_last_downstream_tx_byte; null: absent. */
  lastDownstreamTxMs?: number | null;
  /** time_to_last_upstream_tx_byte and time_to_first_upstream_rx_byte (upstream service time between); null: absent. */
  lastUpstreamTxMs?: number | null;
  firstUpstreamRxMs?: number | null;
  routeName?: string;
  upstreamCluster?: string;
  responseFlags?: testdata.als.ResponseFlags.$Properties;
  requestHeaders?: Record<string, string>;
  common?: Common;
}

export function httpEntry(o: HttpOptions = {}): HttpEntry {
  const common: Common = {
    sample_rate: 1,
    downstream_remote_address: addr("203.0.113.7", 53211),
    downstream_local_address: addr("10.244.1.7", 8443),
    start_time: { seconds: Long.fromNumber(1_722_000_000), nanos: 123_000_000 },
    time_to_last_rx_byte: ms(0.2),
    time_to_first_upstream_tx_byte: ms(1),
    time_to_last_upstream_rx_byte: ms(22),
    time_to_first_downstream_tx_byte: ms(21.5),
    upstream_remote_address: addr("10.244.2.19", 9080),
    upstream_local_address: addr("10.244.1.7", 40112),
    upstream_cluster: o.upstreamCluster ?? "outbound|9080||productpage.shop.svc.cluster.local",
    route_name: o.routeName ?? "productpage-route",
    downstream_direct_remote_address: addr("203.0.113.7", 53211),
    filter_state_objects: { "wasm.upstream_peer": peerMetadata("productpage-v1"), "wasm.upstream_peer_id": { type_url: "type.googleapis.com/google.protobuf.StringValue", value: new Uint8Array([0x0a, 3, 0x61, 0x62, 0x63]) } },
    upstream_request_attempt_count: 1,
    stream_id: "6f1c1a0e-2a4b-4f4e-9a55-7c1f0f6d8a10",
    downstream_wire_bytes_received: 612,
    downstream_wire_bytes_sent: 5120,
    ...o.common,
  };
  const d = (v: number | null | undefined, dflt: number | null) => {
    const x = v === undefined ? dflt : v;
    return x === null ? null : ms(x);
  };
  common.duration = d(o.durationMs, 25);
  common.time_to_last_downstream_tx_byte = d(o.lastDownstreamTxMs, 24);
  common.time_to_last_upstream_tx_byte = d(o.lastUpstreamTxMs, 1);
  common.time_to_first_upstream_rx_byte = d(o.firstUpstreamRxMs, 21);
  if (o.responseFlags) common.response_flags = o.responseFlags;
  return {
    common_properties: common,
    protocol_version: ALS.HTTPAccessLogEntry.HTTPVersion.HTTP2,
    request: {
      request_method: o.method ?? METHOD.GET,
      scheme: "https",
      authority: o.authority ?? "shop.example.com",
      path: o.path ?? "/productpage",
      original_path: o.originalPath ?? "",
      user_agent: "curl/8.5.0",
      forwarded_for: "203.0.113.7",
      request_id: "0d3c6a4e-8f7b-4a8e-b0f1-3e2a9d2c1b00",
      request_headers_bytes: o.requestHeadersBytes ?? 600,
      request_body_bytes: o.requestBodyBytes ?? 0,
      request_headers: o.requestHeaders ?? {},
    },
    response:
      o.response === false
        ? null
        : {
            response_code: o.code === null ? null : { value: o.code ?? 200 },
            response_headers_bytes: 180,
            response_body_bytes: o.responseBodyBytes ?? 4183,
            response_code_details: "via_upstream",
          },
  };
}

export function tcpEntry(upstreamCluster: string, received: number, sent: number, common: Common = {}): TcpEntry {
  return {
    common_properties: {
      downstream_remote_address: addr("203.0.113.9", 40001),
      upstream_cluster: upstreamCluster,
      start_time: { seconds: Long.fromNumber(1_722_000_000), nanos: 0 },
      duration: ms(1500),
      ...common,
    },
    connection_properties: { received_bytes: received, sent_bytes: sent },
  };
}

export function message(m: { id?: Identifier; http?: HttpEntry[]; tcp?: TcpEntry[] }): Uint8Array {
  const msg: Message = { identifier: m.id ?? null };
  if (m.http) msg.http_logs = { log_entry: m.http };
  if (m.tcp) msg.tcp_logs = { log_entry: m.tcp };
  return ALS.StreamAccessLogsMessage.encode(msg).finish();
}

/** One ALS message of `n` HTTP entries for `host` (the identifier only on a stream's first message). */
export function hostBatch(n: number, host: string, withId: boolean): Buffer {
  return Buffer.from(message({ id: withId ? identifier() : undefined, http: Array.from({ length: n }, () => httpEntry({ authority: host })) }));
}
