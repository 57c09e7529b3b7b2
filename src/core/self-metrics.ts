// gatewaymetric's own counters: what it ingested, what its budgets redirected, how many series live.
import { type Registry, type ScalarFamily, register } from "../store/registry.ts";
import { deleteSeries, internSeries, isLive, newSeriesTable } from "../store/series.ts";
import { newVector, vectorAdd, vectorClear, vectorSet } from "../store/vector.ts";

export type Source = "mixer" | "mixer_metric" | "als" | "otlp";
export type Outcome = "accepted" | "rejected";

export interface SelfMetrics {
  readonly entries: ScalarFamily;
  readonly streams: ScalarFamily;
  readonly calls: ScalarFamily;
  /** {metric, label}: values replaced by `__overflow__` because a budget was spent. */
  readonly overflow: ScalarFamily;
  /** {metric}: live series of each family, set at scrape time. */
  readonly series: ScalarFamily;
}

function family(reg: Registry, name: string, help: string, type: "counter" | "gauge", labels: string[]): ScalarFamily {
  return register(reg, { name, help, type, table: newSeriesTable(labels), values: newVector() } satisfies ScalarFamily);
}

/** `sources` are listed at zero from the start, so rate() over them works from the first scrape. */
export function newSelfMetrics(reg: Registry, sources: readonly Source[]): SelfMetrics {
  const self: SelfMetrics = {
    entries: family(reg, "gatewaymetric_entries_total", "Access-log entries received, by sender and whether they were counted.", "counter", ["source", "outcome"]),
    streams: family(reg, "gatewaymetric_streams_active", "Open client streams, by sender (Envoy ALS streams stay open for hours).", "gauge", ["source"]),
    overflow: family(reg, "gatewaymetric_overflow_total",
      "Observations whose label value became __overflow__ because a budget was spent: label is the label whose distinct-value budget ran out, or series when the metric's series budget did.",
      "counter", ["metric", "label"]),
    calls: family(reg, "gatewaymetric_grpc_calls_total",
      "Finished gRPC calls by method path and status code name (OK, INVALID_ARGUMENT, RESOURCE_EXHAUSTED, UNAUTHENTICATED, ...).",
      "counter", ["method", "code"]),
    series: family(reg, "gatewaymetric_series", "Live series of each metric family (its series table's size).", "gauge", ["metric"]),
  };
  for (const src of sources) {
    countEntries(self, src, "accepted", 0);
    countEntries(self, src, "rejected", 0);
  }
  reg.collectors.push(() => collectSeriesCounts(reg, self.series));
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

/** The overflow counter's id for (metric, label), created at zero so rate() works at once. */
export function overflowSeries(s: SelfMetrics, metric: string, label: string): number {
  pair[0] = metric;
  pair[1] = label;
  return internSeries(s.overflow.table, pair);
}

/** Drops overflow counters of metrics that no longer exist (renamed or disabled on reload). */
export function forgetOverflowSeries(s: SelfMetrics, keep: ReadonlySet<string>): void {
  const t = s.overflow.table;
  for (let id = 0; id < t.size; id++) {
    if (isLive(t, id) && !keep.has(t.values[id][0])) {
      vectorClear(s.overflow.values, id);
      deleteSeries(t, id);
    }
  }
}

function collectSeriesCounts(reg: Registry, gauge: ScalarFamily): void {
  const t = gauge.table;
  const present = new Set<number>();
  for (const f of reg.families) {
    if (f === gauge) continue;
    one[0] = f.name;
    const id = internSeries(t, one);
    vectorSet(gauge.values, id, f.table.live);
    present.add(id);
  }
  for (let id = 0; id < t.size; id++) {
    if (isLive(t, id) && !present.has(id)) {
      vectorClear(gauge.values, id);
      deleteSeries(t, id);
    }
  }
}
