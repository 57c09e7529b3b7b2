// Mixer requests built with the generated codecs (the reference encoder).
import Long from "long";
import { logentry } from "../../src/generated/codecs.js";
import type { istio } from "../../src/generated/codecs.js";

type V = istio.policy.v1beta1.IValue;

export const str = (s: string): V => ({ string_value: s });
export const int = (n: number): V => ({ int64_value: Long.fromNumber(n) });
export const dbl = (n: number): V => ({ double_value: n });
export const dur = (ms: number): V => {
  const nanos = Math.round(ms * 1e6);
  return { duration_value: { value: { seconds: Long.fromNumber(Math.floor(nanos / 1e9)), nanos: nanos % 1e9 } } };
};

/** Params{file_path: "out.txt"}: bytes 0a 07 "out.txt", exactly what the original handler sends. */
export const SEED_ADAPTER_CONFIG = {
  type_url: "type.googleapis.com/adapter.gatewaymetric.config.Params",
  value: new Uint8Array([0x0a, 0x07, ...new TextEncoder().encode("out.txt")]),
};

export const SEED_LATENCIES_MS = [34.547407, 39.579628, 24.084598, 30.813597];

/** The seed's i1metric instances for /productpage, one per latency. */
export function seedRequest(latenciesMs = SEED_LATENCIES_MS): Uint8Array {
  const instances = latenciesMs.map((ms) => ({
    name: "i1metric.instance.istio-system",
    variables: {
      host: str("192.168.101.6:31380"),
      method: str("GET"),
      url: str("/productpage"),
      responseCode: int(200),
      responseBodySize: int(4183),
      responseTotalSize: int(4415),
      latency: dur(ms),
    },
    severity: "warning",
    monitored_resource_type: "UNSPECIFIED",
    timestamp: { value: { seconds: Long.fromNumber(1_563_000_000), nanos: 0 } },
  }));
  return logentry.HandleLogEntryRequest.encode({ instances, adapter_config: SEED_ADAPTER_CONFIG, dedup_id: "5577006791947779410" }).finish();
}

export function logEntryRequest(variables: Record<string, V>[], adapterConfig?: { type_url: string; value: Uint8Array }): Uint8Array {
  return logentry.HandleLogEntryRequest.encode({
    instances: variables.map((v) => ({ name: "accesslog.instance.istio-system", variables: v })),
    adapter_config: adapterConfig,
  }).finish();
}
