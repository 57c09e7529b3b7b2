// gatewaymetric's own counters: what it ingested, what its budgets redirected, how many series live.
import { clock } from "../store/clock.ts";
import { type Registry, type ScalarFamily, register } from "../store/registry.ts";
import { deleteSeries, internSeries, isLive, newSeriesTable, seriesValues } from "../store/series.ts";
import { newVector, vectorAdd, vectorClear, vectorSet } from "../store/vector.ts";

export type Source = "mixer" | "mixer_metric" | "als" | "otlp";
export type Outcome = "accepted" | "rejected";

/** `reason` of gatewaymetric_entries_total{outcome="rejected"}; the README's "Bad input" table explains each. */
export type RejectReason =
  | "bad_code" | "bad_duration" | "bad_size" | "bad_value" | "unparseable"
  | "unknown_instance" | "missing_dimension" | "bad_params" | "series_budget";

/** The reasons each sender can give, listed at zero from the start. */
export const REJECT_REASONS: Readonly<Record<Source, readonly RejectReason[]>> = {
  mixer: ["bad_code", "bad_duration", "bad_size"],
  mixer_metric: ["unknown_instance", "missing_dimension", "bad_value", "bad_params", "series_budget"],
  als: ["bad_code", "bad_duration"],
  otlp: ["unparseable", "bad_code", "bad_duration", "bad_size"],
};

/** `reason` of gatewaymetric_messages_rejected_total: not the method's message, or bad Mixer handler params. */
export type MessageRejectReason = "malformed" | "bad_params";

export const MESSAGE_REJECT_REASONS: Readonly<Record<Source, readonly MessageRejectReason[]>> = {
  mixer: ["malformed"],
  mixer_metric: ["malformed", "bad_params"],
  als: ["malformed"],
  otlp: ["malformed"],
};

export interface SelfMetrics {
  readonly entries: ScalarFamily;
  readonly streams: ScalarFamily;
  readonly calls: ScalarFamily;
  /** {metric, label}: values replaced by `__overflow__` because a budget was spent. */
  readonly overflow: ScalarFamily;
  /** {metric}: live series of each family, set at scrape time. */
  readonly series: ScalarFamily;
  readonly messagesRejected: ScalarFamily;
  /** Per sender, clock.now when it last delivered an entry (0: never). */
  readonly lastEntry: Record<Source, number>;
  /** Client streams open now, for the status page. */
  readonly open: Set<OpenStream>;
  /** {limit}: gRPC calls refused, or client streams ended, because of a per-sender limit. */
  readonly limited: ScalarFamily;
}

export interface OpenStream {
  readonly source: Source;
  readonly peer: string;
  /** The gateway it names once identified; "" before. */
  gateway: string;
  /** clock.now when it opened and when its last entry came (0: none yet). */
  readonly opened: number;
  last: number;
  entries: number;
}

/** The options whose limits are counted in gatewaymetric_grpc_limited_total (the `limit` label). */
const GRPC_LIMITS = ["grpcLimits.maxConcurrentCalls", "grpcLimits.maxCallsPerConnection", "grpcLimits.streamIdleSeconds"] as const;
export type GrpcLimit = (typeof GRPC_LIMITS)[number];

function family(reg: Registry, name: string, help: string, type: "counter" | "gauge", labels: string[]): ScalarFamily {
  return register(reg, { name, help, type, table: newSeriesTable(labels), values: newVector() } satisfies ScalarFamily);
}

/** `sources` are listed at zero from the start, so rate() over them works from the first scrape. */
export function newSelfMetrics(reg: Registry, sources: readonly Source[]): SelfMetrics {
  const self: SelfMetrics = {
    entries: family(reg, "gatewaymetric_entries_total",
      "Access-log entries received, by sender and whether they were counted; rejected ones by reason.", "counter", ["source", "outcome", "reason"]),
    streams: family(reg, "gatewaymetric_streams_active", "Open client streams, by sender (Envoy ALS streams stay open for hours).", "gauge", ["source"]),
    overflow: family(reg, "gatewaymetric_overflow_total",
      "Observations whose label value became __overflow__ because a budget was spent: label is the label whose distinct-value budget ran out, or series when the metric's series budget did.",
      "counter", ["metric", "label"]),
    calls: family(reg, "gatewaymetric_grpc_calls_total",
      "Finished gRPC calls by method path and status code name (OK, INVALID_ARGUMENT, RESOURCE_EXHAUSTED, UNAUTHENTICATED, ...).",
      "counter", ["method", "code"]),
    messagesRejected: family(reg, "gatewaymetric_messages_rejected_total",
      "Whole messages refused with INVALID_ARGUMENT, by sender and reason (malformed, bad_params); none of their entries was counted.",
      "counter", ["source", "reason"]),
    series: family(reg, "gatewaymetric_series", "Live series of each metric family (its series table's size).", "gauge", ["metric"]),
    lastEntry: { mixer: 0, mixer_metric: 0, als: 0, otlp: 0 },
    open: new Set(),
    limited: family(reg, "gatewaymetric_grpc_limited_total",
      "gRPC calls refused with RESOURCE_EXHAUSTED, or client streams ended for being idle, by the option that set the limit.",
      "counter", ["limit"]),
  };
  for (const l of GRPC_LIMITS) countLimited(self, l, 0);
  for (const src of sources) {
    countEntries(self, src, "accepted", 0);
    for (const r of REJECT_REASONS[src]) countEntries(self, src, "rejected", 0, r);
    for (const r of MESSAGE_REJECT_REASONS[src]) countMessageRejected(self, src, r, 0);
  }
  reg.collectors.push(() => collectSeriesCounts(reg, self.series));
  return self;
}

/** n = 0 only lists the series. */
function add(f: ScalarFamily, labels: readonly string[], n: number): void {
  vectorAdd(f.values, internSeries(f.table, labels), n);
}

export function countEntries(s: SelfMetrics, source: Source, outcome: Outcome, n: number, reason: RejectReason | "" = ""): void {
  add(s.entries, [source, outcome, reason], n);
  if (n > 0) s.lastEntry[source] = clock.now;
}

export function countMessageRejected(s: SelfMetrics, source: Source, reason: MessageRejectReason, n = 1): void {
  add(s.messagesRejected, [source, reason], n);
}

export function streamDelta(s: SelfMetrics, source: Source, delta: number): void {
  add(s.streams, [source], delta);
}

/** Counted in gatewaymetric_streams_active and listed in `open` until closeStream. */
export function openStream(s: SelfMetrics, source: Source, peer: string): OpenStream {
  streamDelta(s, source, 1);
  const o: OpenStream = { source, peer, gateway: "", opened: clock.now, last: 0, entries: 0 };
  s.open.add(o);
  return o;
}

export function streamEntries(o: OpenStream, n: number): void {
  o.entries += n;
  o.last = clock.now;
}

export function closeStream(s: SelfMetrics, o: OpenStream): void {
  if (s.open.delete(o)) streamDelta(s, o.source, -1);
}

/** `code` is the status name. */
export function countCall(s: SelfMetrics, method: string, code: string): void {
  add(s.calls, [method, code], 1);
}

export function countLimited(s: SelfMetrics, limit: GrpcLimit, n = 1): void {
  add(s.limited, [limit], n);
}

/** The overflow counter's id for (metric, label), created at zero so rate() works at once. */
export function overflowSeries(s: SelfMetrics, metric: string, label: string): number {
  return internSeries(s.overflow.table, [metric, label]);
}

/** Drops overflow counters of (metric, label) pairs not in `keep` (renamed, disabled or dropped on reload). */
export function forgetOverflowSeries(s: SelfMetrics, keep: ReadonlyMap<string, ReadonlySet<string>>): void {
  const t = s.overflow.table;
  dropSeries(s.overflow, (id) => {
    const [metric, label] = seriesValues(t, id);
    return keep.get(metric)?.has(label) !== true;
  });
}

function collectSeriesCounts(reg: Registry, gauge: ScalarFamily): void {
  const present = new Set<number>();
  for (const f of reg.families) {
    if (f === gauge) continue;
    const id = internSeries(gauge.table, [f.name]);
    vectorSet(gauge.values, id, f.table.live);
    present.add(id);
  }
  dropSeries(gauge, (id) => !present.has(id));
}

function dropSeries(f: ScalarFamily, drop: (id: number) => boolean): void {
  for (let id = 0; id < f.table.size; id++) {
    if (isLive(f.table, id) && drop(id)) {
      vectorClear(f.values, id);
      deleteSeries(f.table, id);
    }
  }
}
