// gatewaymetric's own counters about what it ingested.
import { type Registry, type ScalarFamily, register } from "../store/registry.ts";
import { internSeries, newSeriesTable } from "../store/series.ts";
import { newVector, vectorAdd } from "../store/vector.ts";

export type Source = "mixer" | "mixer_metric" | "als" | "otlp";
export type Outcome = "accepted" | "rejected";

export interface SelfMetrics {
  readonly entries: ScalarFamily;
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
  const self = { entries };
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
