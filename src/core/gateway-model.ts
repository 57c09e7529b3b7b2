// The gateway metric model: which families exist (catalog.ts, adjusted by config), their labels and
// buckets, and the series table each counts in. Metrics with the same label set share one table (a
// "view"), so a record resolves each label set once: by default one lookup serves the request
// counter and all four histograms. A reload keeps every table and family whose definition did not
// change, numbers and `_created` included; a redefined family starts empty (Family.since).
//
// Extra labels (config `extraLabels`) are columns after the built-in ones, their values in
// AccessRecord.extra; they go on every HTTP and flag metric unless its `labels:` leaves them out.
import { newExemplars } from "../store/exemplars.ts";
import { newHistogram } from "../store/histogram.ts";
import type { NativeSettings } from "../store/native-histogram.ts";
import { type Family, type Registry, replaceFamilies } from "../store/registry.ts";
import { newSeriesTable, type SeriesTable } from "../store/series.ts";
import { newVector } from "../store/vector.ts";
import {
  AVAILABLE_LABELS, expandBuckets, MAX_EXTRA_LABELS, METRIC_DEFS, type MetricDef, type MetricKind, type MetricSettings, NATIVE_MAX_BUCKETS,
  NATIVE_SCHEMA,
} from "./catalog.ts";
import {
  DEFAULT_LIMITS, DEFAULT_ROUTE, type LabelLimits, type LabelMap, newLabelMap, releaseUnused, type RouteSettings,
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
  /** Idle seconds before a series expires; 0 = never. */
  ttlSeconds?: number;
  metrics?: Record<string, MetricSettings>;
  /** Extra labels, in the order of AccessRecord.extra (at most MAX_EXTRA_LABELS). */
  extraLabels?: ExtraLabelOptions[];
  /** Slots of the raw label tuple cache (recordAccessRaw); 0 turns it off. Default TUPLE_SLOTS. */
  tupleCacheSlots?: number;
}

export interface ExtraLabelOptions {
  name: string;
  maxValues: number;
  /** Where senders read the value, opaque here: families carrying the label start afresh when it changes. */
  source: string;
}

/**
 * Columns of a record's full label tuple, which every view picks from. Label columns (below
 * Model.labelColumns; extra label k is COL_EXTRA + k) depend only on the record's label fields and
 * code; COL_FLAG is set per response flag while the flag views are counted.
 */
export const COL_GATEWAY = 0, COL_HOST = 1, COL_ROUTE = 2, COL_METHOD = 3, COL_CODE = 4, COL_CODE_CLASS = 5, COL_UPSTREAM = 6;
export const COL_EXTRA = 7;
export const COL_FLAG = COL_EXTRA + MAX_EXTRA_LABELS;
export const COLUMNS = COL_FLAG + 1;

const COLUMN_OF: Readonly<Record<string, number>> = {
  gateway: COL_GATEWAY, host: COL_HOST, route: COL_ROUTE, method: COL_METHOD, code: COL_CODE, upstream_cluster: COL_UPSTREAM, flag: COL_FLAG,
};

/** Overflow bits: `label` of gatewaymetric_overflow_total is OVERFLOW_LABELS[bit]; extra label k is OV_EXTRA << k. */
export const OV_GATEWAY = 1, OV_HOST = 2, OV_ROUTE = 4, OV_UPSTREAM = 8, OV_SERIES = 16, OV_EXTRA = 32;
const OVERFLOW_LABELS = ["gateway", "host", "route", "upstream_cluster", "series"];

/**
 * A family as the model counts it: `key` (the same key on reload keeps it, numbers and all), `src`
 * (the record value it adds up, catalog.ts SRC_*), `ovIds` (overflow counter id per bit, -1: no such label).
 */
export type ModelFamily = ReturnType<typeof newModelFamily>;

/** A series table shared by families with one label set: `cols` is each label's column in the full tuple. */
export type View = ReturnType<typeof newView>;

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
  /** Extra labels configured; labelColumns is COL_EXTRA + extras. */
  readonly extras: number;
  readonly labelColumns: number;
}

/** A metric's definition once its settings are applied. */
function define(def: MetricDef, ms: MetricSettings, opts: GatewayMetricsOptions, extras: readonly string[]) {
  const mine = def.kind === "tcp" ? [] : extras;
  const labels = ms.labels ? [...ms.labels] : [...def.labels, ...mine];
  for (const l of labels) if (!AVAILABLE_LABELS[def.kind].includes(l) && !mine.includes(l)) throw new Error(`metric ${def.id}: unknown label ${l}`);
  return {
    name: ms.name ?? def.name,
    help: ms.help ?? def.help,
    labels,
    statusClasses: ms.statusClasses ?? false,
    bounds: def.type === "histogram" ? (ms.buckets ? expandBuckets(ms.buckets) : [...def.buckets!]) : null,
    maxSeries: ms.maxSeries ?? opts.maxSeries,
    exemplars: ms.exemplars ?? def.exemplars,
    native: def.type === "histogram" && (ms.native?.enabled ?? def.native ?? false)
      ? { schema: ms.native?.schema ?? NATIVE_SCHEMA, maxBuckets: ms.native?.maxBuckets ?? NATIVE_MAX_BUCKETS } as NativeSettings
      : null,
  };
}

/** `overflowLabels` ends with the extra labels, in the order of their columns. */
function newView(key: string, kind: MetricKind, d: ReturnType<typeof define>, table: SeriesTable, overflowLabels: readonly string[]) {
  let ovMask = OV_SERIES;
  const cols = new Int32Array(d.labels.length);
  d.labels.forEach((l, i) => {
    const bit = overflowLabels.indexOf(l);
    if (bit >= 0) ovMask |= 1 << bit;
    const extra = bit - OVERFLOW_LABELS.length;
    cols[i] = l === "code" && d.statusClasses ? COL_CODE_CLASS : extra >= 0 ? COL_EXTRA + extra : COLUMN_OF[l];
  });
  // tuple: scratch handed to the series table; limit: the smallest budget among the families.
  const families: ModelFamily[] = [];
  return { key, kind, table, labels: d.labels, cols, tuple: d.labels.map(() => ""), ovMask, families, limit: d.maxSeries };
}

function newModelFamily(def: MetricDef, key: string, d: ReturnType<typeof define>, table: SeriesTable) {
  const hist = def.type === "histogram" ? newHistogram(d.bounds!, d.native) : null;
  const values = hist === null ? newVector() : null;
  const ex = d.exemplars ? newExemplars(hist !== null ? hist.stride : 1) : null;
  const base = { name: d.name, help: d.help, table, since: Date.now() / 1000, ...(ex ? { exemplars: ex } : {}) };
  const family: Family = hist !== null ? { ...base, type: "histogram", hist } : { ...base, type: "counter", values: values! };
  return { def, key, family, src: def.src, values, hist, ex, ovIds: new Int32Array(0) };
}

/**
 * Builds and registers the model for `opts`, reusing prev's unchanged tables and families; throws,
 * leaving `prev` untouched, when registering is impossible (a name already taken).
 */
export function buildModel(reg: Registry, self: SelfMetrics | null, opts: GatewayMetricsOptions, prev: Model | null): Model {
  const ttl = opts.ttlSeconds ?? 0;
  const prevViews = new Map<string, View>();
  const prevFamilies = new Map<string, ModelFamily>();
  for (const v of prev ? allViews(prev) : []) {
    prevViews.set(v.key, v);
    for (const f of v.families) prevFamilies.set(f.key, f);
  }
  const extras = opts.extraLabels ?? [];
  if (extras.length > MAX_EXTRA_LABELS) throw new Error(`at most ${MAX_EXTRA_LABELS} extra labels`);
  const extraNames = extras.map((x) => x.name);
  const overflowLabels = [...OVERFLOW_LABELS, ...extraNames];
  const views = new Map<string, View>();
  const families: ModelFamily[] = [];
  for (const def of METRIC_DEFS) {
    const ms = opts.metrics?.[def.id] ?? {};
    if (ms.enabled === false) continue;
    const d = define(def, ms, opts, extraNames);
    // An extra label's source is part of the key: a table whose values would mean something else starts afresh.
    const sources = extras.filter((x) => d.labels.includes(x.name)).map((x) => JSON.stringify([x.name, x.source]));
    const vkey = `${def.kind}|${d.labels.join(",")}|${d.statusClasses ? "classes" : "codes"}|${sources.join(",")}`;
    let v = views.get(vkey);
    if (v === undefined) {
      const old = prevViews.get(vkey);
      v = newView(vkey, def.kind, d, old ? old.table : newSeriesTable(d.labels, d.maxSeries, ttl), overflowLabels);
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
    for (const f of v.families) {
      f.ovIds = new Int32Array(overflowLabels.length).fill(-1);
      if (self === null) continue;
      overflowLabels.forEach((label, bit) => {
        if (v.ovMask & (1 << bit)) f.ovIds[bit] = overflowSeries(self, f.family.name, label);
      });
    }
  }
  if (self !== null) {
    const keep = new Map<string, Set<string>>();
    for (const f of families) keep.set(f.family.name, new Set(overflowLabels.filter((_, bit) => f.ovIds[bit] >= 0)));
    forgetOverflowSeries(self, keep);
  }
  const all = [...views.values()];
  const model: Model = {
    defaultGateway: opts.defaultGateway,
    labels: newLabelMap({ limits: opts.limits ?? DEFAULT_LIMITS, extras, hostAllow: opts.hostAllow ?? [], route: opts.route ?? DEFAULT_ROUTE }),
    http: all.filter((v) => v.kind === "http"),
    flag: all.filter((v) => v.kind === "flag"),
    tcp: all.filter((v) => v.kind === "tcp"),
    families,
    needRoute: all.some((v) => v.labels.includes("route")),
    needUpstream: all.some((v) => v.labels.includes("upstream_cluster")),
    extras: extras.length,
    labelColumns: COL_EXTRA + extras.length,
  };
  releaseUnused(model.labels, all);
  return model;
}

export function allViews(model: Model): View[] {
  return [...model.http, ...model.flag, ...model.tcp];
}
