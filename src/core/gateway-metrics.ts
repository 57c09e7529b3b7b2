// The gateway metric model: which families exist (core/catalog.ts, adjusted per metric by config),
// their labels and buckets, and how one access record updates them.
//
// Metrics with the same label set share one series table (a "view"), so a record resolves each
// distinct label set once: with the defaults, one lookup serves the request counter and all four
// histograms. Dropping a label from a metric moves it to a table without that label, which adds up
// over it. A config reload rebuilds the model but keeps every table and family whose definition did
// not change, numbers and `_created` times included.
import { clock } from "../store/clock.ts";
import { type Exemplars, newExemplars, offerExemplar, setExemplar } from "../store/exemplars.ts";
import { sweepExpired } from "../store/expiry.ts";
import { type Histogram, newHistogram, observe } from "../store/histogram.ts";
import type { NativeSettings } from "../store/native-histogram.ts";
import { type Family, type Registry, replaceFamilies } from "../store/registry.ts";
import { collectLabelValues, internOrOverflow, newSeriesTable, type SeriesTable, touchSeries } from "../store/series.ts";
import { newVector, type Vector, vectorAdd } from "../store/vector.ts";
import {
  AVAILABLE_LABELS, expandBuckets, METRIC_DEFS, type MetricDef, type MetricKind, type MetricSettings, NATIVE_MAX_BUCKETS, NATIVE_SCHEMA,
  SRC_COUNT, SRC_DURATION, SRC_ONE, SRC_REQUEST_BYTES, SRC_RESPONSE_BYTES, SRC_TCP_RECEIVED, SRC_TCP_SENT, SRC_UPSTREAM,
} from "./catalog.ts";
import {
  DEFAULT_LIMITS, DEFAULT_ROUTE, emptyInUse, gatewayEntry, hostEntry, type InUse, type LabelLimits, type LabelMap,
  newLabelMap, releaseUnused, type RouteEntry, routeEntry, routeHitAt, type RouteReport, type RouteSettings, routeReport, upstreamEntry,
} from "./label-map.ts";
import { codeClassLabel, codeLabel, methodLabel } from "./labels.ts";
import {
  claimTuple, findTuple, invalidateTuples, newTupleCache, RAW_FIELDS, RAW_PATH, RAW_ROUTE_NAME, RAW_UPSTREAM, type RawLabels,
  rawToRecord, TUPLE_INTS, type TupleCache,
} from "./raw-tuple.ts";
import { type AccessRecord, RESPONSE_FLAGS, type TcpRecord } from "./record.ts";
import { forgetOverflowSeries, overflowSeries, type SelfMetrics } from "./self-metrics.ts";

export { FLAG_LABELS, GATEWAY_LABELS, LATENCY_BUCKETS, SIZE_BUCKETS, TCP_LABELS } from "./catalog.ts";

export interface GatewayMetricsOptions {
  /** `gateway` label for records that carry none. */
  defaultGateway: string;
  /** Series budget of each metric unless `metrics.<id>.maxSeries` says otherwise. */
  maxSeries: number;
  limits?: LabelLimits;
  /** When not empty, the only `host` values kept; others become `__other__`. */
  hostAllow?: string[];
  route?: RouteSettings;
  /** Idle seconds before a series expires (see store/expiry.ts); 0 = never. */
  ttlSeconds?: number;
  /** Per-metric settings by metric id (catalog.ts). */
  metrics?: Record<string, MetricSettings>;
  /** Slots of the raw label tuple cache (recordAccessRaw); 0 turns it off. Default TUPLE_SLOTS. */
  tupleCacheSlots?: number;
}

/** Raw label tuples whose outcome is remembered (see Decided). */
export const TUPLE_SLOTS = 16384;

/** Positions in the full label tuple every view picks its labels from. */
const COLUMN: Record<string, number> = { gateway: 0, host: 1, route: 2, method: 3, code: 4, upstream_cluster: 6, flag: 7 };
const CODE_CLASS = 5;
const FLAG_COLUMN = 7;
const TUPLE_WIDTH = 8;

/** Overflow reasons, one bit each; OVERFLOW_LABELS[bit] is the `label` of gatewaymetric_overflow_total. */
const OV_GATEWAY = 1, OV_HOST = 2, OV_ROUTE = 4, OV_UPSTREAM = 8, OV_SERIES = 16;
const OVERFLOW_LABELS = ["gateway", "host", "route", "upstream_cluster", "series"];

/** Exemplar label sets are limited to 128 characters; `trace_id` takes 8. */
const MAX_TRACE_ID = 120;

interface ModelFamily {
  readonly def: MetricDef;
  readonly sig: string;
  readonly family: Family;
  readonly src: number;
  readonly values: Vector | null;
  readonly hist: Histogram | null;
  readonly ex: Exemplars | null;
  /** Overflow counter id per overflow bit, -1 where the family lacks the label. */
  ovIds: Int32Array;
}

interface View {
  readonly sig: string;
  readonly kind: MetricKind;
  readonly table: SeriesTable;
  readonly labels: readonly string[];
  /** For each label of the table, its position in the full tuple. */
  readonly cols: Int32Array;
  /** Scratch tuple handed to the series table. */
  readonly tuple: string[];
  /** Overflow bits that concern this view's labels. */
  readonly ovMask: number;
  readonly families: ModelFamily[];
  /** Smallest series budget among the view's families. */
  limit: number;
}

interface Model {
  readonly defaultGateway: string;
  readonly ttl: number;
  readonly labels: LabelMap;
  readonly http: View[];
  readonly flag: View[];
  readonly tcp: View[];
  /** In exposition order. */
  readonly families: ModelFamily[];
  readonly needRoute: boolean;
  readonly needUpstream: boolean;
}

/**
 * What recordAccess decided for a raw label tuple, kept in its tuple cache slot: everything that
 * depends only on the tuple, so a record with a tuple seen before only does the arithmetic. Valid
 * while the decisions hold: a reload, a budget generation change or a series deletion invalidates
 * all (resetDecided). Within one budget generation a label value's budget decision never changes,
 * and a tuple keeps its series id (or its redirect to the overflow series) until a series is deleted.
 *
 * Ints of a slot: the label columns' overflow bits, the sketch slot the tuple's route sample last
 * took (a route entry's own guess fails when its samples alternate), then per HTTP view internOrOverflow's answer
 * (negative: redirected to the overflow series). Objects: the route entry routeEntry counted (null
 * when the model has no route label) and its sketch key. The label columns 0..6 for flag views sit
 * apart in `columns` (FLAG_COLUMN per slot): only a record with response flags reads them, and out
 * of the objects a hit touches they would make each slot's line four times as many.
 */
interface Decided {
  readonly cache: TupleCache | null;
  readonly columns: string[];
  /** HTTP views of the model the ids are for. */
  readonly views: number;
}
const D_OV = TUPLE_INTS, D_HINT = TUPLE_INTS + 1, D_IDS = TUPLE_INTS + 2;
const D_ROUTE = 0, D_SAMPLE = 1, D_OBJS = 2;

export interface GatewayMetrics {
  model: Model;
  readonly reg: Registry;
  readonly self: SelfMetrics | null;
  /** Scratch reused for every record: the full label tuple, and each source's value. */
  readonly full: string[];
  readonly vals: Float64Array;
  decided: Decided;
  /** Scratch: the route entry labelColumns resolved (null when the model has no route label). */
  route: RouteEntry | null;
  /** The record being counted, for its trace id (see traceText). */
  traced: AccessRecord | null;
  /** Its trace id as text once made; "" before. */
  trace: string;
}

interface Resolved {
  name: string;
  help: string;
  labels: string[];
  statusClasses: boolean;
  bounds: number[] | null;
  maxSeries: number;
  exemplars: boolean;
  native: NativeSettings | null;
}

function resolve(def: MetricDef, ms: MetricSettings, opts: GatewayMetricsOptions): Resolved {
  return {
    name: ms.name ?? def.name,
    help: ms.help ?? def.help,
    labels: ms.labels ? [...ms.labels] : [...def.labels],
    statusClasses: ms.statusClasses ?? false,
    bounds: def.type === "histogram" ? (ms.buckets ? expandBuckets(ms.buckets) : [...def.buckets!]) : null,
    maxSeries: ms.maxSeries ?? opts.maxSeries,
    exemplars: ms.exemplars ?? def.exemplars,
    native: def.type === "histogram" && (ms.native?.enabled ?? def.native ?? false)
      ? { schema: ms.native?.schema ?? NATIVE_SCHEMA, maxBuckets: ms.native?.maxBuckets ?? NATIVE_MAX_BUCKETS }
      : null,
  };
}

function newView(sig: string, kind: MetricKind, r: Resolved, table: SeriesTable): View {
  let ovMask = OV_SERIES;
  const cols = new Int32Array(r.labels.length);
  r.labels.forEach((l, i) => {
    cols[i] = l === "code" && r.statusClasses ? CODE_CLASS : COLUMN[l];
    const bit = OVERFLOW_LABELS.indexOf(l);
    if (bit >= 0) ovMask |= 1 << bit;
  });
  return { sig, kind, table, labels: r.labels, cols, tuple: r.labels.map(() => ""), ovMask, families: [], limit: r.maxSeries };
}

function newModelFamily(def: MetricDef, sig: string, r: Resolved, table: SeriesTable): ModelFamily {
  if (def.type === "histogram") {
    const hist = newHistogram(r.bounds!, r.native);
    const ex = r.exemplars ? newExemplars(hist.stride) : null;
    const family: Family = { name: r.name, help: r.help, type: "histogram", table, hist, ...(ex ? { exemplars: ex } : {}) };
    return { def, sig, family, src: def.src, values: null, hist, ex, ovIds: new Int32Array(0) };
  }
  const values = newVector();
  const ex = r.exemplars ? newExemplars(1) : null;
  const family: Family = { name: r.name, help: r.help, type: "counter", table, values, ...(ex ? { exemplars: ex } : {}) };
  return { def, sig, family, src: def.src, values, hist: null, ex, ovIds: new Int32Array(0) };
}

/**
 * Builds the model for `opts`, reusing from `prev` every table whose label set is unchanged and
 * every family whose definition is unchanged. Registers the families (replacing prev's); throws,
 * leaving `prev` in place and untouched, when that is impossible (a name already taken).
 */
function buildModel(reg: Registry, self: SelfMetrics | null, opts: GatewayMetricsOptions, prev: Model | null): Model {
  const ttl = opts.ttlSeconds ?? 0;
  const prevViews = new Map<string, View>();
  const prevFamilies = new Map<string, ModelFamily>();
  for (const v of prev ? [...prev.http, ...prev.flag, ...prev.tcp] : []) {
    prevViews.set(v.sig, v);
    for (const f of v.families) prevFamilies.set(f.sig, f);
  }
  const views = new Map<string, View>();
  const families: ModelFamily[] = [];
  for (const def of METRIC_DEFS) {
    const ms = opts.metrics?.[def.id] ?? {};
    if (ms.enabled === false) continue;
    const r = resolve(def, ms, opts);
    for (const l of r.labels) if (!AVAILABLE_LABELS[def.kind].includes(l)) throw new Error(`metric ${def.id}: unknown label ${l}`);
    const vsig = `${def.kind}|${r.labels.join(",")}|${r.statusClasses ? "classes" : "codes"}`;
    let v = views.get(vsig);
    if (v === undefined) {
      const old = prevViews.get(vsig);
      v = newView(vsig, def.kind, r, old ? old.table : newSeriesTable(r.labels, r.maxSeries, ttl));
      views.set(vsig, v);
    } else {
      v.limit = Math.min(v.limit, r.maxSeries);
    }
    const fsig = JSON.stringify([def.id, r.name, r.help, r.bounds, vsig, r.exemplars, r.native]);
    const f = prevFamilies.get(fsig) ?? newModelFamily(def, fsig, r, v.table);
    v.families.push(f);
    families.push(f);
  }
  replaceFamilies(reg, prev ? prev.families.map((f) => f.family) : [], families.map((f) => f.family), 0);
  // Registered: from here on nothing can fail, and the previous model may be changed.
  for (const v of views.values()) {
    v.table.limit = v.limit;
    v.table.ttl = ttl;
    for (const f of v.families) {
      f.ovIds = new Int32Array(OVERFLOW_LABELS.length).fill(-1);
      if (self === null) continue;
      OVERFLOW_LABELS.forEach((label, bit) => {
        if (v.ovMask & (1 << bit)) f.ovIds[bit] = overflowSeries(self, f.family.name, label);
      });
    }
  }
  if (self !== null) forgetOverflowSeries(self, new Set(families.map((f) => f.family.name)));
  const all = [...views.values()];
  const model: Model = {
    defaultGateway: opts.defaultGateway,
    ttl,
    labels: newLabelMap({ limits: opts.limits ?? DEFAULT_LIMITS, hostAllow: opts.hostAllow ?? [], route: opts.route ?? DEFAULT_ROUTE }),
    http: all.filter((v) => v.kind === "http"),
    flag: all.filter((v) => v.kind === "flag"),
    tcp: all.filter((v) => v.kind === "tcp"),
    families,
    needRoute: all.some((v) => v.labels.includes("route")),
    needUpstream: all.some((v) => v.labels.includes("upstream_cluster")),
  };
  releaseUnused(model.labels, inUse(model));
  return model;
}

/** Budgeted label values carried by live series of the model's tables. */
function inUse(model: Model): InUse {
  const used = emptyInUse();
  for (const v of [...model.http, ...model.flag, ...model.tcp]) {
    const t = v.table;
    v.labels.forEach((label, k) => {
      const set = used[label as keyof InUse];
      if (set !== undefined) collectLabelValues(t, k, set);
    });
  }
  return used;
}

function newDecided(slots: number, views: number): Decided {
  const cache = slots > 0 ? newTupleCache(slots, 2 + views, D_OBJS) : null;
  return { cache, columns: new Array<string>(cache !== null ? cache.slots * FLAG_COLUMN : 0).fill(""), views };
}

/** Forgets every decided tuple; the fields that cannot change the outcome leave the key. */
function resetDecided(m: GatewayMetrics): void {
  const model = m.model;
  let d = m.decided;
  if (d.views !== model.http.length) d = m.decided = newDecided(d.cache !== null ? d.cache.slots : 0, model.http.length);
  if (d.cache === null) return;
  let mask = (1 << RAW_FIELDS) - 1;
  if (!model.needRoute) mask &= ~((1 << RAW_PATH) | (1 << RAW_ROUTE_NAME));
  else if (!model.labels.settings.route.fromRouteName) mask &= ~(1 << RAW_ROUTE_NAME);
  if (!model.needUpstream) mask &= ~(1 << RAW_UPSTREAM);
  invalidateTuples(d.cache, mask);
  d.columns.fill("");
}

export function newGatewayMetrics(reg: Registry, opts: GatewayMetricsOptions, self: SelfMetrics | null = null): GatewayMetrics {
  const model = buildModel(reg, self, opts, null);
  const m: GatewayMetrics = {
    model, reg, self, full: new Array<string>(TUPLE_WIDTH).fill(""), vals: new Float64Array(SRC_COUNT),
    decided: newDecided(opts.tupleCacheSlots ?? TUPLE_SLOTS, model.http.length), route: null,
    traced: null, trace: "",
  };
  resetDecided(m);
  return m;
}

/** Applies new options (a config reload). Throws, keeping the current model, if they cannot apply. */
export function reconfigureGatewayMetrics(m: GatewayMetrics, opts: GatewayMetricsOptions): void {
  m.model = buildModel(m.reg, m.self, opts, m.model);
  resetDecided(m);
}

/** Runs expiry over the registry; frees the budget places of values whose last series went. */
export function sweepGatewayMetrics(m: GatewayMetrics, now: number): number {
  const removed = sweepExpired(m.reg, now);
  if (removed > 0) {
    releaseUnused(m.model.labels, inUse(m.model));
    resetDecided(m);
  }
  return removed;
}

export function gatewayRouteReport(m: GatewayMetrics): RouteReport {
  return routeReport(m.model.labels);
}

function countOverflow(m: GatewayMetrics, f: ModelFamily, bits: number): void {
  const self = m.self;
  if (self === null) return;
  for (let b = 0; bits !== 0; b++, bits >>>= 1) {
    if ((bits & 1) !== 0 && f.ovIds[b] >= 0) vectorAdd(self.overflow.values, f.ovIds[b], 1);
  }
}

/** One record into one view: resolve the series once, then each family adds its value. Returns internOrOverflow's answer. */
function applyView(m: GatewayMetrics, v: View, ov: number, traced: boolean, now: number): number {
  const full = m.full;
  const t = v.tuple;
  const cols = v.cols;
  for (let i = 0; i < cols.length; i++) t[i] = full[cols[i]];
  const id = internOrOverflow(v.table, t);
  applySeries(m, v, id, ov, traced, now);
  return id;
}

/** Each family of the view adds the record's value to series `found` (internOrOverflow's answer). */
function applySeries(m: GatewayMetrics, v: View, found: number, ov: number, traced: boolean, now: number): void {
  let id = found;
  let bits = ov & v.ovMask;
  if (id < 0) {
    id = ~id;
    bits |= OV_SERIES;
  }
  const vals = m.vals;
  const fams = v.families;
  for (let i = 0; i < fams.length; i++) {
    const f = fams[i];
    const x = vals[f.src];
    if (!(x >= 0 && x < Infinity)) continue;
    if (f.hist !== null) {
      const b = observe(f.hist, id, x);
      if (traced && f.ex !== null && offerExemplar(f.ex, id, b, now)) setExemplar(f.ex, id, b, traceText(m), x, now);
    } else {
      vectorAdd(f.values!, id, x);
      if (traced && f.ex !== null && offerExemplar(f.ex, id, 0, now)) setExemplar(f.ex, id, 0, traceText(m), x, now);
    }
    if (bits !== 0) countOverflow(m, f, bits);
  }
}

/** Fills the gateway column of the full tuple; returns the overflow bit it earned. */
function gatewayColumn(m: GatewayMetrics, raw: string): number {
  const g = gatewayEntry(m.model.labels, raw !== "" ? raw : m.model.defaultGateway);
  m.full[0] = g.label;
  return g.over ? OV_GATEWAY : 0;
}

function upstreamColumn(m: GatewayMetrics, raw: string): number {
  const u = upstreamEntry(m.model.labels, raw);
  m.full[6] = u.label;
  return u.over ? OV_UPSTREAM : 0;
}

/** The label columns 0..6 of the full tuple for `r`; returns their overflow bits. */
function labelColumns(m: GatewayMetrics, r: AccessRecord): number {
  const model = m.model;
  const lm = model.labels;
  const full = m.full;
  let ov = gatewayColumn(m, r.gateway);
  const h = hostEntry(lm, r.host);
  full[1] = h.label;
  if (h.over) ov |= OV_HOST;
  if (model.needRoute) {
    const re = routeEntry(lm, h, r.path, r.routeName);
    full[2] = re.label;
    if (re.over) ov |= OV_ROUTE;
    m.route = re;
  }
  full[3] = methodLabel(r.method);
  full[4] = codeLabel(r.code);
  full[CODE_CLASS] = codeClassLabel(r.code);
  if (model.needUpstream) ov |= upstreamColumn(m, r.upstreamCluster);
  return ov;
}

/** The record's amounts into the value scratch; returns whether it has a trace id for exemplars. */
function recordValues(m: GatewayMetrics, r: AccessRecord): boolean {
  const vals = m.vals;
  vals[SRC_ONE] = 1;
  vals[SRC_DURATION] = r.durationSeconds;
  vals[SRC_REQUEST_BYTES] = r.requestBytes;
  vals[SRC_RESPONSE_BYTES] = r.responseBytes;
  vals[SRC_UPSTREAM] = r.upstreamSeconds;
  m.traced = r;
  m.trace = r.traceId;
  if (r.traceId !== "") return r.traceId.length <= MAX_TRACE_ID;
  return r.traceBytes !== null && r.traceEnd > r.traceStart && 2 * (r.traceEnd - r.traceStart) <= MAX_TRACE_ID;
}

const hexOf = Buffer.prototype.toString;

/** The trace id of the record being counted, made into text the first time an exemplar takes it. */
function traceText(m: GatewayMetrics): string {
  if (m.trace === "") {
    const r = m.traced!;
    m.trace = hexOf.call(r.traceBytes!, "hex", r.traceStart, r.traceEnd);
  }
  return m.trace;
}

/** The record's response flags into the flag views (the label columns already in place). */
function applyFlags(m: GatewayMetrics, flags: number, ov: number): void {
  const flagViews = m.model.flag;
  if (flags === 0 || flagViews.length === 0) return;
  for (let bit = 0; flags !== 0; bit++, flags >>>= 1) {
    if ((flags & 1) === 0) continue;
    m.full[FLAG_COLUMN] = RESPONSE_FLAGS[bit];
    for (const v of flagViews) applyView(m, v, ov, false, 0);
  }
}

/** Counts one HTTP record. Always counted (past a budget, under `__overflow__`); returns true. */
export function recordAccess(m: GatewayMetrics, r: AccessRecord): boolean {
  const ov = labelColumns(m, r);
  const traced = recordValues(m, r);
  const now = clock.now;
  const http = m.model.http;
  for (let i = 0; i < http.length; i++) applyView(m, http[i], ov, traced, now);
  applyFlags(m, r.responseFlags, ov);
  return true;
}

/**
 * Counts one HTTP record whose label fields are in `raw` (rec's label fields are ignored and
 * overwritten; its other fields are the record's). Counts exactly what recordAccess counts for the
 * record with those fields decoded; a tuple seen before skips the decoding and every label lookup.
 */
export function recordAccessRaw(m: GatewayMetrics, raw: RawLabels, rec: AccessRecord): boolean {
  const c = m.decided.cache;
  const code = rec.code;
  const slot = c !== null ? findTuple(c, raw, code) : -1;
  if (slot < 0) return recordMiss(m, raw, rec, code);
  const model = m.model;
  const lm = model.labels;
  const ints = c!.ints;
  const o = slot * c!.stride;
  const ov = ints[o + D_OV];
  if ((ov & OV_GATEWAY) !== 0) lm.gateways.overflows++;
  if ((ov & OV_HOST) !== 0) lm.hosts.overflows++;
  const objs = c!.objs;
  const p = slot * c!.objStride;
  const re = objs[p + D_ROUTE] as RouteEntry | null;
  if (re !== null) {
    const hint = ints[o + D_HINT];
    const took = routeHitAt(lm, re, objs[p + D_SAMPLE] as string, hint);
    if (took !== hint) ints[o + D_HINT] = took;
  }
  if ((ov & OV_UPSTREAM) !== 0) lm.upstreams.overflows++;
  const traced = recordValues(m, rec);
  const now = clock.now;
  const http = model.http;
  for (let i = 0; i < http.length; i++) {
    const v = http[i];
    const id = ints[o + D_IDS + i];
    touchSeries(v.table, id < 0 ? ~id : id);
    applySeries(m, v, id, ov, traced, now);
  }
  if (rec.responseFlags !== 0 && model.flag.length > 0) {
    const full = m.full;
    const columns = m.decided.columns;
    for (let k = 0; k < FLAG_COLUMN; k++) full[k] = columns[slot * FLAG_COLUMN + k];
    applyFlags(m, rec.responseFlags, ov);
  }
  return true;
}

function recordMiss(m: GatewayMetrics, raw: RawLabels, rec: AccessRecord, code: number): boolean {
  rawToRecord(raw, rec);
  m.route = null;
  const ov = labelColumns(m, rec);
  const c = m.decided.cache;
  const slot = c !== null ? claimTuple(c, code) : -1;
  const o = slot * (c !== null ? c.stride : 0);
  if (slot >= 0) {
    c!.ints[o + D_OV] = ov;
    // labelColumns sets m.route (TypeScript cannot see it).
    const re = m.route as RouteEntry | null;
    c!.ints[o + D_HINT] = re !== null ? re.slot : -1;
    const p = slot * c!.objStride;
    c!.objs[p + D_ROUTE] = re;
    c!.objs[p + D_SAMPLE] = re !== null ? m.model.labels.lastSample : "";
    const columns = m.decided.columns;
    for (let k = 0; k < FLAG_COLUMN; k++) columns[slot * FLAG_COLUMN + k] = m.full[k];
  }
  const traced = recordValues(m, rec);
  const now = clock.now;
  const http = m.model.http;
  for (let i = 0; i < http.length; i++) {
    const id = applyView(m, http[i], ov, traced, now);
    if (slot >= 0) c!.ints[o + D_IDS + i] = id;
  }
  applyFlags(m, rec.responseFlags, ov);
  return true;
}

/** Counts one TCP connection record. Always counted; returns true. */
export function recordTcp(m: GatewayMetrics, r: TcpRecord): boolean {
  const ov = gatewayColumn(m, r.gateway) | upstreamColumn(m, r.upstreamCluster);
  const vals = m.vals;
  vals[SRC_ONE] = 1;
  vals[SRC_TCP_RECEIVED] = r.receivedBytes;
  vals[SRC_TCP_SENT] = r.sentBytes;
  for (const v of m.model.tcp) applyView(m, v, ov, false, 0);
  return true;
}
