// The status page's model: what /api/status answers, computed from the registry, the pipeline's own
// counters and label budgets, and a sampler (status-sampler.ts) that runs every SAMPLE_MS only while
// someone polls. When nobody has asked for IDLE_MS the sampler stops and its memory goes: a closed
// page costs nothing.
//
// Raw request paths only appear with debugEndpoints on, and never with their query string.
import { gatewayFamilies, gatewayRouteReport } from "../core/gateway-metrics.ts";
import type { Pipeline } from "../core/pipeline.ts";
import { MESSAGE_REJECT_REASONS, REJECT_REASONS, type Source } from "../core/self-metrics.ts";
import { clock } from "../store/clock.ts";
import type { Family, HistogramFamily, Registry, ScalarFamily } from "../store/registry.ts";
import { isLive, OVERFLOW, seriesValues } from "../store/series.ts";
import { COMMIT, VERSION } from "../version.ts";
import { classicDistribution, quantile } from "./quantile.ts";
import { FLAG_MEANINGS } from "./response-flags.ts";
import { growthOf, historyOf, liveSlots, rateOf } from "./status-ring.ts";
import { newSampler, sample, type Sampler, type Sources, splitEntryKey, splitRouteKey } from "./status-sampler.ts";

const SAMPLE_MS = 2000;
const IDLE_MS = 30_000;
/** Rates are over this many sampling intervals (about 10 s). */
const RATE_INTERVALS = 5;
/** Rows of the routes table (the busiest), and of other lists. */
const ROUTE_ROWS = 50;
const LIST_ROWS = 20;

/** Configuration reloads as the status page shows them; the server's reload logic keeps it. */
export interface ReloadState {
  /** The configuration file, or null when only defaults, environment and flags apply. */
  configFile: string | null;
  reloads: number;
  failures: number;
  /** Unix seconds of the last attempt (0: none). */
  lastAt: number;
  lastOk: boolean;
  lastReason: string;
  lastError: string;
}

export function newReloadState(): ReloadState {
  return { configFile: null, reloads: 0, failures: 0, lastAt: 0, lastOk: true, lastReason: "", lastError: "" };
}

/** Facts about this process the adapter knows. */
export interface ProcessFacts {
  grpcListen: string;
  httpListen: string;
  grpcTls: boolean;
  httpTls: boolean;
  /** "none", "bearer token" or "basic". */
  httpAuth: string;
  ready: boolean;
  reload: ReloadState;
}

export interface StatusDeps {
  registry: Registry;
  pipeline: Pipeline;
  /** debugEndpoints: raw values that fell into __overflow__ are shown. */
  debug: boolean;
  facts(): ProcessFacts;
}

export interface Status {
  readonly deps: StatusDeps;
  readonly sampleMs: number;
  readonly idleMs: number;
  sampler: Sampler | null;
  timer: ReturnType<typeof setInterval> | null;
  lastPoll: number;
}

export function newStatus(deps: StatusDeps, opts: { sampleMs?: number; idleMs?: number } = {}): Status {
  return { deps, sampleMs: opts.sampleMs ?? SAMPLE_MS, idleMs: opts.idleMs ?? IDLE_MS, sampler: null, timer: null, lastPoll: 0 };
}

function currentSources(deps: StatusDeps): Sources {
  const byId = new Map<string, Family>(gatewayFamilies(deps.pipeline.metrics).map((f) => [f.id, f.family]));
  const requests = byId.get("requests");
  const duration = byId.get("requestDuration");
  const flags = byId.get("responseFlags");
  return {
    requests: requests?.type === "counter" ? requests : null,
    duration: duration?.type === "histogram" ? duration : null,
    flags: flags?.type === "counter" ? flags : null,
    entries: deps.pipeline.self.entries,
  };
}

function sameSources(a: Sources, b: Sources): boolean {
  return a.requests === b.requests && a.duration === b.duration && a.flags === b.flags && a.entries === b.entries;
}

/** Takes a sample; a reload that replaced the families starts the history afresh. */
function takeSample(st: Status): void {
  const sources = currentSources(st.deps);
  if (st.sampler === null || !sameSources(st.sampler.sources, sources)) st.sampler = newSampler(sources);
  sample(st.sampler, Date.now() / 1000);
}

/** Stops sampling and lets its memory go. */
export function stopStatus(st: Status): void {
  if (st.timer !== null) clearInterval(st.timer);
  st.timer = null;
  st.sampler = null;
}

/** One poll of /api/status: keeps the sampler running (starting it if needed) and reports. */
export function pollStatus(st: Status): StatusReport {
  st.lastPoll = Date.now();
  if (st.timer === null) {
    takeSample(st);
    st.timer = setInterval(() => {
      if (Date.now() - st.lastPoll > st.idleMs) stopStatus(st);
      else takeSample(st);
    }, st.sampleMs);
    st.timer.unref();
  }
  return statusReport(st.deps, st.sampler!);
}

// ---------------------------------------------------------------------------------------------
// The report

export interface RouteRow {
  host: string;
  route: string;
  method: string;
  /** Requests per second, recent. */
  rate: number;
  /** Requests counted by the live series. */
  total: number;
  /** 5xx share of the recent requests; null without recent requests. */
  errorRatio: number | null;
  /** Seconds, estimated from the latency buckets of about the last minute; null without data. */
  p50: number | null;
  p99: number | null;
  /** Requests per second in each sampling interval, oldest first. */
  history: number[];
}

export interface StatusReport {
  now: number;
  sampleSeconds: number;
  rateSeconds: number;
  process: Record<string, unknown>;
  traffic: { rate: number; errorRatio: number | null; total: number; history: number[]; errorHistory: number[] };
  senders: unknown[];
  routes: { count: number; rows: RouteRow[] };
  flags: { flag: string; meaning: string; total: number; rate: number }[];
  cardinality: Record<string, unknown>;
}

const SENDER_NAMES: Record<Source, string> = { mixer: "Mixer logentry", mixer_metric: "Mixer metric", als: "Envoy ALS", otlp: "OTLP logs" };

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function ago(t: number): number | null {
  return t > 0 ? Math.max(0, round(clock.now - t, 0)) : null;
}

export function statusReport(deps: StatusDeps, s: Sampler): StatusReport {
  const now = Date.now() / 1000;
  const t = s.totals;
  const all = t.slots.get("");
  const tRate = all === undefined ? 0 : rateOf(t, all, 0, RATE_INTERVALS);
  const tGrowth = all === undefined ? 0 : growthOf(t, all, 0, RATE_INTERVALS);
  return {
    now: round(now),
    sampleSeconds: SAMPLE_MS / 1000,
    rateSeconds: (RATE_INTERVALS * SAMPLE_MS) / 1000,
    process: processReport(deps, s),
    traffic: {
      rate: round(tRate),
      errorRatio: tGrowth > 0 ? round(growthOf(t, all!, 1, RATE_INTERVALS) / tGrowth, 4) : null,
      total: all === undefined ? 0 : t.prev[all * 2],
      history: all === undefined ? [] : historyOf(t, all, 0),
      errorHistory: all === undefined ? [] : historyOf(t, all, 1),
    },
    senders: sendersReport(deps, s),
    routes: routesReport(s),
    flags: liveSlots(s.flags)
      .map((slot) => {
        const flag = s.flags.keys[slot];
        return { flag, meaning: FLAG_MEANINGS[flag] ?? "", total: s.flags.prev[slot], rate: round(rateOf(s.flags, slot, 0, RATE_INTERVALS)) };
      })
      .filter((f) => f.total > 0)
      .sort((a, b) => b.total - a.total || (a.flag < b.flag ? -1 : 1)),
    cardinality: cardinalityReport(deps),
  };
}

function processReport(deps: StatusDeps, s: Sampler): Record<string, unknown> {
  const f = deps.facts();
  const cpu = process.cpuUsage();
  return {
    version: VERSION,
    commit: COMMIT,
    uptimeSeconds: round(process.uptime(), 0),
    rssBytes: process.memoryUsage.rss(),
    cpuSeconds: round((cpu.user + cpu.system) / 1e6, 1),
    cpuShare: round(s.cpuShare, 3),
    grpcListen: f.grpcListen,
    httpListen: f.httpListen,
    grpcTls: f.grpcTls,
    httpTls: f.httpTls,
    httpAuth: f.httpAuth,
    ready: f.ready,
    debugEndpoints: deps.debug,
    configFile: f.reload.configFile,
    reload: { ...f.reload, lastAgo: ago(f.reload.lastAt) },
  };
}

function sendersReport(deps: StatusDeps, s: Sampler): unknown[] {
  const self = deps.pipeline.self;
  const e = s.entries;
  const bySource = new Map<string, { accepted: number; acceptedRate: number; rejected: { reason: string; total: number; rate: number }[] }>();
  for (const slot of liveSlots(e)) {
    const [source, outcome, reason] = splitEntryKey(e.keys[slot]);
    let b = bySource.get(source);
    if (b === undefined) bySource.set(source, (b = { accepted: 0, acceptedRate: 0, rejected: [] }));
    const total = e.prev[slot], rate = round(rateOf(e, slot, 0, RATE_INTERVALS));
    if (outcome === "accepted") {
      b.accepted += total;
      b.acceptedRate += rate;
    } else {
      b.rejected.push({ reason, total, rate });
    }
  }
  const refused = new Map<string, { reason: string; total: number }[]>();
  const mr = self.messagesRejected;
  for (let id = 0; id < mr.table.size; id++) {
    if (!isLive(mr.table, id)) continue;
    const [source, reason] = seriesValues(mr.table, id);
    refused.set(source, [...(refused.get(source) ?? []), { reason, total: mr.values.data[id] ?? 0 }]);
  }
  const streams = [...self.open];
  return (Object.keys(REJECT_REASONS) as Source[]).map((source) => {
    const b = bySource.get(source) ?? { accepted: 0, acceptedRate: 0, rejected: [] };
    const mine = streams.filter((o) => o.source === source);
    const order = (x: { reason: string }) => [...REJECT_REASONS[source], ...MESSAGE_REJECT_REASONS[source]].indexOf(x.reason as never);
    return {
      source,
      name: SENDER_NAMES[source],
      accepted: b.accepted,
      acceptedRate: round(b.acceptedRate),
      rejected: b.rejected.reduce((a, r) => a + r.total, 0),
      rejectedRate: round(b.rejected.reduce((a, r) => a + r.rate, 0)),
      reasons: b.rejected.sort((x, y) => order(x) - order(y)),
      messagesRefused: (refused.get(source) ?? []).sort((x, y) => order(x) - order(y)),
      lastEntryAgo: ago(self.lastEntry[source]),
      openStreams: mine.length,
      streams: mine.slice(0, LIST_ROWS).map((o) => ({
        peer: o.peer, gateway: o.gateway, openSeconds: ago(o.opened), entries: o.entries, lastEntryAgo: ago(o.last),
      })),
    };
  });
}

function routesReport(s: Sampler): { count: number; rows: RouteRow[] } {
  const r = s.routes;
  const slots = liveSlots(r);
  const rate = new Float64Array(r.fed.length);
  for (const slot of slots) rate[slot] = rateOf(r, slot, 0, RATE_INTERVALS);
  const total = (slot: number) => r.prev[slot * 2];
  slots.sort((a, b) => rate[b] - rate[a] || total(b) - total(a) || (r.keys[a] < r.keys[b] ? -1 : 1));
  const lat = s.latency;
  const rows = slots.slice(0, ROUTE_ROWS).map((slot): RouteRow => {
    const [host, route, method] = splitRouteKey(r.keys[slot]);
    const grew = growthOf(r, slot, 0, RATE_INTERVALS);
    let p50: number | null = null, p99: number | null = null;
    if (lat !== null && slot < lat.seen.length) {
      const d = classicDistribution(lat.family.hist.bounds, lat.decayed, slot * lat.stride);
      p50 = quantile(d, 0.5);
      p99 = quantile(d, 0.99);
    }
    return {
      host, route, method,
      rate: round(rate[slot]),
      total: total(slot),
      errorRatio: grew > 0 ? round(growthOf(r, slot, 1, RATE_INTERVALS) / grew, 4) : null,
      p50: p50 === null ? null : round(p50, 5),
      p99: p99 === null ? null : round(p99, 5),
      history: historyOf(r, slot, 0),
    };
  });
  return { count: slots.length, rows };
}

/** `/a/b?x=1#f` → `/a/b`: query strings can carry secrets and are never shown. */
function withoutQuery(path: string): string {
  const cut = path.search(/[?#]/);
  return cut < 0 ? path : path.slice(0, cut);
}

function cardinalityReport(deps: StatusDeps): Record<string, unknown> {
  const { registry, pipeline } = deps;
  const self = pipeline.self;
  const overflowBy = new Map<string, { label: string; count: number }[]>();
  const ov = self.overflow;
  for (let id = 0; id < ov.table.size; id++) {
    if (!isLive(ov.table, id)) continue;
    const count = ov.values.data[id] ?? 0;
    if (count === 0) continue;
    const [metric, label] = seriesValues(ov.table, id);
    overflowBy.set(metric, [...(overflowBy.get(metric) ?? []), { label, count }]);
  }
  const own = (name: string) => name.startsWith("gatewaymetric_") || name.startsWith("process_");
  const metrics = registry.families
    .filter((f) => !own(f.name))
    .map((f: ScalarFamily | HistogramFamily) => ({
      name: f.name, type: f.type, series: f.table.live, budget: f.table.limit, overflow: overflowBy.get(f.name) ?? [],
    }));
  const lm = pipeline.metrics.model.labels;
  const labels = [lm.hosts, lm.routes, lm.gateways, lm.upstreams].map((d) => ({
    label: d.label, values: d.admitted.size, budget: d.limit, overflowed: d.overflows,
  }));
  const report = gatewayRouteReport(pipeline.metrics);
  const bySource: Record<string, number> = {};
  for (const r of report.routes) bySource[r.source] = (bySource[r.source] ?? 0) + r.requests;
  const templates = report.routes.filter((r) => r.source === "template").slice(0, LIST_ROWS).map((r) => ({ route: r.route, requests: r.requests }));
  let overflowValues: { value: string; count: number }[] | null = null;
  if (deps.debug) {
    const merged = new Map<string, number>();
    for (const p of report.routes.find((r) => r.route === OVERFLOW)?.paths ?? []) {
      const v = withoutQuery(p.path);
      merged.set(v, (merged.get(v) ?? 0) + p.count);
    }
    overflowValues = [...merged].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count).slice(0, LIST_ROWS);
  }
  return {
    metrics,
    labels,
    routeSources: bySource,
    templates: { configured: report.templates, rows: templates },
    overflowValues,
  };
}
