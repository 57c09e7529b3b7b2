// The gateway metric model: which families exist, their labels and buckets, and how one access
// record updates them.
import { newHistogram, observe } from "../store/histogram.ts";
import { type HistogramFamily, type Registry, type ScalarFamily, register } from "../store/registry.ts";
import { internSeries, newSeriesTable, type SeriesTable } from "../store/series.ts";
import { newVector, vectorAdd } from "../store/vector.ts";
import { codeLabel, methodLabel } from "./labels.ts";
import type { AccessRecord } from "./record.ts";
import { newRouteCache } from "./routes.ts";

export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
export const SIZE_BUCKETS = [64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216];
export const GATEWAY_LABELS = ["gateway", "host", "route", "method", "code"] as const;

export interface GatewayMetricsOptions {
  /** `gateway` label for records that carry none. */
  defaultGateway: string;
  /** Most label tuples kept; entries past it are counted as dropped. */
  maxSeries: number;
}

export interface GatewayMetrics {
  readonly table: SeriesTable;
  readonly requests: ScalarFamily;
  readonly duration: HistogramFamily;
  readonly requestSize: HistogramFamily;
  readonly responseSize: HistogramFamily;
  readonly defaultGateway: string;
  readonly route: (raw: string) => string;
  /** Scratch tuple reused for every record. */
  readonly tuple: string[];
}

export function newGatewayMetrics(reg: Registry, opts: GatewayMetricsOptions): GatewayMetrics {
  const table = newSeriesTable(GATEWAY_LABELS, opts.maxSeries);
  const requests = register(reg, {
    name: "gateway_requests_total",
    help: "Requests that passed through the gateway.",
    type: "counter",
    table,
    values: newVector(),
  } satisfies ScalarFamily);
  const duration = register(reg, {
    name: "gateway_request_duration_seconds",
    help: "Time from the first request byte received to the last response byte sent, in seconds.",
    type: "histogram",
    table,
    hist: newHistogram(LATENCY_BUCKETS),
  } satisfies HistogramFamily);
  const requestSize = register(reg, {
    name: "gateway_request_size_bytes",
    help: "Request size in bytes.",
    type: "histogram",
    table,
    hist: newHistogram(SIZE_BUCKETS),
  } satisfies HistogramFamily);
  const responseSize = register(reg, {
    name: "gateway_response_size_bytes",
    help: "Response body size in bytes.",
    type: "histogram",
    table,
    hist: newHistogram(SIZE_BUCKETS),
  } satisfies HistogramFamily);
  return {
    table,
    requests,
    duration,
    requestSize,
    responseSize,
    defaultGateway: opts.defaultGateway,
    route: newRouteCache(),
    tuple: ["", "", "", "", ""],
  };
}

/** Counts one record. Returns false if it could not be counted (series budget exhausted). */
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
  const d = r.durationSeconds;
  if (d >= 0 && d < Infinity) observe(m.duration.hist, id, d);
  const rq = r.requestBytes;
  if (rq >= 0 && rq < Infinity) observe(m.requestSize.hist, id, rq);
  const rs = r.responseBytes;
  if (rs >= 0 && rs < Infinity) observe(m.responseSize.hist, id, rs);
  return true;
}
