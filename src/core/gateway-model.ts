// The gateway metric model: which families exist (core/catalog.ts, adjusted per metric by config),
// their labels and buckets, and which series table each one counts in.
//
// Metrics with the same label set share one series table (a "view"), so a record resolves each
// distinct label set once: with the defaults, one lookup serves the request counter and all four
// histograms. Dropping a label from a metric moves it to a table without that label, which adds up
// over it. A config reload rebuilds the model but keeps every table and family whose definition did
// not change, numbers and `_created` times included. A redefined family starts empty; where it keeps
// a shared table, Family.since makes its `_created` the reload's time.
import { type Exemplars, newExemplars } from "../store/exemplars.ts";
import { type Histogram, newHistogram } from "../store/histogram.ts";
import type { NativeSettings } from "../store/native-histogram.ts";
import { type Family, type Registry, replaceFamilies } from "../store/registry.ts";
import { collectLabelValues, newSeriesTable, type SeriesTable } from "../store/series.ts";
import { newVector, type Vector } from "../store/vector.ts";
import {
  AVAILABLE_LABELS, expandBuckets, METRIC_DEFS, type MetricDef, type MetricKind, type MetricSettings, NATIVE_MAX_BUCKETS, NATIVE_SCHEMA,
} from "./catalog.ts";
import {
  DEFAULT_LIMITS, DEFAULT_ROUTE, emptyInUse, type InUse, type LabelLimits, type LabelMap, newLabelMap, releaseUnused, type RouteSettings,
} from "./label-map.ts";
import { forgetOverflowSeries, overflowSeries, type SelfMetrics } from "./self-metrics.ts";

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

/**
 * The columns of a record's full label tuple, which every view picks its labels from. The label
 * columns (all but COL_FLAG) depend only on the record's label fields and status code; COL_FLAG is
 * set per response flag while the flag views are counted.
 */
export const COL_GATEWAY = 0, COL_HOST = 1, COL_ROUTE = 2, COL_METHOD = 3, COL_CODE = 4, COL_CODE_CLASS = 5, COL_UPSTREAM = 6;
export const LABEL_COLUMNS = 7;
export const COL_FLAG = LABEL_COLUMNS;
export const COLUMNS = LABEL_COLUMNS + 1;

const COLUMN_OF: Readonly<Record<string, number>> = {
  gateway: COL_GATEWAY, host: COL_HOST, route: COL_ROUTE, method: COL_METHOD, code: COL_CODE, upstream_cluster: COL_UPSTREAM, flag: COL_FLAG,
};

/** Overflow reasons, one bit each; OVERFLOW_LABELS[bit] is the `label` of gatewaymetric_overflow_total. */
export const OV_GATEWAY = 1, OV_HOST = 2, OV_ROUTE = 4, OV_UPSTREAM = 8, OV_SERIES = 16;
const OVERFLOW_LABELS = ["gateway", "host", "route", "upstream_cluster", "series"];

export interface ModelFamily {
  readonly def: MetricDef;
  /** The definition key: a family with the same key on reload is kept, numbers and all. */
  readonly key: string;
  readonly family: Family;
  /** Which value of the record it adds up (catalog.ts SRC_*). */
  readonly src: number;
  /** A counter's values, or null for a histogram. */
  readonly values: Vector | null;
  readonly hist: Histogram | null;
  readonly ex: Exemplars | null;
  /** Overflow counter id per overflow bit, -1 where the family lacks the label. */
  ovIds: Int32Array;
}

export interface View {
  readonly key: string;
  readonly kind: MetricKind;
  readonly table: SeriesTable;
  readonly labels: readonly string[];
  /** For each label of the table, its column in the full tuple. */
  readonly cols: Int32Array;
  /** Scratch tuple handed to the series table. */
  readonly tuple: string[];
  /** Overflow bits that concern this view's labels. */
  readonly ovMask: number;
  readonly families: ModelFamily[];
  /** Smallest series budget among the view's families. */
  limit: number;
}

export interface Model {
  readonly defaultGateway: string;
  readonly labels: LabelMap;
  readonly http: View[];
  readonly flag: View[];
  readonly tcp: View[];
  /** In exposition order. */
  readonly families: ModelFamily[];
  readonly needRoute: boolean;
  readonly needUpstream: boolean;
}

/** A metric's definition once its settings are applied. */
interface Defined {
  name: string;
  help: string;
  labels: string[];
  statusClasses: boolean;
  bounds: number[] | null;
  maxSeries: number;
  exemplars: boolean;
  /** Native buckets beside the classic ones (histograms), or null. */
  native: NativeSettings | null;
}

function define(def: MetricDef, ms: MetricSettings, opts: GatewayMetricsOptions): Defined {
  const labels = ms.labels ? [...ms.labels] : [...def.labels];
  for (const l of labels) if (!AVAILABLE_LABELS[def.kind].includes(l)) throw new Error(`metric ${def.id}: unknown label ${l}`);
  return {
    name: ms.name ?? def.name,
    help: ms.help ?? def.help,
    labels,
    statusClasses: ms.statusClasses ?? false,
    bounds: def.type === "histogram" ? (ms.buckets ? expandBuckets(ms.buckets) : [...def.buckets!]) : null,
    maxSeries: ms.maxSeries ?? opts.maxSeries,
    exemplars: ms.exemplars ?? def.exemplars,
    native: def.type === "histogram" && (ms.native?.enabled ?? def.native ?? false)
      ? { schema: ms.native?.schema ?? NATIVE_SCHEMA, maxBuckets: ms.native?.maxBuckets ?? NATIVE_MAX_BUCKETS }
      : null,
  };
}

function newView(key: string, kind: MetricKind, d: Defined, table: SeriesTable): View {
  let ovMask = OV_SERIES;
  const cols = new Int32Array(d.labels.length);
  d.labels.forEach((l, i) => {
    cols[i] = l === "code" && d.statusClasses ? COL_CODE_CLASS : COLUMN_OF[l];
    const bit = OVERFLOW_LABELS.indexOf(l);
    if (bit >= 0) ovMask |= 1 << bit;
  });
  return { key, kind, table, labels: d.labels, cols, tuple: d.labels.map(() => ""), ovMask, families: [], limit: d.maxSeries };
}

function newModelFamily(def: MetricDef, key: string, d: Defined, table: SeriesTable): ModelFamily {
  const base = { name: d.name, help: d.help, table, since: Date.now() / 1000 };
  if (def.type === "histogram") {
    const hist = newHistogram(d.bounds!, d.native);
    const ex = d.exemplars ? newExemplars(hist.stride) : null;
    const family: Family = { ...base, type: "histogram", hist, ...(ex ? { exemplars: ex } : {}) };
    return { def, key, family, src: def.src, values: null, hist, ex, ovIds: new Int32Array(0) };
  }
  const values = newVector();
  const ex = d.exemplars ? newExemplars(1) : null;
  const family: Family = { ...base, type: "counter", values, ...(ex ? { exemplars: ex } : {}) };
  return { def, key, family, src: def.src, values, hist: null, ex, ovIds: new Int32Array(0) };
}

/**
 * Builds the model for `opts`, reusing from `prev` every table whose label set is unchanged and
 * every family whose definition is unchanged. Registers the families (replacing prev's); throws,
 * leaving `prev` in place and untouched, when that is impossible (a name already taken).
 */
export function buildModel(reg: Registry, self: SelfMetrics | null, opts: GatewayMetricsOptions, prev: Model | null): Model {
  const ttl = opts.ttlSeconds ?? 0;
  const prevViews = new Map<string, View>();
  const prevFamilies = new Map<string, ModelFamily>();
  for (const v of prev ? allViews(prev) : []) {
    prevViews.set(v.key, v);
    for (const f of v.families) prevFamilies.set(f.key, f);
  }
  const views = new Map<string, View>();
  const families: ModelFamily[] = [];
  for (const def of METRIC_DEFS) {
    const ms = opts.metrics?.[def.id] ?? {};
    if (ms.enabled === false) continue;
    const d = define(def, ms, opts);
    const vkey = `${def.kind}|${d.labels.join(",")}|${d.statusClasses ? "classes" : "codes"}`;
    let v = views.get(vkey);
    if (v === undefined) {
      const old = prevViews.get(vkey);
      v = newView(vkey, def.kind, d, old ? old.table : newSeriesTable(d.labels, d.maxSeries, ttl));
      views.set(vkey, v);
    } else {
      v.limit = Math.min(v.limit, d.maxSeries);
    }
    const fkey = JSON.stringify([def.id, d.name, d.help, d.bounds, vkey, d.exemplars, d.native]);
    const f = prevFamilies.get(fkey) ?? newModelFamily(def, fkey, d, v.table);
    v.families.push(f);
    families.push(f);
  }
  replaceFamilies(reg, prev ? prev.families.map((f) => f.family) : [], families.map((f) => f.family), 0);
  // Registered: from here on nothing can fail, and the previous model may be changed.
  for (const v of views.values()) {
    v.table.limit = v.limit;
    v.table.ttl = ttl;
    for (const f of v.families) f.ovIds = overflowIds(self, f, v.ovMask);
  }
  if (self !== null) forgetOverflowSeries(self, new Set(families.map((f) => f.family.name)));
  const all = [...views.values()];
  const model: Model = {
    defaultGateway: opts.defaultGateway,
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

function overflowIds(self: SelfMetrics | null, f: ModelFamily, ovMask: number): Int32Array {
  const ids = new Int32Array(OVERFLOW_LABELS.length).fill(-1);
  if (self === null) return ids;
  OVERFLOW_LABELS.forEach((label, bit) => {
    if (ovMask & (1 << bit)) ids[bit] = overflowSeries(self, f.family.name, label);
  });
  return ids;
}

function allViews(model: Model): View[] {
  return [...model.http, ...model.flag, ...model.tcp];
}

/** Budgeted label values carried by live series of the model's tables. */
export function inUse(model: Model): InUse {
  const used = emptyInUse();
  for (const v of allViews(model)) {
    v.labels.forEach((label, k) => {
      const set = used[label as keyof InUse];
      if (set !== undefined) collectLabelValues(v.table, k, set);
    });
  }
  return used;
}
