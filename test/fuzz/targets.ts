// The fuzz targets: every sender's decoder called in process (with a real pipeline and registry),
// the Envoy text-line parser, the route normalizer and the exposition writer. Each case's input is
// derived from (seed, target, index) alone; each target checks its properties per case and, every
// few cases, over the whole registry (see checkRegistry).
import Long from "long";
import { defaults } from "../../src/config/config.ts";
import { newDynamicMetrics } from "../../src/core/dynamic-metrics.ts";
import { newPipeline, type Pipeline } from "../../src/core/pipeline.ts";
import { isIdSegment, normalizePath } from "../../src/core/routes.ts";
import { adapter, envoy, logentry, metric, opentelemetry } from "../../src/generated/codecs.js";
import type { AlsStream } from "../../src/ingest/als-reader.ts";
import { openAlsStreamReference } from "../reference/envoy-als.ts";
import { type EnvoyTextLine, newEnvoyTextLine, parseEnvoyTextLine } from "../reference/envoy-text-format.ts";
import { newMixerLogEntryState, PARAMS_TYPE_URL } from "../../src/ingest/mixer-logentry.ts";
import { ingestLogEntryReference } from "../reference/mixer-logentry.ts";
import { ingestMetric, type MixerMetricState, newMixerMetricState, PROMETHEUS_PARAMS_TYPE_URL } from "../../src/ingest/mixer-metric.ts";
import { ingestOtlpLogsReference } from "../reference/otlp-logs.ts";
import { lenientReader } from "../../src/ingest/body.ts";
import type { Source } from "../../src/core/self-metrics.ts";
import { render } from "../../src/expose/render.ts";
import { newRegistry, type Registry, register } from "../../src/store/registry.ts";
import { newHistogram, observe } from "../../src/store/histogram.ts";
import { histogramCount } from "../reference/histogram-count.ts";
import { internSeries, newSeriesTable, seriesValues } from "../../src/store/series.ts";
import { newVector, vectorSet } from "../../src/store/vector.ts";
import { httpEntry, identifier, LOG_TYPE, message, METHOD, tcpEntry } from "../helpers/als-fixtures.ts";
import { type Exposition, parseExposition } from "../helpers/exposition.ts";
import { dbl, dur, int, logEntryRequest, seedRequest, str } from "../helpers/mixer-fixtures.ts";
import { type Instance, Kind, metricRequest, params, STOCK_METRICS, stockDimensions } from "../helpers/mixer-metric-fixtures.ts";
import { attrs, dv, exportRequest, GATEWAY_RESOURCE, istioLine, iv, logRecord, sv } from "../helpers/otlp-fixtures.ts";
import { mutateMessage, mutateText, parseTree, type PbNode, toHex } from "./mutate.ts";
import type { Rng } from "./prng.ts";

/** Throws "a property did not hold" (an Error named Violation, told apart from crashes). */
export function fail(problem: string): never {
  const e = new Error(problem);
  e.name = "Violation";
  throw e;
}

export interface Target<I, C> {
  name: string;
  /** Generates one case's input. `maxLen` bounds its size in bytes (or characters). */
  input(rng: Rng, maxLen: number): I;
  newContext(): C;
  /** Runs one case; throws (see fail) if a property does not hold. */
  run(ctx: C, input: I): void;
  /** Properties over everything the context has accumulated (every few cases, and at the end). */
  check(ctx: C): void;
  /** Renders the context's exposition, for promtool; null if the target has none. */
  exposition(ctx: C): string | null;
  /** Whether promtool's lint findings count too (not where an operator picks the metric names). */
  lint: boolean;
  /** The input as printable text: hex for bytes, JSON for text and structures. */
  show(input: I): string;
  size(input: I): number;
}

const noop = () => {};
/** Small, so the series budget is reached and its rejections exercised. */
export const FUZZ_MAX_SERIES = 300;

// ---------------------------------------------------------------------------------------------
// Registry-wide properties, read through the exposition so they hold whatever the store looks like.

interface RegistrySnapshot {
  /** Counter-like samples (counters, histogram buckets and counts) of gatewaymetric's own families. */
  monotone: Map<string, number>;
}

function sampleKey(name: string, labels: Record<string, string>): string {
  return name + JSON.stringify(labels);
}

/** Families whose series never restart (runtime-defined Mixer metric families may be replaced). */
const FIXED = /^(gateway_|gatewaymetric_)/;

/**
 * The exposition parses; no counter, bucket or count is NaN; histogram buckets are cumulative and
 * +Inf equals _count; fixed families' counters never went down since `prev`. Returns the new snapshot.
 */
function parsed(text: string): Exposition {
  try {
    return parseExposition(text);
  } catch (err) {
    fail(`exposition does not parse: ${(err as Error).message}`);
  }
}

export function checkExposition(text: string, prev: RegistrySnapshot | null): RegistrySnapshot {
  const e = parsed(text);
  const typeOf = (sampleName: string) => {
    const t = e.types.get(sampleName);
    if (t) return { family: sampleName, type: t };
    const base = sampleName.replace(/_(bucket|sum|count)$/, "");
    return { family: base, type: e.types.get(base) ?? "untyped" };
  };
  const monotone = new Map<string, number>();
  const lastBucket = new Map<string, number>();
  for (const s of e.samples) {
    const { family, type } = typeOf(s.name);
    const counterLike = type === "counter" || (type === "histogram" && !s.name.endsWith("_sum"));
    if (counterLike && Number.isNaN(s.value)) fail(`${s.name}${JSON.stringify(s.labels)} is NaN`);
    if (counterLike && s.value < 0) fail(`${s.name}${JSON.stringify(s.labels)} is negative: ${s.value}`);
    if (type === "histogram" && s.name.endsWith("_bucket")) {
      const { le, ...rest } = s.labels;
      const series = sampleKey(family, rest);
      const before = lastBucket.get(series) ?? 0;
      if (s.value < before) fail(`${family}${JSON.stringify(rest)}: bucket le=${le} (${s.value}) below the one before (${before})`);
      lastBucket.set(series, s.value);
      if (le === "+Inf") {
        const count = e.samples.find((x) => x.name === family + "_count" && sampleKey(family, x.labels) === series);
        if (!count || count.value !== s.value) fail(`${family}${JSON.stringify(rest)}: +Inf bucket ${s.value} but _count ${count?.value}`);
      }
    }
    if (counterLike && FIXED.test(s.name)) {
      const k = sampleKey(s.name, s.labels);
      monotone.set(k, s.value);
      const was = prev?.monotone.get(k);
      if (was !== undefined && !(s.value >= was)) fail(`${k} went from ${was} to ${s.value}`);
    }
  }
  return { monotone };
}

/** A cheap fingerprint of every number in the registry: equal before and after means nothing was counted. */
function fingerprint(reg: Registry): number {
  let sum = 0;
  let n = 0;
  for (const f of reg.families) {
    if (f.name === "gatewaymetric_entries_total" || f.name === "gatewaymetric_messages_rejected_total") continue;
    const size = f.table.size;
    if (f.type === "histogram") {
      for (let i = 0; i < size; i++) sum += histogramCount(f.hist, i) * (i + 1);
    } else {
      const v = f.values.data;
      for (let i = 0; i < size && i < v.length; i++) if (Number.isFinite(v[i])) sum += v[i] * (i + 1);
    }
    n += size;
  }
  return sum + n * 1e-3;
}

function familyTotal(reg: Registry, name: string, match: (labels: readonly string[]) => boolean = () => true): number {
  const f = reg.families.find((x) => x.name === name);
  if (!f || f.type === "histogram") return 0;
  let t = 0;
  for (let i = 0; i < f.table.size; i++) if (match(seriesValues(f.table, i))) t += f.values.data[i] ?? 0;
  return t;
}

// ---------------------------------------------------------------------------------------------
// Decoder targets

export interface IngestContext {
  reg: Registry;
  p: Pipeline;
  snapshot: RegistrySnapshot | null;
  /** Per-target state (the sender's decoder state, an open ALS stream). */
  state: unknown;
}

export interface IngestStats {
  accepted: number;
  rejected: number;
  refused: number;
}

interface DecoderSpec {
  name: string;
  source: Source;
  seeds: () => Uint8Array[];
  /** Builds the body from the mutated bytes (most targets: the bytes themselves). */
  body?: (mutated: Uint8Array) => Uint8Array;
  newState: (c: IngestContext) => unknown;
  ingest: (c: IngestContext, body: Uint8Array) => void;
  /** Entries in the message by an independent decode; throws if it does not decode. */
  entries: (body: Uint8Array) => number;
  /** How counted entries relate to recorded requests and connections. */
  recorded: "exact" | "atMost" | "none";
  /** Error messages a clean whole-message rejection may carry. */
  refusals: RegExp;
}

export type DecoderTarget = Target<Uint8Array, IngestContext> & {
  stats: IngestStats;
  source: Source;
  /** The gRPC body for an input (the params target wraps its input in a request). */
  body(input: Uint8Array): Uint8Array;
};

function newIngestContext(spec: DecoderSpec): IngestContext {
  const reg = newRegistry();
  const p = newPipeline(reg, { defaultGateway: "", maxSeries: FUZZ_MAX_SERIES }, ["mixer", "mixer_metric", "als", "otlp"]);
  const c: IngestContext = { reg, p, snapshot: null, state: null };
  c.state = spec.newState(c);
  return c;
}

const requestsAndConnections = (reg: Registry) => familyTotal(reg, "gateway_requests_total") + familyTotal(reg, "gateway_tcp_connections_total");

function decoderTarget(spec: DecoderSpec): DecoderTarget {
  let seeds: Uint8Array[] | null = null;
  let trees: PbNode[][] | null = null;
  const stats: IngestStats = { accepted: 0, rejected: 0, refused: 0 };
  const entries = (reg: Registry, outcome: string) => familyTotal(reg, "gatewaymetric_entries_total", (l) => l[0] === spec.source && l[1] === outcome);
  const refused = (reg: Registry) => familyTotal(reg, "gatewaymetric_messages_rejected_total", (l) => l[0] === spec.source);
  return {
    name: spec.name,
    stats,
    source: spec.source,
    body: (input) => (spec.body ? spec.body(input) : input),
    input(rng, maxLen) {
      seeds ??= spec.seeds();
      trees ??= seeds.map((s) => parseTree(s) ?? fail(`${spec.name}: a seed does not parse as protobuf`));
      return mutateMessage(rng, seeds, trees, maxLen);
    },
    newContext: () => newIngestContext(spec),
    run(c, input) {
      const body = spec.body ? spec.body(input) : input;
      const reg = c.reg;
      const acc0 = entries(reg, "accepted"), rej0 = entries(reg, "rejected"), ref0 = refused(reg);
      const fp0 = fingerprint(reg), rec0 = requestsAndConnections(reg);
      let thrown: unknown = null;
      try {
        spec.ingest(c, body);
      } catch (e) {
        thrown = e;
      }
      const dAcc = entries(reg, "accepted") - acc0, dRej = entries(reg, "rejected") - rej0, dRef = refused(reg) - ref0;
      if (thrown !== null) {
        if (!(thrown instanceof Error) || !spec.refusals.test(thrown.message)) fail(`threw something other than a clean rejection: ${String(thrown)}`);
        if (dRef !== 1) fail(`a refused message counted ${dRef} in gatewaymetric_messages_rejected_total`);
        if (fingerprint(reg) !== fp0) fail("a refused message changed the metrics");
        if (dAcc !== 0) fail(`a refused message counted ${dAcc} entries as accepted`);
        const badParams = thrown.message.startsWith("adapter_config");
        if (badParams) {
          if (dRej !== spec.entries(body)) fail(`refused params: ${dRej} entries counted as rejected, the message has ${spec.entries(body)}`);
        } else if (dRej !== 0) fail(`a malformed message counted ${dRej} entries as rejected`);
        stats.refused++;
        stats.rejected += dRej;
        return;
      }
      if (dRef !== 0) fail("an accepted message was counted as refused");
      let n: number;
      try {
        n = spec.entries(body);
      } catch (e) {
        fail(`accepted a message its codec refuses: ${(e as Error).message}`);
      }
      if (dAcc + dRej !== n) fail(`${n} entries in the message, ${dAcc} accepted + ${dRej} rejected counted`);
      const dRec = requestsAndConnections(reg) - rec0;
      if (spec.recorded === "exact" && dRec !== dAcc) fail(`${dAcc} entries accepted but ${dRec} requests or connections recorded`);
      if (spec.recorded === "atMost" && dRec > dAcc) fail(`${dAcc} entries accepted but ${dRec} requests or connections recorded`);
      stats.accepted += dAcc;
      stats.rejected += dRej;
    },
    check(c) {
      c.snapshot = checkExposition(new TextDecoder().decode(render(c.reg, "text")), c.snapshot);
    },
    exposition: (c) => new TextDecoder().decode(render(c.reg, "text")),
    lint: spec.source !== "mixer_metric",
    show: toHex,
    size: (i) => i.length,
  };
}

const MALFORMED = /^malformed protobuf: /;
const MALFORMED_OR_PARAMS = /^(malformed protobuf: |adapter_config)/;

const mixerVars = defaults().mixer.variables;
const gwParams = (fields: Record<string, string[] | string>) => ({
  type_url: PARAMS_TYPE_URL,
  value: adapter.gatewaymetric.config.Params.encode(fields).finish(),
});

const mixerLogEntry = decoderTarget({
  name: "mixer_logentry",
  source: "mixer",
  seeds: () => [
    seedRequest(),
    logEntryRequest([
      { httpAuthority: str("shop.example.com"), url: str("/ratings/0?x=1"), method: str("get"), responseCode: str("503"), latency: str("25.1ms"), requestSize: int(300), responseSize: int(70), sourceWorkload: str("gw") },
      { destinationServiceHost: str("shop.example.com"), url: str("/r/1"), method: str("GET"), responseCode: int(503), latency: dbl(0.0251), requestSize: dbl(10), responseSize: str("2000") },
      { host: { ip_address_value: { value: new Uint8Array([10, 0, 0, 1]) } }, path: str("/a"), responseCode: { int64_value: Long.fromNumber(200) }, duration: dur(3) },
    ]),
    logEntryRequest([{ vhost: str("params.example"), url: str("/p"), method: str("GET"), responseCode: int(204), took: str("1h2m3.5s") }],
      gwParams({ gateway: "edge", host_variables: ["vhost"], duration_variables: ["took"] })),
  ],
  newState: () => newMixerLogEntryState(mixerVars, noop),
  ingest: (c, b) => void ingestLogEntryReference(c.state as ReturnType<typeof newMixerLogEntryState>, c.p, b),
  entries: (b) => logentry.HandleLogEntryRequest.decode(lenientReader(b)).instances.length,
  recorded: "exact",
  refusals: MALFORMED,
});

const COUNTER = "rc.instance.default";
const CUSTOM_PARAMS = params([
  { name: "fuzz_requests_total", instance_name: COUNTER, kind: Kind.COUNTER, label_names: ["host", "code"] },
  { name: "fuzz_level", instance_name: "g.instance.default", kind: Kind.GAUGE, label_names: ["host"], namespace: "edge" },
  { name: "fuzz_latency_seconds", instance_name: "h.instance.default", kind: Kind.DISTRIBUTION, label_names: ["host"], buckets: { linear_buckets: { num_finite_buckets: 5, width: 0.1, offset: 0.05 } } },
  { instance_name: "tcp-bytes.instance.default", kind: Kind.COUNTER, description: "TCP bytes." },
]);
const metricInstances = (): Instance[] => [
  { name: COUNTER, value: int(1), dimensions: { host: str("a.example"), code: int(200) } },
  { name: "g.instance.default", value: dbl(-3.5), dimensions: { host: str("a.example") } },
  { name: "h.instance.default", value: dur(120), dimensions: { host: str("b.example") } },
  { name: "h.instance.default", value: str("0.25"), dimensions: { host: str("b.example") } },
  { name: "tcp-bytes.instance.default", value: int(4096) },
];
const STOCK = params(STOCK_METRICS);

const mixerMetric = decoderTarget({
  name: "mixer_metric",
  source: "mixer_metric",
  seeds: () => [
    metricRequest([
      { name: "requestcount.instance.istio-system", value: int(1), dimensions: stockDimensions(200) },
      { name: "requestduration.instance.istio-system", value: dur(25), dimensions: stockDimensions(503) },
      { name: "requestsize.instance.istio-system", value: int(512), dimensions: stockDimensions(200) },
    ], STOCK),
    metricRequest(metricInstances(), CUSTOM_PARAMS),
  ],
  newState: (c) => newMixerMetricState(newDynamicMetrics(c.reg, FUZZ_MAX_SERIES), noop),
  ingest: (c, b) => void ingestMetric(c.state as MixerMetricState, c.p, b),
  entries: (b) => metric.HandleMetricRequest.decode(lenientReader(b)).instances.length,
  recorded: "none",
  refusals: MALFORMED_OR_PARAMS,
});

/** Handler params mutated on their own, carried by a fixed, valid request. */
const mixerMetricParams = decoderTarget({
  name: "mixer_metric_params",
  source: "mixer_metric",
  seeds: () => [
    CUSTOM_PARAMS.value,
    STOCK.value,
    params([
      { name: "a_seconds", instance_name: COUNTER, kind: Kind.DISTRIBUTION, buckets: { exponential_buckets: { num_finite_buckets: 8, scale: 0.001, growth_factor: 4 } } },
      { name: "b_seconds", instance_name: "g.instance.default", kind: Kind.DISTRIBUTION, label_names: ["host"], buckets: { explicit_buckets: { bounds: [0.1, 1, 10] } } },
    ], true).value,
  ],
  body: (p) => metricRequest(metricInstances(), { type_url: PROMETHEUS_PARAMS_TYPE_URL, value: p }),
  newState: (c) => newMixerMetricState(newDynamicMetrics(c.reg, FUZZ_MAX_SERIES), noop),
  ingest: (c, b) => void ingestMetric(c.state as MixerMetricState, c.p, b),
  entries: (b) => metric.HandleMetricRequest.decode(lenientReader(b)).instances.length,
  recorded: "none",
  refusals: MALFORMED_OR_PARAMS,
});

interface AlsState {
  stream: AlsStream;
  messages: number;
}

const ALS_STREAM_MESSAGES = 8;

const als = decoderTarget({
  name: "als",
  source: "als",
  seeds: () => [
    message({ id: identifier(), http: [httpEntry(), httpEntry({ code: 503, responseFlags: { upstream_overflow: true, no_healthy_upstream: true } }), httpEntry({ method: METHOD.POST, path: "/r/7?x=1", requestHeaders: { "x-b3-traceid": "0af7651916cd43dd8448eb211c80319c" } })] }),
    message({ http: [httpEntry({ durationMs: null, code: null }), httpEntry({ common: { intermediate_log_entry: true } }), httpEntry({ common: { access_log_type: LOG_TYPE.DownstreamEnd } })] }),
    message({ id: identifier({ cluster: "" }), tcp: [tcpEntry("outbound|5432||db", 100, 2000), tcpEntry("outbound|6379||redis", 1, 2, { access_log_type: LOG_TYPE.TcpConnectionEnd })] }),
  ],
  newState: (c) => ({ stream: openAlsStreamReference(c.p, "fuzz"), messages: 0 }) satisfies AlsState,
  ingest(c, b) {
    const s = c.state as AlsState;
    // Envoy keeps a stream open for many messages; a refused message ends it, as over gRPC.
    if (s.messages++ >= ALS_STREAM_MESSAGES) {
      s.stream.close();
      s.stream = openAlsStreamReference(c.p, "fuzz");
      s.messages = 1;
    }
    try {
      s.stream.message(b);
    } catch (e) {
      s.stream.close();
      s.stream = openAlsStreamReference(c.p, "fuzz");
      s.messages = 0;
      throw e;
    }
  },
  entries(b) {
    const m = envoy.service.accesslog.v3.StreamAccessLogsMessage.decode(lenientReader(b));
    return (m.http_logs?.log_entry?.length ?? 0) + (m.tcp_logs?.log_entry?.length ?? 0);
  },
  recorded: "atMost",
  refusals: MALFORMED,
});

const otlp = decoderTarget({
  name: "otlp",
  source: "otlp",
  seeds: () => [
    exportRequest([{
      attributes: GATEWAY_RESOURCE,
      records: [
        logRecord(sv(istioLine({ method: "GET", path: "/productpage", protocol: "HTTP/1.1", code: 200, flags: "-", received: 0, sent: 4183, durationMs: 25, upstreamMs: 24, ua: 'curl/8 "x"', authority: "shop.example.com", cluster: "outbound|9080||p" }))),
        logRecord(sv(istioLine({ received: 1200, sent: 3400, durationMs: 5000, upstreamHost: "10.1.3.9:3306", cluster: "outbound|3306||db" }))),
        logRecord(null, attrs({ method: "POST", path: "/r/1", authority: "a.example", response_code: iv(201), duration: dv(1.5), bytes_received: "10", response_flags: "UH,UF" }), new Uint8Array(16).fill(9)),
        logRecord({ kvlist_value: { values: attrs({ method: "GET", path: "/k", protocol: "HTTP/2", response_code: "404", upstream_cluster: "c" }) } }),
      ],
    }]),
    exportRequest([{ attributes: { node_name: "router~10.1.0.5~gw-6b8f7d9c4-x2x7k.ns~ns.svc.cluster.local" }, records: [logRecord(sv("not a line")), logRecord(null, attrs({ gateway: "g", protocol: "-", bytes_sent: iv(9) }))] }]),
  ],
  newState: () => null,
  ingest: (c, b) => void ingestOtlpLogsReference(c.p, b),
  entries(b) {
    let n = 0;
    const req = opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.decode(lenientReader(b));
    for (const rl of req.resource_logs) for (const sl of rl.scope_logs ?? []) n += sl.log_records?.length ?? 0;
    return n;
  },
  recorded: "exact",
  refusals: MALFORMED,
});

// ---------------------------------------------------------------------------------------------
// The Envoy text-line parser

const LINE_SEEDS = [
  istioLine({ method: "GET", path: "/productpage", protocol: "HTTP/1.1", code: 200, flags: "-", details: "via_upstream", received: 0, sent: 4183, durationMs: 25, upstreamMs: 24, xff: "203.0.113.7", ua: "curl/8.5.0", requestId: "0d3c", authority: "shop.example.com", upstreamHost: "10.1.2.7:9080", cluster: "outbound|9080||productpage.default.svc.cluster.local", route: "default" }),
  istioLine({ received: 1200, sent: 3400, durationMs: 5000, upstreamHost: "10.1.3.9:3306", cluster: "outbound|3306||db" }),
  istioLine({ method: "POST", path: '/a "b" c', protocol: "HTTP/2", code: 503, flags: "UH,UF", failure: 'reason "quoted" 1 2 3 4 "x', ua: 'ua " " with quotes', authority: 'we"ird host' }),
  istioLine({}),
].map((l) => l.trimEnd());

type LineCtx = { out: EnvoyTextLine; fresh: EnvoyTextLine };

const TEXT_FIELDS = [
  "startTime", "method", "path", "protocol", "responseFlags", "responseCodeDetails", "connectionTerminationDetails",
  "upstreamTransportFailureReason", "xForwardedFor", "userAgent", "requestId", "authority", "upstreamHost", "upstreamCluster",
  "upstreamLocalAddress", "downstreamLocalAddress", "downstreamRemoteAddress", "requestedServerName", "routeName",
] as const;
const NUMBER_FIELDS = ["bytesReceived", "bytesSent", "durationMs", "upstreamServiceTimeMs"] as const;

const envoyText: Target<string, LineCtx> = {
  name: "envoy_text_line",
  input: (rng, maxLen) => (rng.chance(0.05) ? rng.pick(LINE_SEEDS) : mutateText(rng, LINE_SEEDS, maxLen)),
  newContext: () => ({ out: newEnvoyTextLine(), fresh: newEnvoyTextLine() }),
  run(c, line) {
    const why = parseEnvoyTextLine(line, c.out);
    if (why !== null) {
      if (typeof why !== "string" || why === "") fail(`rejection is not a reason: ${String(why)}`);
      return;
    }
    // Every field is set on success: parsing into a fresh record gives the same fields.
    const again = parseEnvoyTextLine(line, c.fresh);
    if (again !== null) fail("parsed once, refused the second time");
    for (const k of TEXT_FIELDS) {
      const v = c.out[k];
      if (typeof v !== "string") fail(`${k} is not text`);
      if (v !== c.fresh[k]) fail(`${k} differs between two parses: ${JSON.stringify(v)} vs ${JSON.stringify(c.fresh[k])}`);
      if (v !== "" && !line.includes(v)) fail(`${k} ${JSON.stringify(v)} is not part of the line`);
    }
    for (const k of NUMBER_FIELDS) {
      const v = c.out[k];
      if (!Object.is(v, c.fresh[k])) fail(`${k} differs between two parses`);
      if (!Number.isNaN(v) && !(Number.isInteger(v) && v >= 0 && v < 1e15)) fail(`${k} is ${v}`);
    }
    const code = c.out.responseCode;
    if (!(Number.isInteger(code) && code >= 0 && code < 1e15)) fail(`responseCode is ${code}`);
  },
  check: noop,
  exposition: () => null,
  lint: true,
  show: (s) => JSON.stringify(s),
  size: (s) => s.length,
};

// ---------------------------------------------------------------------------------------------
// The route normalizer

const PATH_SEEDS = [
  "/productpage", "/ratings/7?x=1#f", "/api/v1/users/3f2a9c1e-aa00-4bcd-9def-0123456789ab/orders/42", "http://host:80/p/0123456789abcdef0123",
  "https://h", "/", "", "//a//b/", "/static/app.js?v=1", "/a/b/c/d/e/f/g/h/i/j/k/l/m/n", "/é/例/🚀", "*", "/%2F%00/x", "/{id}/7",
];

const routes: Target<string, null> = {
  name: "route_normalizer",
  input: (rng, maxLen) => mutateText(rng, PATH_SEEDS, maxLen),
  newContext: () => null,
  run(_c, raw) {
    const r = normalizePath(raw);
    if (typeof r !== "string") fail("result is not text");
    if (normalizePath(raw) !== r) fail("not deterministic");
    if (r.includes("?") || r.includes("#")) fail(`route ${JSON.stringify(r)} keeps a query or fragment`);
    for (const seg of r.split("/")) if (seg !== "" && seg !== "{id}" && isIdSegment(seg)) fail(`route ${JSON.stringify(r)} keeps id segment ${JSON.stringify(seg)}`);
    if (normalizePath(r) !== r) fail(`not idempotent: ${JSON.stringify(r)} → ${JSON.stringify(normalizePath(r))}`);
  },
  check: noop,
  exposition: () => null,
  lint: true,
  show: (s) => JSON.stringify(s),
  size: (s) => s.length,
};

// ---------------------------------------------------------------------------------------------
// The exposition writer: random families, label values and numbers, rendered and read back.

interface ExpoSeries {
  labels: string[];
  value: number;
  observations: number[];
}

interface ExpoSpec {
  help: string;
  bounds: number[];
  counter: ExpoSeries[];
  gauge: ExpoSeries[];
  histogram: ExpoSeries[];
}

const EDGE_NUMBERS = [0, -0, 1, -1, 0.1, 1 / 3, 2 ** 53, 2 ** 53 + 2, 1e21, 1e-7, 5e-324, 1.7976931348623157e308, -1.7976931348623157e308, NaN, Infinity, -Infinity, 123456789.125];

function randomNumber(rng: Rng, finite: boolean): number {
  for (;;) {
    let v: number;
    if (rng.chance(0.5)) v = rng.pick(EDGE_NUMBERS);
    else {
      const b = new DataView(rng.bytes(8).buffer);
      v = rng.chance(0.5) ? b.getFloat64(0) : b.getUint32(0) / (rng.chance(0.5) ? 1 : 1000);
    }
    if (!finite || Number.isFinite(v)) return v;
  }
}

/** Label text as decoders produce it: any well-formed Unicode, weighted to the characters the format escapes. */
function randomLabel(rng: Rng, maxLen: number): string {
  const n = rng.size(Math.min(maxLen, 300));
  let s = "";
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.3) s += rng.pick(['"', "\\", "\n", "\r", "\t", "\u0000", "}", "{", ",", "=", " ", "#", "\u2028", "\u0085", "\uFFFD"]);
    else if (r < 0.8) s += String.fromCharCode(32 + rng.int(95));
    else {
      let cp = rng.int(0x10ffff + 1);
      if (cp >= 0xd800 && cp < 0xe000) cp = 0xfffd;
      s += String.fromCodePoint(cp);
    }
  }
  return s;
}

const EXPO_NAMES = { counter: "fuzz_events_total", gauge: "fuzz_level", histogram: "fuzz_duration_seconds" } as const;
const EXPO_LABELS = ["a", "b"];

function renderSpec(spec: ExpoSpec): Registry {
  const reg = newRegistry();
  for (const kind of ["counter", "gauge", "histogram"] as const) {
    const table = newSeriesTable(EXPO_LABELS);
    if (kind === "histogram") {
      const f = register(reg, { name: EXPO_NAMES[kind], help: spec.help, type: "histogram", table, hist: newHistogram(spec.bounds) });
      for (const s of spec.histogram) {
        const id = internSeries(table, s.labels);
        for (const o of s.observations) observe(f.hist, id, o);
      }
    } else {
      const f = register(reg, { name: EXPO_NAMES[kind], help: spec.help, type: kind, table, values: newVector() });
      for (const s of spec[kind]) vectorSet(f.values, internSeries(table, s.labels), s.value);
    }
  }
  return reg;
}

const exposition: Target<ExpoSpec, { last: string }> = {
  name: "exposition_writer",
  input(rng, maxLen) {
    const seen = new Set<string>();
    const series = (withObs: boolean): ExpoSeries[] => {
      const out: ExpoSeries[] = [];
      for (let k = rng.range(0, 6); k > 0; k--) {
        const labels = [randomLabel(rng, maxLen), rng.chance(0.3) ? "" : randomLabel(rng, maxLen)];
        const key = JSON.stringify(labels);
        if (seen.has(key)) continue;
        seen.add(key);
        const observations = withObs ? Array.from({ length: rng.range(1, 5) }, () => randomNumber(rng, true)) : [];
        out.push({ labels, value: randomNumber(rng, false), observations });
      }
      return out;
    };
    const bounds = [...new Set(Array.from({ length: rng.range(0, 8) }, () => randomNumber(rng, true)))].sort((x, y) => x - y);
    const counter = series(false);
    seen.clear();
    const gauge = series(false);
    seen.clear();
    return { help: "h " + randomLabel(rng, 200), bounds, counter, gauge, histogram: series(true) };
  },
  newContext: () => ({ last: "" }),
  run(c, spec) {
    const text = new TextDecoder().decode(render(renderSpec(spec), "text"));
    c.last = text;
    const e = parsed(text);
    const labelsOf = (s: ExpoSeries) => {
      const out: Record<string, string> = {};
      EXPO_LABELS.forEach((n, i) => {
        if (s.labels[i] !== "") out[n] = s.labels[i];
      });
      return out;
    };
    const same = (x: number, y: number) => x === y || (Number.isNaN(x) && Number.isNaN(y));
    const find = (name: string, labels: Record<string, string>) => {
      const k = JSON.stringify(labels);
      const found = e.samples.filter((s) => s.name === name && JSON.stringify(Object.fromEntries(Object.entries(s.labels).filter(([l]) => l !== "le"))) === k);
      return found;
    };
    for (const kind of ["counter", "gauge"] as const) {
      for (const s of spec[kind]) {
        const got = find(EXPO_NAMES[kind], labelsOf(s));
        if (got.length !== 1) fail(`${kind} series ${JSON.stringify(s.labels)}: ${got.length} samples read back`);
        if (!same(got[0].value, s.value)) fail(`${kind} ${JSON.stringify(s.labels)}: wrote ${s.value}, read ${got[0].value}`);
      }
    }
    for (const s of spec.histogram) {
      const labels = labelsOf(s);
      const buckets = find(EXPO_NAMES.histogram + "_bucket", labels);
      if (buckets.length !== spec.bounds.length + 1) fail(`histogram ${JSON.stringify(s.labels)}: ${buckets.length} buckets for ${spec.bounds.length} bounds`);
      for (let i = 0; i < spec.bounds.length; i++) {
        const want = s.observations.filter((o) => o <= spec.bounds[i]).length;
        if (Number(buckets[i].labels.le) !== spec.bounds[i]) fail(`le ${buckets[i].labels.le} does not read back as ${spec.bounds[i]}`);
        if (buckets[i].value !== want) fail(`bucket le=${spec.bounds[i]}: ${buckets[i].value}, want ${want}`);
      }
      const count = find(EXPO_NAMES.histogram + "_count", labels);
      const sum = find(EXPO_NAMES.histogram + "_sum", labels);
      if (count.length !== 1 || count[0].value !== s.observations.length) fail(`histogram ${JSON.stringify(s.labels)}: bad _count`);
      const wantSum = s.observations.reduce((a, b) => a + b, 0);
      if (sum.length !== 1 || !same(sum[0].value, wantSum)) fail(`histogram ${JSON.stringify(s.labels)}: _sum ${sum[0]?.value}, want ${wantSum}`);
    }
  },
  check: noop,
  exposition: (c) => c.last,
  lint: true,
  show: (s) => JSON.stringify(s),
  size: (s) => JSON.stringify(s).length,
};

export const DECODERS: DecoderTarget[] = [mixerLogEntry, mixerMetric, mixerMetricParams, als, otlp];

// `Target<any, any>`: the runner only moves inputs between a target's own methods.
export const TARGETS: Target<any, any>[] = [...DECODERS, envoyText, routes, exposition];

export function targetByName(name: string): Target<unknown, unknown> {
  const t = TARGETS.find((x) => x.name === name);
  if (!t) throw new Error(`no fuzz target ${name}; targets: ${TARGETS.map((x) => x.name).join(", ")}`);
  return t;
}
