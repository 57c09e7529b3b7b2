// gatewaymetric's own counters about what it ingested.
import { type Registry, type ScalarFamily, register } from "../store/registry.ts";
import { internSeries, newSeriesTable } from "../store/series.ts";
import { newVector, vectorAdd } from "../store/vector.ts";

export type Source = "mixer" | "mixer_metric" | "als" | "otlp";
export type Outcome = "accepted" | "rejected";

export interface SelfMetrics {
  readonly entries: ScalarFamily;
  readonly streams: ScalarFamily;
  readonly calls: ScalarFamily;
}

/** `sources` are listed at zero from the start, so rate() over them works from the first scrape. */
export function newSelfMetrics(reg: Registry, sources: readonly Source[]): SelfMetrics {
  const entries = register(reg, {
    name: "gatewaymetric_entries_total",
    help: "Access-log entries received, by sender and whether they were counted.",
    type: "counter",
    table: newSeriesTable(["source", "outcome"]),
    values: newVector(),
  } satisfies ScalarFamily);
  const streams = register(reg, {
    name: "gatewaymetric_streams_active",
    help: "Open client streams, by sender (Envoy ALS streams stay open for hours).",
    type: "gauge",
    table: newSeriesTable(["source"]),
    values: newVector(),
  } satisfies ScalarFamily);
  const calls = register(reg, {
    name: "gatewaymetric_grpc_calls_total",
    help: "Finished gRPC calls by method path and status code name (OK, INVALID_ARGUMENT, RESOURCE_EXHAUSTED, UNAUTHENTICATED, ...).",
    type: "counter",
    table: newSeriesTable(["method", "code"]),
    values: newVector(),
  } satisfies ScalarFamily);
  const self = { entries, streams, calls };
  for (const src of sources) {
    countEntries(self, src, "accepted", 0);
    countEntries(self, src, "rejected", 0);
  }
  return self;
}

const pair = ["", ""];

export function countEntries(s: SelfMetrics, source: Source, outcome: Outcome, n: number): void {
  pair[0] = source;
  pair[1] = outcome;
  vectorAdd(s.entries.values, internSeries(s.entries.table, pair), n);
}

const one = [""];

/** +1 when a stream opens, -1 when it ends. */
export function streamDelta(s: SelfMetrics, source: Source, delta: number): void {
  one[0] = source;
  vectorAdd(s.streams.values, internSeries(s.streams.table, one), delta);
}

/** One finished gRPC call; `code` is the status name. */
export function countCall(s: SelfMetrics, method: string, code: string): void {
  pair[0] = method;
  pair[1] = code;
  vectorAdd(s.calls.values, internSeries(s.calls.table, pair), 1);
}
