// Live label tuples (tuples.ts' labels) with a realistic spread of observations, for what native
// histograms cost: each tuple gets `perTuple` requests whose latencies are log-normal (median 50 ms, σ 0.7 in ln: 99% within
// ×/÷ 6), upstream time 80% of it, request bodies 200 B–2 KB, response bodies log-normal around 5 KB.
import { recordAccess } from "../../src/core/gateway-metrics.ts";
import { newPipeline, type Pipeline } from "../../src/core/pipeline.ts";
import { newRegistry, type Registry } from "../../src/store/registry.ts";
import { rng } from "./payloads.ts";
import { forEachTuple } from "./tuples.ts";

const HISTOGRAMS = ["requestDuration", "requestSize", "responseSize", "upstreamDuration"];

/** Per-metric settings turning the four request histograms' native part on or off. */
export function nativeSettings(on: boolean): Record<string, { native: { enabled: boolean } }> {
  return Object.fromEntries(HISTOGRAMS.map((id) => [id, { native: { enabled: on } }]));
}

export function newSpreadPipeline(n: number, native: boolean): { registry: Registry; pipeline: Pipeline } {
  const registry = newRegistry();
  const pipeline = newPipeline(registry, { defaultGateway: "", maxSeries: n + 16, metrics: nativeSettings(native) }, ["mixer"]);
  return { registry, pipeline };
}

/** A standard normal variate (Box–Muller). */
function gauss(r: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

/** Records `perTuple` requests for each of `n` tuples (round-robin over the tuples). */
export function spreadTuples(n: number, perTuple: number, native: boolean, seed = 1): { registry: Registry; pipeline: Pipeline } {
  const made = newSpreadPipeline(n, native);
  const r = rng(seed);
  for (let k = 0; k < perTuple; k++) {
    forEachTuple(n, (rec) => {
      rec.durationSeconds = 0.05 * Math.exp(0.7 * gauss(r));
      rec.upstreamSeconds = 0.8 * rec.durationSeconds;
      rec.requestBytes = Math.floor(200 * 10 ** r());
      rec.responseBytes = Math.floor(5000 * Math.exp(gauss(r)));
      recordAccess(made.pipeline.metrics, rec);
    });
  }
  return made;
}
