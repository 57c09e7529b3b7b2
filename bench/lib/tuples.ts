// N distinct gateway label tuples with realistic label sizes, each observed once in the counter and
// the three histograms (duration, request size, response size): what a live tuple costs.
import { recordAccess } from "../../src/core/gateway-metrics.ts";
import { newPipeline, type Pipeline } from "../../src/core/pipeline.ts";
import { newRecord } from "../../src/core/record.ts";
import { newRegistry, type Registry } from "../../src/store/registry.ts";
import type { PromGateway } from "./naive.ts";

/** Calls `each` with the reused record of tuple i, for i in [0, n). */
export function forEachTuple(n: number, each: (rec: ReturnType<typeof newRecord>) => void): void {
  const rec = newRecord();
  for (let i = 0; i < n; i++) {
    rec.gateway = "istio-ingressgateway";
    rec.host = `svc-${i % 50}.shop.example.com`;
    rec.path = `/api/v1/catalog/op-${Math.floor(i / 50).toString(36)}`;
    rec.method = i % 7 === 0 ? "POST" : "GET";
    rec.code = 200;
    rec.durationSeconds = 0.001 + (i % 997) / 10000;
    rec.requestBytes = 300 + (i % 50);
    rec.responseBytes = 4000 + (i % 2000);
    each(rec);
  }
}

export function ourTuples(n: number): { registry: Registry; pipeline: Pipeline } {
  const registry = newRegistry();
  const pipeline = newPipeline(registry, { defaultGateway: "", maxSeries: n + 16 }, ["mixer"]);
  forEachTuple(n, (rec) => {
    recordAccess(pipeline.metrics, rec);
  });
  return { registry, pipeline };
}

export function promTuples(prom: PromGateway, n: number): void {
  forEachTuple(n, (rec) => prom.record(rec));
}
