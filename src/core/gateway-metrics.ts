// The gateway metric model: which families exist, their labels and buckets, and how one access
// record updates them.
import { newHistogram, observe } from "../store/histogram.ts";
import { type HistogramFamily, type Registry, type ScalarFamily, register } from "../store/registry.ts";
import { internSeries, newSeriesTable, type SeriesTable } from "../store/series.ts";
import { newVector, vectorAdd } from "../store/vector.ts";
import { codeLabel, methodLabel } from "./labels.ts";
import { type AccessRecord, RESPONSE_FLAGS, type TcpRecord } from "./record.ts";
import { newRouteCache } from "./routes.ts";

export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
export const SIZE_BUCKETS = [64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216];
export const GATEWAY_LABELS = ["gateway", "host", "route", "method", "code"] as const;
export const FLAG_LABELS = ["gateway", "host", "route", "flag"] as const;
export const TCP_LABELS = ["gateway", "upstream_cluster"] as const;

export interface GatewayMetricsOptions {
  /** `gateway` label for records that carry none. */
  defaultGateway: string;
  /** Most label tuples kept per table; entries past it are rejected and counted. */
  maxSeries: number;
}

export interface GatewayMetrics {
  readonly table: SeriesTable;
  readonly requests: ScalarFamily;
  readonly duration: HistogramFamily;
  readonly requestSize: HistogramFamily;
  readonly responseSize: HistogramFamily;
  readonly upstreamDuration: HistogramFamily;
  readonly responseFlags: ScalarFamily;
  readonly tcpConnections: ScalarFamily;
  readonly tcpReceived: ScalarFamily;
  readonly tcpSent: ScalarFamily;
  readonly defaultGateway: string;
  readonly route: (raw: string) => string;
  /** Scratch tuples reused for every record. */
  readonly tuple: string[];
  readonly flagTuple: string[];
  readonly tcpTuple: string[];
}

function counter(reg: Registry, name: string, help: string, table: SeriesTable): ScalarFamily {
  return register(reg, { name, help, type: "counter", table, values: newVector() });
}

function histogram(reg: Registry, name: string, help: string, table: SeriesTable, bounds: number[]): HistogramFamily {
  return register(reg, { name, help, type: "histogram", table, hist: newHistogram(bounds) });
}

export function newGatewayMetrics(reg: Registry, opts: GatewayMetricsOptions): GatewayMetrics {
  const table = newSeriesTable(GATEWAY_LABELS, opts.maxSeries);
  const flagTable = newSeriesTable(FLAG_LABELS, opts.maxSeries);
  const tcpTable = newSeriesTable(TCP_LABELS, opts.maxSeries);
  return {
    table,
    requests: counter(reg, "gateway_requests_total", "Requests that passed through the gateway.", table),
    duration: histogram(reg, "gateway_request_duration_seconds",
      "Time from the first request byte received to the last response byte sent, in seconds.", table, LATENCY_BUCKETS),
    requestSize: histogram(reg, "gateway_request_size_bytes", "Request size in bytes.", table, SIZE_BUCKETS),
    responseSize: histogram(reg, "gateway_response_size_bytes", "Response body size in bytes.", table, SIZE_BUCKETS),
    upstreamDuration: histogram(reg, "gateway_upstream_duration_seconds",
      "Time the upstream service took: first byte sent upstream to last byte received from it, in seconds.", table, LATENCY_BUCKETS),
    responseFlags: counter(reg, "gateway_response_flags_total",
      "Requests by Envoy response flag (short codes such as UH, UF, NR, URX); a request with several flags counts once per flag.", flagTable),
    tcpConnections: counter(reg, "gateway_tcp_connections_total", "TCP connections through the gateway that were logged.", tcpTable),
    tcpReceived: counter(reg, "gateway_tcp_received_bytes_total", "Bytes received from downstream TCP clients.", tcpTable),
    tcpSent: counter(reg, "gateway_tcp_sent_bytes_total", "Bytes sent to downstream TCP clients.", tcpTable),
    defaultGateway: opts.defaultGateway,
    route: newRouteCache(),
    tuple: ["", "", "", "", ""],
    flagTuple: ["", "", "", ""],
    tcpTuple: ["", ""],
  };
}

function finite(v: number): boolean {
  return v >= 0 && v < Infinity;
}

/** Counts one HTTP record. Returns false if it could not be counted (series budget exhausted). */
export function recordAccess(m: GatewayMetrics, r: AccessRecord): boolean {
  const t = m.tuple;
  t[0] = r.gateway !== "" ? r.gateway : m.defaultGateway;
  t[1] = r.host;
  t[2] = m.route(r.path);
  t[3] = methodLabel(r.method);
  t[4] = codeLabel(r.code);
  const id = internSeries(m.table, t);
  if (id < 0) return false;
  vectorAdd(m.requests.values, id, 1);
  if (finite(r.durationSeconds)) observe(m.duration.hist, id, r.durationSeconds);
  if (finite(r.requestBytes)) observe(m.requestSize.hist, id, r.requestBytes);
  if (finite(r.responseBytes)) observe(m.responseSize.hist, id, r.responseBytes);
  if (finite(r.upstreamSeconds)) observe(m.upstreamDuration.hist, id, r.upstreamSeconds);
  let flags = r.responseFlags;
  if (flags !== 0) {
    const ft = m.flagTuple;
    ft[0] = t[0];
    ft[1] = t[1];
    ft[2] = t[2];
    for (let i = 0; flags !== 0; i++, flags >>>= 1) {
      if ((flags & 1) === 0) continue;
      ft[3] = RESPONSE_FLAGS[i];
      const fid = internSeries(m.responseFlags.table, ft);
      if (fid >= 0) vectorAdd(m.responseFlags.values, fid, 1);
    }
  }
  return true;
}

/** Counts one TCP connection record. Returns false if it could not be counted. */
export function recordTcp(m: GatewayMetrics, r: TcpRecord): boolean {
  const t = m.tcpTuple;
  t[0] = r.gateway !== "" ? r.gateway : m.defaultGateway;
  t[1] = r.upstreamCluster;
  const id = internSeries(m.tcpConnections.table, t);
  if (id < 0) return false;
  vectorAdd(m.tcpConnections.values, id, 1);
  vectorAdd(m.tcpReceived.values, id, r.receivedBytes);
  vectorAdd(m.tcpSent.values, id, r.sentBytes);
  return true;
}
