// Mixer `metric` template as Istio 1.4's in-tree prometheus adapter handles it, with its handler params
// (`adapter.prometheus.config.Params`, so operators moving off it keep them): each MetricInfo is one
// family, fed by the instances it names.
// Mixer never says which handler a call is for, so params are known by their bytes: compiled ones are
// cached (bounded), and a family lives while some cached params define it. Nothing about params costs
// more than their bytes before they are counted within mixer.maxMetrics.
import { adapter, google, metric } from "../generated/codecs.js";
import type { istio } from "../generated/codecs.js";
import { Reader } from "protobufjs/minimal.js";
import {
  type DefError, type DynamicDef, type DynamicFamily, type DynamicMetrics, defineFamilies, MAX_BUCKETS, MAX_LABELS, removeFamilies, setMaxSeries, updateFamily,
} from "../core/dynamic-metrics.ts";
import type { Pipeline } from "../core/pipeline.ts";
import { countEntries, countMessageRejected, type RejectReason } from "../core/self-metrics.ts";
import { valueSeconds, valueText } from "./mixer-values.ts";
import { rangeIs } from "./wire.ts";
import { BATCH_ENTRIES, flushTally, newTally, reject, type Tally } from "./tally.ts";
import { decodeBody, lenientReader } from "./body.ts";

export const METRIC_PATH = "/metric.HandleMetricService/HandleMetric";
export const PROMETHEUS_PARAMS_TYPE_URL = "type.googleapis.com/adapter.prometheus.config.Params";

/** The prometheus adapter's defaults: namespace, and prometheus.DefBuckets. */
const DEFAULT_NAMESPACE = "istio";
const DEFAULT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Accepted params kept compiled: at most PARAMS_CACHE, at most PARAMS_CACHE_BYTES beyond the newest; LRU. */
const PARAMS_CACHE = 8;
const PARAMS_CACHE_BYTES = 4 * 1024 * 1024;
/** Refused params remembered with their error, so a repeated bad params is not decoded again; larger ones are not kept. */
const REFUSED_CACHE = 8;
const REFUSED_MAX_BYTES = 64 * 1024;
/** Distinct rejection reasons logged per params, so a misfit instance warns once, not per call. */
const WARN_LIMIT = 64;

type MetricInfo = adapter.prometheus.config.Params.MetricInfo.$Properties;
type Buckets = adapter.prometheus.config.Params.MetricInfo.BucketsDefinition.$Properties;
type Value = istio.policy.v1beta1.IValue;

interface Binding {
  /** Index of the instance's metric in Compiled.defs. */
  index: number;
  /** Valid while the params' generation equals DynamicMetrics.generation. */
  family: DynamicFamily;
  /** Per label: the dimension keys that may carry it (sanitized name, then the name as written). */
  dimensionKeys: string[][];
}

/** Accepted params: their families' definitions and which instance feeds which. */
interface Compiled {
  bytes: Uint8Array;
  defs: DynamicDef[];
  /** The distinct family names of defs: what these params hold in MixerMetricState.owners. */
  names: string[];
  bindings: Map<string, Binding>;
  generation: number;
  /** Unix seconds when a call last carried these params (read per call: the sweep's clock ticks only every second). */
  used: number;
  warned: Set<string>;
}

type Refused = { bytes: Uint8Array; error: string };

export interface MixerMetricState {
  readonly dyn: DynamicMetrics;
  /** Most MetricInfos one handler params may hold (mixer.maxMetrics); more refuse the params unread. */
  maxMetrics: number;
  /** Seconds accepted params may go without a call before they are forgotten (expiry.ttl); 0 = never. */
  ttl: number;
  /** Accepted params, most recently used first. */
  cache: Compiled[];
  cacheBytes: number;
  /** Refused params, most recently seen first. */
  refused: Refused[];
  /** Per family name: how many cached params define it; a family goes with the last of them. */
  readonly owners: Map<string, number>;
  /** Unix seconds of the last warning that params in use were pushed out of the cache. */
  warnedEviction: number;
  warn: (msg: string, fields: Record<string, unknown>) => void;
}

export function newMixerMetricState(dyn: DynamicMetrics, warn: MixerMetricState["warn"], maxMetrics = 300, ttl = 0): MixerMetricState {
  return { dyn, maxMetrics, ttl, cache: [], cacheBytes: 0, refused: [], owners: new Map(), warnedEviction: 0, warn };
}

/** The prometheus adapter's safeName: leading `/` dropped, `/` `.` and space → `_`, `-` removed. */
function safeName(n: string): string {
  const s = n.startsWith("/") ? n.slice(1) : n;
  return s.replace(/[/. ]/g, "_").replace(/-/g, "");
}

// Go's strconv.ParseFloat for decimal text; linear on any input (`\d+\.?\d*` backtracks
// quadratically over long digit runs, see GO_PART in core/duration.ts).
const FLOAT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The value as the prometheus adapter read it: numbers as they are, durations in seconds, decimal text. */
function metricValue(v: Value | null | undefined): number {
  if (v?.value !== "string_value") return valueSeconds(v);
  return FLOAT.test(v.string_value!) ? Number(v.string_value) : NaN;
}

function bucketsOf(b: Buckets | null | undefined, at: string): number[] | string {
  switch (b?.definition) {
    case "explicit_buckets": {
      const bounds = b.explicit_buckets?.bounds ?? [];
      // Like the Prometheus client: no bounds means the defaults, a trailing +Inf is implied anyway.
      if (bounds.length === 0) return DEFAULT_BUCKETS;
      return bounds[bounds.length - 1] === Infinity ? bounds.slice(0, -1) : bounds;
    }
    case "linear_buckets":
    case "exponential_buckets": {
      const def = b.definition;
      const n = b[def]?.num_finite_buckets ?? 0;
      if (n < 0 || n >= MAX_BUCKETS) return `${at}.${def}.num_finite_buckets: must be 0 to ${MAX_BUCKETS - 1}, got ${n}`;
      const out: number[] = [];
      if (def === "linear_buckets") {
        const width = b.linear_buckets!.width ?? 0;
        if (n > 0 && !(width > 0)) return `${at}.linear_buckets.width: must be greater than 0, got ${width}`;
        // Repeated addition, as prometheus.LinearBuckets does, so the `le` values match the Go adapter's.
        for (let i = 0, x = b.linear_buckets!.offset ?? 0; i <= n; i++, x += width) out.push(x);
        return out;
      }
      const scale = b.exponential_buckets!.scale ?? 0;
      const growth = b.exponential_buckets!.growth_factor ?? 0;
      if (!(scale > 0)) return `${at}.exponential_buckets.scale: must be greater than 0, got ${scale}`;
      if (!(growth > 1)) return `${at}.exponential_buckets.growth_factor: must be greater than 1, got ${growth}`;
      for (let i = 0, x = scale; i <= n; i++, x *= growth) out.push(x);
      return out;
    }
    default:
      return DEFAULT_BUCKETS;
  }
}

const KINDS: Record<number, DynamicDef["kind"]> = { 1: "gauge", 2: "counter", 3: "histogram" };

function defError(e: DefError, infos: MetricInfo[]): string {
  const at = `adapter_config: metrics[${e.index}]`;
  const m = infos[e.index];
  switch (e.part) {
    case "name": return `${at}.${m.name ? "name" : "instance_name"}: ${e.reason}`;
    case "labelNames": return `${at}.label_names[${e.item}]: ${e.reason}`;
    case "buckets":
      if (m.buckets?.definition === "explicit_buckets" && e.item !== undefined) return `${at}.buckets.explicit_buckets.bounds[${e.item}]: ${e.reason}`;
      return `${at}.buckets: ${e.reason}`;
  }
}

const METRICS_TAG = (1 << 3) | 2; // Params.metrics, length-delimited
const LABEL_NAMES_TAG = (6 << 3) | 2; // MetricInfo.label_names, length-delimited

/** Counts metrics and label names on the wire, refusing too many in linear time before decoding; null: fine or unparseable. */
function tooMany(bytes: Uint8Array, maxMetrics: number): string | null {
  const r = Reader.create(bytes);
  let metrics = 0;
  try {
    while (r.pos < r.len) {
      const tag = r.uint32();
      if (tag !== METRICS_TAG) {
        r.skipType(tag & 7);
        continue;
      }
      if (++metrics > maxMetrics) return `adapter_config: metrics: more than ${maxMetrics}; at most mixer.maxMetrics (${maxMetrics}) metrics per handler are allowed`;
      const end = r.uint32() + r.pos;
      let labels = 0;
      while (r.pos < end) {
        const t = r.uint32();
        if (t === LABEL_NAMES_TAG && ++labels > MAX_LABELS) return `adapter_config: metrics[${metrics - 1}].label_names: more than ${MAX_LABELS}; at most ${MAX_LABELS} are allowed`;
        r.skipType(t & 7);
      }
    }
  } catch {
    return null;
  }
  return null;
}

/** Decodes and checks handler params into family definitions and instance bindings; an error text if refused. */
function compile(state: MixerMetricState, bytes: Uint8Array): Omit<Compiled, "bytes" | "generation" | "used" | "warned"> | string {
  const many = tooMany(bytes, state.maxMetrics);
  if (many !== null) return many;
  let params: adapter.prometheus.config.Params;
  try {
    params = adapter.prometheus.config.Params.decode(lenientReader(bytes));
  } catch (e) {
    return `adapter_config: not an adapter.prometheus.config.Params: ${(e as Error).message}`;
  }
  const infos = params.metrics;
  const defs: DynamicDef[] = [];
  for (let i = 0; i < infos.length; i++) {
    const m = infos[i];
    const at = `adapter_config: metrics[${i}]`;
    const kind = KINDS[m.kind ?? 0];
    if (!kind) return `${at}.kind: must be GAUGE, COUNTER or DISTRIBUTION, got ${m.kind ?? 0}`;
    const raw = m.name || m.instance_name || "";
    if (raw === "") return `${at}.name: empty, and instance_name is empty too`;
    const ns = m.namespace ? safeName(m.namespace) : DEFAULT_NAMESPACE;
    const buckets = kind === "histogram" ? bucketsOf(m.buckets, `${at}.buckets`) : [];
    if (typeof buckets === "string") return buckets;
    const labelNames = (m.label_names ?? []).map(safeName);
    defs.push({ name: ns + "_" + safeName(raw), help: m.description || raw, kind, labelNames, buckets });
  }
  const families = defineFamilies(state.dyn, defs);
  if (!Array.isArray(families)) return defError(families, infos);
  const bindings = new Map<string, Binding>();
  for (let i = 0; i < infos.length; i++) {
    const m = infos[i];
    const instance = m.instance_name ?? "";
    // Defined but fed by no instance (Mixer always names instances), as in the prometheus adapter.
    if (instance === "") continue;
    if (bindings.has(instance)) state.warn("two metrics name the same instance_name; the later one wins, as in the prometheus adapter", { instance_name: instance, metric: defs[i].name });
    const written = m.label_names ?? [];
    bindings.set(instance, {
      index: i,
      family: families[i],
      dimensionKeys: defs[i].labelNames.map((l, j) => (written[j] === l ? [l] : [l, written[j]])),
    });
  }
  if (params.metrics_expiration_policy) {
    state.warn("metrics_expiration_policy is not supported: series are kept while the params are in use", {});
  }
  return { defs, names: [...new Set(defs.map((d) => d.name))], bindings };
}

function find<T extends { bytes: Uint8Array }>(list: T[], bytes: Uint8Array): T | null {
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (!rangeIs(bytes, 0, bytes.length, c.bytes)) continue;
    if (i > 0) {
      list.splice(i, 1);
      list.unshift(c);
    }
    return c;
  }
  return null;
}

/** The compiled params for this call's adapter_config, compiling (and caching) new ones; an error text if refused. */
function paramsFor(state: MixerMetricState, any: { type_url?: string | null; value?: Uint8Array | null } | null | undefined): Compiled | string {
  if (!any || !any.value) {
    return "adapter_config: missing; the Mixer adapter CR needs session_based: false and the prometheus Params descriptor in its config";
  }
  if (any.type_url && any.type_url !== PROMETHEUS_PARAMS_TYPE_URL) {
    return `adapter_config.type_url: expected ${PROMETHEUS_PARAMS_TYPE_URL}, got ${any.type_url}`;
  }
  const bytes = any.value;
  const now = Date.now() / 1000;
  const known = find(state.cache, bytes);
  if (known !== null) {
    known.used = now;
    // Another handler's params replaced a family these define: define them again (unchanged ones are kept).
    return known.generation === state.dyn.generation ? known : rebind(state, known);
  }
  const refused = find(state.refused, bytes);
  if (refused !== null) return refused.error;
  const r = compile(state, bytes);
  if (typeof r === "string") return refuse(state, bytes, r);
  const c: Compiled = { ...r, bytes: new Uint8Array(bytes), generation: state.dyn.generation, used: now, warned: new Set() };
  for (const n of c.names) state.owners.set(n, (state.owners.get(n) ?? 0) + 1);
  state.cache.unshift(c);
  state.cacheBytes += c.bytes.length;
  while (state.cache.length > PARAMS_CACHE || (state.cache.length > 1 && state.cacheBytes > PARAMS_CACHE_BYTES)) {
    const old = state.cache[state.cache.length - 1];
    // Warned at most once a minute: a sender cycling through many params must not flood the log.
    if ((state.ttl === 0 || old.used > now - state.ttl) && now - state.warnedEviction > 60) {
      state.warnedEviction = now;
      state.warn("more distinct handler params in use than the cache holds: the least recently used are forgotten, and their metrics with them", { cached: PARAMS_CACHE });
    }
    forget(state, old);
  }
  return c;
}

function rebind(state: MixerMetricState, c: Compiled): Compiled | string {
  const families = defineFamilies(state.dyn, c.defs);
  if (!Array.isArray(families)) {
    // Only a gatewaymetric family taking one of the names (a reload) makes accepted params fail.
    forget(state, c);
    return refuse(state, c.bytes, `adapter_config: metrics[${families.index}]: ${families.reason}`);
  }
  for (const b of c.bindings.values()) b.family = families[b.index];
  c.generation = state.dyn.generation;
  c.warned.clear();
  return c;
}

function refuse(state: MixerMetricState, bytes: Uint8Array, error: string): string {
  if (bytes.length <= REFUSED_MAX_BYTES) {
    // Copies (Buffer#slice is a view): a view would pin the whole request it came from.
    state.refused.unshift({ bytes: new Uint8Array(bytes), error });
    if (state.refused.length > REFUSED_CACHE) state.refused.pop();
  }
  return error;
}

function forget(state: MixerMetricState, c: Compiled): void {
  const i = state.cache.indexOf(c);
  if (i < 0) return;
  state.cache.splice(i, 1);
  state.cacheBytes -= c.bytes.length;
  const gone: string[] = [];
  for (const n of c.names) {
    const left = (state.owners.get(n) ?? 1) - 1;
    if (left > 0) state.owners.set(n, left);
    else {
      state.owners.delete(n);
      gone.push(n);
    }
  }
  removeFamilies(state.dyn, gone);
}

/** Forgets params no call carried for `ttl` seconds, with the families only they define. */
export function sweepMixerMetric(state: MixerMetricState, now: number): void {
  if (state.ttl <= 0) return;
  for (const c of state.cache.filter((c) => c.used < now - state.ttl)) forget(state, c);
}

/** Applies reloadable settings: the series budgets (each family's, all together), the metric limit, the params ttl. */
export function reconfigureMixerMetric(state: MixerMetricState, o: { maxSeries: number; maxTotalSeries: number; maxMetrics: number; ttl: number }): void {
  setMaxSeries(state.dyn, o.maxSeries, o.maxTotalSeries);
  state.maxMetrics = o.maxMetrics;
  state.ttl = o.ttl;
  // Params refused under the old limit may pass now; accepted ones it no longer allows are forgotten.
  state.refused.length = 0;
  for (const c of state.cache.filter((c) => c.defs.length > o.maxMetrics)) forget(state, c);
}

type Dims = { [k: string]: Value };

/** The label values of one instance, or why its dimensions do not fit the metric's labels. */
function labelValues(b: Binding, dims: Dims, out: string[]): string | null {
  out.length = b.dimensionKeys.length;
  for (let j = 0; j < b.dimensionKeys.length; j++) {
    const keys = b.dimensionKeys[j];
    let v: Value | undefined;
    for (let k = 0; k < keys.length && v === undefined; k++) if (Object.hasOwn(dims, keys[k])) v = dims[keys[k]];
    if (v === undefined) return `has no dimension ${keys[0]}`;
    out[j] = valueText(v);
  }
  return null;
}

const scratch: string[] = [];

/** updateFamily's refusal when the family's series budget is spent; any other refusal is the value's. */
const SERIES_LIMIT = "series limit reached";

/** Decodes and counts one call; throws if malformed or the params are refused (bad_params: the message and each instance). */
export function ingestMetric(state: MixerMetricState, p: Pipeline, body: Uint8Array): Tally {
  const req = decodeBody(p, "mixer_metric", (r) => readRequest(r, null), body);
  const compiled = paramsFor(state, req.adapter_config);
  if (typeof compiled === "string") {
    countEntries(p.self, "mixer_metric", "rejected", req.n, "bad_params");
    countMessageRejected(p.self, "mixer_metric", "bad_params");
    throw new Error(compiled);
  }
  const bindings = compiled.bindings;
  const t = newTally();
  const each = (inst: Instance) => {
    const name = inst.name ?? "";
    const b = bindings.get(name);
    let why: string | null = "has no metric in the handler params (no MetricInfo with this instance_name)";
    let reason: RejectReason = "unknown_instance";
    if (b) {
      why = labelValues(b, (inst.dimensions ?? {}) as Dims, scratch);
      reason = "missing_dimension";
      if (why === null) {
        const v = metricValue(inst.value);
        why = Number.isNaN(v) ? "value is not a number, duration or numeric string" : updateFamily(state.dyn, b.family, scratch, v);
        reason = why === SERIES_LIMIT ? "series_budget" : "bad_value";
      }
    }
    if (why === null) t.accepted++;
    else {
      reject(t, reason);
      warnOnce(state, compiled, name, why);
    }
  };
  // More instances than one batch were checked and dropped: decode them again, one at a time.
  if (req.instances === null) readRequest(lenientReader(body), each);
  else req.instances.forEach(each);
  flushTally(p, "mixer_metric", t);
  return t;
}

type Instance = metric.InstanceMsg;
type Any = metric.HandleMetricRequest["adapter_config"];
// The generated decode also takes (end group, depth, merge target); its typings list only two.
type Decode<T> = (r: Reader, length: number, end: undefined, depth: number, target?: T) => T;
const decodeInstance = metric.InstanceMsg.decode as unknown as Decode<Instance>;
const decodeAny = google.protobuf.Any.decode as unknown as Decode<NonNullable<Any>>;

interface Request {
  adapter_config: Any;
  n: number;
  /** The instances, or null when there were more than BATCH_ENTRIES (decoded, checked and dropped). */
  instances: Instance[] | null;
}

/** HandleMetricRequest as its codec decodes it, but one instance at a time: a huge call never holds them all at once. */
function readRequest(r: Reader, each: ((inst: Instance) => void) | null): Request {
  const out: Request = { adapter_config: null, n: 0, instances: [] };
  // The codec's loop (metric.HandleMetricRequest.decode), the same checks in the same order.
  while (r.pos < r.len) {
    const tag = r.tag();
    const wt = tag & 7;
    const f = tag >>> 3;
    if (wt === 2 && f === 1) {
      const inst = decodeInstance(r, r.size(), undefined, 1);
      out.n++;
      if (each !== null) each(inst);
      else if (out.instances !== null) {
        if (out.n > BATCH_ENTRIES) out.instances = null;
        else out.instances.push(inst);
      }
    } else if (wt === 2 && f === 2) out.adapter_config = decodeAny(r, r.size(), undefined, 1, out.adapter_config ?? undefined);
    else r.skipType(wt, 0, f); // dedup_id (3) too: skipping a string checks what reading it does
  }
  return out;
}

function warnOnce(state: MixerMetricState, c: Compiled, instance: string, why: string): void {
  const key = instance + "\u0000" + why;
  if (c.warned.has(key) || c.warned.size >= WARN_LIMIT) return;
  c.warned.add(key);
  state.warn("metric instance not counted (further ones like it are counted in gatewaymetric_entries_total only)", { instance, reason: why });
}
