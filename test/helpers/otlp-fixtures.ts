// OTLP requests built with the generated codecs, and Istio default-format lines (the format in
// src/ingest/envoy-text-bytes.ts).
import Long from "long";
import { opentelemetry } from "../../src/generated/codecs.js";

type AnyValue = opentelemetry.proto.common.v1.AnyValue.$Properties;
type LogRecord = opentelemetry.proto.logs.v1.LogRecord.$Properties;

export const OTLP_PATH = "/opentelemetry.proto.collector.logs.v1.LogsService/Export";

export const sv = (s: string): AnyValue => ({ string_value: s });
export const iv = (n: number): AnyValue => ({ int_value: Long.fromNumber(n) });
export const dv = (n: number): AnyValue => ({ double_value: n });

export function attrs(o: Record<string, AnyValue | string>) {
  return Object.entries(o).map(([key, v]) => ({ key, value: typeof v === "string" ? sv(v) : v }));
}

/** The fields of Istio's default text format; unset ones print as `-`. */
export interface Line {
  start?: string;
  method?: string;
  path?: string;
  protocol?: string;
  code?: number;
  flags?: string;
  details?: string;
  termination?: string;
  failure?: string;
  received?: number;
  sent?: number;
  durationMs?: number;
  upstreamMs?: number;
  xff?: string;
  ua?: string;
  requestId?: string;
  authority?: string;
  upstreamHost?: string;
  cluster?: string;
  upstreamLocal?: string;
  downstreamLocal?: string;
  downstreamRemote?: string;
  sni?: string;
  route?: string;
}

/** One line exactly as Envoy renders Istio's EnvoyTextLogFormat, newline included. */
export function istioLine(l: Line): string {
  const d = (v: string | number | undefined) => (v === undefined || v === "" ? "-" : String(v));
  return (
    `[${l.start ?? "2024-05-01T10:00:00.000Z"}] "${d(l.method)} ${d(l.path)} ${d(l.protocol)}" ${l.code ?? 0} ${d(l.flags)} ` +
    `${d(l.details)} ${d(l.termination)} "${d(l.failure)}" ${d(l.received)} ${d(l.sent)} ${d(l.durationMs)} ${d(l.upstreamMs)} ` +
    `"${d(l.xff)}" "${d(l.ua)}" "${d(l.requestId)}" "${d(l.authority)}" "${d(l.upstreamHost)}" ${d(l.cluster)} ` +
    `${d(l.upstreamLocal)} ${d(l.downstreamLocal)} ${d(l.downstreamRemote)} ${d(l.sni)} ${d(l.route)}\n`
  );
}

/** A LogRecord as Envoy's OTel access logger fills it: start time, body, optional attributes and trace id. */
export function logRecord(body: AnyValue | null, attributes: ReturnType<typeof attrs> = [], traceId?: Uint8Array): LogRecord {
  return {
    time_unix_nano: Long.fromString("1714557600000000000", true),
    body: body ?? undefined,
    attributes,
    trace_id: traceId,
  };
}

export interface Resource {
  attributes?: Record<string, string>;
  records: LogRecord[];
}

/** One ResourceLogs per resource, each with one ScopeLogs (no scope), as Envoy sends it. */
export function exportRequest(resources: Resource[]): Uint8Array {
  return opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.encode({
    resource_logs: resources.map((r) => ({
      resource: { attributes: attrs(r.attributes ?? {}) },
      scope_logs: [{ log_records: r.records }],
    })),
  }).finish();
}

export function decodeResponse(b: Uint8Array) {
  return opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.decode(b);
}

/** Envoy's built-in resource labels for Istio's ingress gateway (Istio 1.13–1.19). */
export const GATEWAY_RESOURCE = {
  log_name: "otel_envoy_accesslog",
  zone_name: "",
  cluster_name: "istio-ingressgateway.istio-system",
  node_name: "router~10.1.0.5~istio-ingressgateway-6b8f7d9c4-x2x7k.istio-system~istio-system.svc.cluster.local",
};
