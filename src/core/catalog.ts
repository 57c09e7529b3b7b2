// The gateway metrics gatewaymetric knows, with their defaults, and the per-metric settings an
// operator may change (config `metrics.<id>`).

export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
export const SIZE_BUCKETS = [64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216];
export const GATEWAY_LABELS = ["gateway", "host", "route", "method", "code"] as const;
export const FLAG_LABELS = ["gateway", "host", "route", "flag"] as const;
export const TCP_LABELS = ["gateway", "upstream_cluster"] as const;

export type MetricKind = "http" | "flag" | "tcp";

/** Labels a metric of each kind may carry (config `metrics.<id>.labels` picks among them). */
export const AVAILABLE_LABELS: Record<MetricKind, readonly string[]> = {
  http: ["gateway", "host", "route", "method", "code", "upstream_cluster"],
  flag: ["gateway", "host", "route", "method", "code", "upstream_cluster", "flag"],
  tcp: ["gateway", "upstream_cluster"],
};

/** Most extra labels (config `extraLabels`): each is a column of every label tuple and a field of the tuple cache's key. */
export const MAX_EXTRA_LABELS = 4;

/** Labels no extra label may be named: the built-in ones, and those the exposition adds itself. */
export const RESERVED_LABELS: readonly string[] = [...AVAILABLE_LABELS.flag, "le", "quantile", "trace_id"];

/** Which number of a record a metric adds up (an index into the per-record value scratch). */
export const SRC_ONE = 0, SRC_DURATION = 1, SRC_REQUEST_BYTES = 2, SRC_RESPONSE_BYTES = 3, SRC_UPSTREAM = 4;
export const SRC_TCP_RECEIVED = 5, SRC_TCP_SENT = 6, SRC_COUNT = 7;

export interface MetricDef {
  /** Key under `metrics:` in the config. */
  readonly id: string;
  readonly kind: MetricKind;
  readonly type: "counter" | "histogram";
  readonly name: string;
  readonly help: string;
  readonly labels: readonly string[];
  readonly buckets?: readonly number[];
  readonly src: number;
  readonly exemplars: boolean;
  /** Native (exponential) buckets beside the classic ones. */
  readonly native?: boolean;
}

/** Native histogram defaults: schema 3 (buckets about 9% wide), and Prometheus' Go client's 160 buckets. */
export const NATIVE_SCHEMA = 3;
export const NATIVE_MAX_BUCKETS = 160;

const http = (id: string, type: MetricDef["type"], name: string, help: string, src: number, extra: Partial<MetricDef> = {}): MetricDef => ({
  id, kind: "http", type, name, help, labels: GATEWAY_LABELS, src, exemplars: false, ...extra,
});

export const METRIC_DEFS: readonly MetricDef[] = [
  http("requests", "counter", "gateway_requests_total", "Requests that passed through the gateway.", SRC_ONE, { exemplars: true }),
  http("requestDuration", "histogram", "gateway_request_duration_seconds",
    "Time from the first request byte received to the last response byte sent, in seconds.", SRC_DURATION,
    { buckets: LATENCY_BUCKETS, exemplars: true, native: true }),
  http("requestSize", "histogram", "gateway_request_size_bytes", "Request body size in bytes (headers excluded).", SRC_REQUEST_BYTES, { buckets: SIZE_BUCKETS, native: true }),
  http("responseSize", "histogram", "gateway_response_size_bytes", "Response body size in bytes (headers excluded).", SRC_RESPONSE_BYTES, { buckets: SIZE_BUCKETS, native: true }),
  http("upstreamDuration", "histogram", "gateway_upstream_duration_seconds",
    "Upstream service time (x-envoy-upstream-service-time): request sent upstream to first response byte back, in seconds.", SRC_UPSTREAM,
    { buckets: LATENCY_BUCKETS, native: true }),
  {
    id: "responseFlags", kind: "flag", type: "counter", name: "gateway_response_flags_total",
    help: "Requests by Envoy response flag (short codes such as UH, UF, NR, URX); a request with several flags counts once per flag.",
    labels: FLAG_LABELS, src: SRC_ONE, exemplars: false,
  },
  { id: "tcpConnections", kind: "tcp", type: "counter", name: "gateway_tcp_connections_total", help: "TCP connections through the gateway that were logged.", labels: TCP_LABELS, src: SRC_ONE, exemplars: false },
  { id: "tcpReceivedBytes", kind: "tcp", type: "counter", name: "gateway_tcp_received_bytes_total", help: "Bytes received from downstream TCP clients.", labels: TCP_LABELS, src: SRC_TCP_RECEIVED, exemplars: false },
  { id: "tcpSentBytes", kind: "tcp", type: "counter", name: "gateway_tcp_sent_bytes_total", help: "Bytes sent to downstream TCP clients.", labels: TCP_LABELS, src: SRC_TCP_SENT, exemplars: false },
];

/** Histogram bounds: a list, or `linear` (start, start+width, …) / `exponential` (start, start·factor, …). */
export type BucketSpec =
  | number[]
  | { linear: { start: number; width: number; count: number } }
  | { exponential: { start: number; factor: number; count: number } };

export interface MetricSettings {
  enabled?: boolean;
  name?: string;
  help?: string;
  labels?: string[];
  buckets?: BucketSpec;
  /** `code` as its class (`2xx`) rather than the code. */
  statusClasses?: boolean;
  /** Default: the global maxSeries. */
  maxSeries?: number;
  exemplars?: boolean;
  /** Native histogram buckets (protobuf exposition only); each part defaults as in the catalog. */
  native?: { enabled?: boolean; schema?: number; maxBuckets?: number };
}

/** 12 significant digits: 0.1 + 2 × 0.1 is 0.3, not 0.30000000000000004. */
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

export function expandBuckets(spec: BucketSpec): number[] {
  if (Array.isArray(spec)) return spec.slice();
  if ("linear" in spec) {
    const { start, width, count } = spec.linear;
    return Array.from({ length: count }, (_, i) => tidy(start + i * width));
  }
  const { start, factor, count } = spec.exponential;
  return Array.from({ length: count }, (_, i) => tidy(start * factor ** i));
}
