// What /api/status answers, from the registry, the pipeline's own counters and label budgets, and
// a sampler (status-sampler.ts) that runs every SAMPLE_MS only while someone polls: after IDLE_MS
// without a poll it stops and its memory goes. Raw request paths only appear with debugEndpoints.
import { gatewayFamilies, gatewayRouteReport } from "../core/gateway-metrics.ts";
import type { Pipeline } from "../core/pipeline.ts";
import { MESSAGE_REJECT_REASONS, REJECT_REASONS, type Source } from "../core/self-metrics.ts";
import { clock } from "../store/clock.ts";
import type { Registry, ScalarFamily } from "../store/registry.ts";
import { isLive, OVERFLOW, seriesValues } from "../store/series.ts";
import { COMMIT, VERSION } from "../version.ts";
import { quantile } from "./quantile.ts";
import { FLAG_MEANINGS } from "./response-flags.ts";
import { growthOf, historyOf, liveSlots, RATE_INTERVALS, type Rates, rateOf } from "./status-ring.ts";
import { newSampler, sample, type Sampler, SEP, type Sources } from "./status-sampler.ts";

const SAMPLE_MS = 2000;
const IDLE_MS = 30_000;
/** Rows of the routes table (the busiest), and of other lists. */
const ROUTE_ROWS = 50;
const LIST_ROWS = 20;

export type ReloadState = ReturnType<typeof newReloadState>;

/** Configuration reloads, kept by the server. configFile null: defaults, environment and flags only; lastAt 0: none. */
export function newReloadState() {
  return { configFile: null as string | null, reloads: 0, failures: 0, lastAt: 0, lastOk: true, lastReason: "", lastError: "" };
}

interface ProcessFacts {
  grpcListen: string;
  httpListen: string;
  grpcTls: boolean;
  httpTls: boolean;
  /** "none", "bearer token" or "basic". */
  httpAuth: string;
  ready: boolean;
  reload: ReloadState;
}

interface StatusDeps {
  registry: Registry;
  pipeline: Pipeline;
  /** debugEndpoints: raw values that fell into __overflow__ are shown. */
  debug: boolean;
  facts(): ProcessFacts;
}

export type Status = ReturnType<typeof newStatus>;

export function newStatus(deps: StatusDeps, opts: { sampleMs?: number; idleMs?: number } = {}) {
  return {
    deps, sampleMs: opts.sampleMs ?? SAMPLE_MS, idleMs: opts.idleMs ?? IDLE_MS, sampler: null as Sampler | null,
    timer: null as ReturnType<typeof setInterval> | null, lastPoll: 0,
  };
}

/** Takes a sample; a reload that replaced the families starts the history afresh. */
function takeSample(st: Status): void {
  const byId = new Map(gatewayFamilies(st.deps.pipeline.metrics).map((f) => [f.id, f.family]));
  const [requests, duration, flags] = [byId.get("requests"), byId.get("requestDuration"), byId.get("responseFlags")];
  const sources: Sources = {
    requests: requests?.type === "counter" ? requests : null,
    duration: duration?.type === "histogram" ? duration : null,
    flags: flags?.type === "counter" ? flags : null,
    entries: st.deps.pipeline.self.entries,
  };
  const was = st.sampler?.sources;
  if (was === undefined || (Object.keys(sources) as (keyof Sources)[]).some((k) => sources[k] !== was[k])) st.sampler = newSampler(sources);
  sample(st.sampler!, Date.now() / 1000);
}

export function stopStatus(st: Status): void {
  if (st.timer !== null) clearInterval(st.timer);
  st.timer = null;
  st.sampler = null;
}

/** One poll of /api/status: keeps the sampler running and reports. */
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

export type StatusReport = ReturnType<typeof statusReport>;

const SENDER_NAMES: Record<Source, string> = { mixer: "Mixer logentry", mixer_metric: "Mixer metric", als: "Envoy ALS", otlp: "OTLP logs" };

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function ago(t: number): number | null {
  return t > 0 ? Math.max(0, round(clock.now - t, 0)) : null;
}

/** 5xx share of what channel 0 of `slot` counted recently (channel 1); null without recent requests. */
function errorRatio(r: Rates, slot: number): number | null {
  const grew = growthOf(r, slot, 0);
  return grew > 0 ? round(growthOf(r, slot, 1) / grew, 4) : null;
}

function seriesOf(f: ScalarFamily): { values: string[]; value: number }[] {
  const out = [];
  for (let id = 0; id < f.table.size; id++) {
    if (isLive(f.table, id)) out.push({ values: seriesValues(f.table, id), value: f.values.data[id] ?? 0 });
  }
  return out;
}

export function statusReport(deps: StatusDeps, s: Sampler) {
  const t = s.totals;
  const all = t.slots.get("");
  return {
    rateSeconds: (RATE_INTERVALS * SAMPLE_MS) / 1000,
    process: processReport(deps, s),
    traffic: all === undefined
      ? { rate: 0, errorRatio: null, total: 0, history: [], errorHistory: [] }
      : {
        rate: round(rateOf(t, all, 0)), errorRatio: errorRatio(t, all), total: t.prev[all * 2],
        history: historyOf(t, all, 0), errorHistory: historyOf(t, all, 1),
      },
    senders: sendersReport(deps, s),
    routes: routesReport(s),
    flags: liveSlots(s.flags)
      .map((slot) => {
        const flag = s.flags.keys[slot];
        return { flag, meaning: FLAG_MEANINGS[flag] ?? "", total: s.flags.prev[slot], rate: round(rateOf(s.flags, slot, 0)) };
      })
      .filter((f) => f.total > 0)
      .sort((a, b) => b.total - a.total || (a.flag < b.flag ? -1 : 1)),
    cardinality: cardinalityReport(deps),
  };
}

function processReport(deps: StatusDeps, s: Sampler) {
  const f = deps.facts();
  const cpu = process.cpuUsage();
  return {
    version: VERSION,
    commit: COMMIT,
    uptimeSeconds: round(process.uptime(), 0),
    rssBytes: process.memoryUsage.rss(),
    cpuSeconds: round((cpu.user + cpu.system) / 1e6, 1),
    cpuShare: round(s.cpuShare, 3),
    ...f,
    debugEndpoints: deps.debug,
    configFile: f.reload.configFile,
    reload: { ...f.reload, lastAgo: ago(f.reload.lastAt) },
  };
}

function sendersReport(deps: StatusDeps, s: Sampler) {
  const self = deps.pipeline.self;
  const e = s.entries;
  const outcomes = liveSlots(e).map((slot) => {
    const [source, outcome, reason] = e.keys[slot].split(SEP);
    return { source, outcome, reason, total: e.prev[slot], rate: round(rateOf(e, slot, 0)) };
  });
  const refused = seriesOf(self.messagesRejected).map(({ values: [source, reason], value }) => ({ source, reason, total: value }));
  const streams = [...self.open];
  return (Object.keys(REJECT_REASONS) as Source[]).map((source) => {
    const mine = outcomes.filter((o) => o.source === source);
    const accepted = mine.filter((o) => o.outcome === "accepted");
    const rejected = mine.filter((o) => o.outcome !== "accepted");
    const reasons: string[] = [...REJECT_REASONS[source], ...MESSAGE_REJECT_REASONS[source]];
    const byReason = (x: { reason: string }, y: { reason: string }) => reasons.indexOf(x.reason) - reasons.indexOf(y.reason);
    const open = streams.filter((o) => o.source === source);
    return {
      source,
      name: SENDER_NAMES[source],
      accepted: accepted.reduce((a, o) => a + o.total, 0),
      acceptedRate: round(accepted.reduce((a, o) => a + o.rate, 0)),
      rejected: rejected.reduce((a, o) => a + o.total, 0),
      rejectedRate: round(rejected.reduce((a, o) => a + o.rate, 0)),
      reasons: rejected.map(({ reason, total, rate }) => ({ reason, total, rate })).sort(byReason),
      messagesRefused: refused.filter((m) => m.source === source).map(({ reason, total }) => ({ reason, total })).sort(byReason),
      lastEntryAgo: ago(self.lastEntry[source]),
      openStreams: open.length,
      streams: open.slice(0, LIST_ROWS).map((o) => ({ peer: o.peer, gateway: o.gateway, openSeconds: ago(o.opened), entries: o.entries })),
    };
  });
}

function routesReport(s: Sampler) {
  const r = s.routes;
  const slots = liveSlots(r);
  const rate = new Float64Array(r.fed.length);
  for (const slot of slots) rate[slot] = rateOf(r, slot, 0);
  const total = (slot: number) => r.prev[slot * 2];
  slots.sort((a, b) => rate[b] - rate[a] || total(b) - total(a) || (r.keys[a] < r.keys[b] ? -1 : 1));
  const lat = s.latency;
  // p50 and p99 in seconds, from the latency buckets of about the last minute; null without data.
  const q = (slot: number, at: number) => {
    if (lat === null || slot * lat.stride >= lat.decayed.length) return null;
    const v = quantile(lat.family.hist.bounds, lat.decayed, slot * lat.stride, at);
    return v === null ? null : round(v, 5);
  };
  const rows = slots.slice(0, ROUTE_ROWS).map((slot) => {
    const [host, route, method] = r.keys[slot].split(SEP);
    return {
      host, route, method, rate: round(rate[slot]), total: total(slot), errorRatio: errorRatio(r, slot),
      p50: q(slot, 0.5), p99: q(slot, 0.99), history: historyOf(r, slot, 0),
    };
  });
  return { count: slots.length, rows };
}

function cardinalityReport(deps: StatusDeps) {
  const { registry, pipeline } = deps;
  const overflow = seriesOf(pipeline.self.overflow).filter((o) => o.value > 0);
  const own = (name: string) => name.startsWith("gatewaymetric_") || name.startsWith("process_");
  const metrics = registry.families.filter((f) => !own(f.name)).map((f) => ({
    name: f.name, type: f.type, series: f.table.live, budget: f.table.limit,
    overflow: overflow.filter((o) => o.values[0] === f.name).map(({ values, value }) => ({ label: values[1], count: value })),
  }));
  const lm = pipeline.metrics.model.labels;
  const labels = [lm.hosts, lm.routes, lm.gateways, lm.upstreams].map((d) => ({
    label: d.label, values: d.admitted.size, budget: d.limit, overflowed: d.overflows,
  }));
  const report = gatewayRouteReport(pipeline.metrics);
  const routeSources: Record<string, number> = {};
  for (const r of report.routes) routeSources[r.source] = (routeSources[r.source] ?? 0) + r.requests;
  const templates = report.routes.filter((r) => r.source === "template").slice(0, LIST_ROWS)
    .map((r) => ({ route: r.route, requests: r.requests }));
  let overflowValues: { value: string; count: number }[] | null = null;
  if (deps.debug) {
    const merged = new Map<string, number>();
    for (const p of report.routes.find((r) => r.route === OVERFLOW)?.paths ?? []) {
      // Query strings can carry secrets and are never shown.
      const v = p.path.split(/[?#]/, 1)[0];
      merged.set(v, (merged.get(v) ?? 0) + p.count);
    }
    overflowValues = [...merged].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count).slice(0, LIST_ROWS);
  }
  return { metrics, labels, routeSources, templates: { configured: report.templates, rows: templates }, overflowValues };
}
