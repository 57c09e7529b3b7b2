// Everything a decoded record flows into: the gateway metrics and gatewaymetric's own counters.
import type { Registry } from "../store/registry.ts";
import { type GatewayMetrics, type GatewayMetricsOptions, newGatewayMetrics } from "./gateway-metrics.ts";
import { newSelfMetrics, type SelfMetrics, type Source } from "./self-metrics.ts";

export interface Pipeline {
  readonly metrics: GatewayMetrics;
  readonly self: SelfMetrics;
}

export function newPipeline(reg: Registry, opts: GatewayMetricsOptions, sources: readonly Source[]): Pipeline {
  const self = newSelfMetrics(reg, sources);
  return { metrics: newGatewayMetrics(reg, opts, self), self };
}
