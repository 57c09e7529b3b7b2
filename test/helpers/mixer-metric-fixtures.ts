// Mixer metric-template requests and prometheus-adapter handler params, built with the generated codecs.
import Long from "long";
import { adapter, metric } from "../../src/generated/codecs.js";
import type { istio } from "../../src/generated/codecs.js";

type V = istio.policy.v1beta1.IValue;
type MetricInfo = adapter.prometheus.config.Params.MetricInfo.$Properties;

export const METRIC_PATH = "/metric.HandleMetricService/HandleMetric";
export const PROM_TYPE_URL = "type.googleapis.com/adapter.prometheus.config.Params";
export const Kind = adapter.prometheus.config.Params.MetricInfo.Kind;

/** The label names of Istio 1.4's stock requests_total / request_duration_seconds / request_bytes. */
export const STOCK_LABELS = [
  "reporter", "source_app", "source_principal", "source_workload", "source_workload_namespace", "source_version",
  "destination_app", "destination_principal", "destination_workload", "destination_workload_namespace",
  "destination_version", "destination_service", "destination_service_name", "destination_service_namespace",
  "request_protocol", "response_code", "response_flags", "permissive_response_code", "permissive_response_policyid",
  "connection_security_policy",
];

export const ISTIO_LATENCY_BOUNDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Istio 1.4's stock prometheus handler metrics, as instance-fed metric-template metrics. */
export const STOCK_METRICS: MetricInfo[] = [
  { name: "requests_total", instance_name: "requestcount.instance.istio-system", kind: Kind.COUNTER, label_names: STOCK_LABELS },
  {
    name: "request_duration_seconds", instance_name: "requestduration.instance.istio-system", kind: Kind.DISTRIBUTION,
    label_names: STOCK_LABELS, buckets: { explicit_buckets: { bounds: ISTIO_LATENCY_BOUNDS } },
  },
  {
    name: "request_bytes", instance_name: "requestsize.instance.istio-system", kind: Kind.DISTRIBUTION,
    label_names: STOCK_LABELS, buckets: { exponential_buckets: { num_finite_buckets: 8, scale: 1, growth_factor: 10 } },
  },
];

export function params(metrics: MetricInfo[], expiry = false): { type_url: string; value: Uint8Array } {
  const p: adapter.prometheus.config.Params.$Properties = { metrics };
  if (expiry) p.metrics_expiration_policy = { metrics_expiry_duration: { seconds: Long.fromNumber(600) } };
  return { type_url: PROM_TYPE_URL, value: adapter.prometheus.config.Params.encode(p).finish() };
}

export const str = (s: string): V => ({ string_value: s });
export const int = (n: number): V => ({ int64_value: Long.fromNumber(n) });
export const dbl = (n: number): V => ({ double_value: n });
export const bool = (b: boolean): V => ({ bool_value: b });
export const dur = (ms: number): V => {
  const nanos = Math.round(ms * 1e6);
  return { duration_value: { value: { seconds: Long.fromNumber(Math.floor(nanos / 1e9)), nanos: nanos % 1e9 } } };
};

/** The stock dimensions of an ingress-gateway request to productpage (reporter = source). */
export function stockDimensions(code: number): Record<string, V> {
  return {
    reporter: str("source"), source_app: str("istio-ingressgateway"), source_principal: str("unknown"),
    source_workload: str("istio-ingressgateway"), source_workload_namespace: str("istio-system"), source_version: str("unknown"),
    destination_app: str("productpage"), destination_principal: str("unknown"), destination_workload: str("productpage-v1"),
    destination_workload_namespace: str("default"), destination_version: str("v1"),
    destination_service: str("productpage.default.svc.cluster.local"), destination_service_name: str("productpage"),
    destination_service_namespace: str("default"), request_protocol: str("http"), response_code: int(code),
    response_flags: str("-"), permissive_response_code: str("none"), permissive_response_policyid: str("none"),
    connection_security_policy: str("unknown"),
  };
}

/** The label set a scrape shows for stockDimensions(code). */
export function stockLabels(code: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(stockDimensions(code))) out[k] = v.string_value ?? String(code);
  return out;
}

export interface Instance {
  name: string;
  value: V;
  dimensions?: Record<string, V>;
}

export function metricRequest(instances: Instance[], adapterConfig?: { type_url: string; value: Uint8Array }, dedup = "1"): Uint8Array {
  return metric.HandleMetricRequest.encode({
    instances: instances.map((i) => ({ name: i.name, value: i.value, dimensions: i.dimensions ?? {}, monitored_resource_type: "UNSPECIFIED" })),
    adapter_config: adapterConfig,
    dedup_id: dedup,
  }).finish();
}
