// Everything a decoded record flows into: the gateway metrics and gatewaymetric's own counters.
import type { Registry } from "../store/registry.ts";
import { type GatewayMetricsOptions, newGatewayMetrics } from "./gateway-metrics.ts";
import { newSelfMetrics, type Source } from "./self-metrics.ts";

export type Pipeline = ReturnType<typeof newPipeline>;

export function newPipeline(reg: Registry, opts: GatewayMetricsOptions, sources: readonly Source[]) {
  const self = newSelfMetrics(reg, sources);
  return { metrics: newGatewayMetrics(reg, opts, self), self };
}
