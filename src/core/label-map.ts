// Free-form record fields (gateway, host, path or route name, upstream cluster) → clean, bounded
// label values: each raw value is resolved once into an entry kept in a bounded memo.
//
// Budgets: each label admits at most `limit` distinct values, then `__overflow__`. A value holds its
// place while a live series carries it (releaseUnused frees it after expiry). Entries remember the
// budget generation they were decided in, so the hot path never consults the budget itself.
import { cleanLabel } from "./labels.ts";
import { type Memo, memoGet, memoSet, memoSize, newMemo } from "./memo.ts";
import { compileTemplates, matchTemplate, type RouteTemplate, type TemplateTrie } from "./route-templates.ts";
import { newSketch, type RouteSource, type Sketch, sketchHit, sketchKey, sketchTop } from "./route-stats.ts";
import { DEFAULT_MAX_SEGMENTS, normalizePath, queryStart } from "./routes.ts";
import { collectLabelValues, OVERFLOW, type SeriesTable } from "../store/series.ts";

/** A host not on the allow-list. */
const OTHER = "__other__";

/** Distinct values per label; `routes` does not count templates, `labelValues` is per other label. */
export interface LabelLimits {
  hosts: number;
  routes: number;
  labelValues: number;
  /** Longest label value in UTF-8 bytes; longer ones are cut and end with `…`. */
  labelValueBytes: number;
}

export interface RouteSettings {
  /** Use the sender's route name (Envoy route_name) as `route` when there is one. */
  fromRouteName: boolean;
  /** Folded paths keep this many segments, then `/…`. */
  maxSegments: number;
  templates: RouteTemplate[];
}

interface LabelMapSettings {
  limits: LabelLimits;
  /** In the order of AccessRecord.extra. */
  extras: readonly { name: string; maxValues: number }[];
  hostAllow: string[];
  route: RouteSettings;
}

export const DEFAULT_LIMITS: LabelLimits = { hosts: 1000, routes: 2000, labelValues: 1000, labelValueBytes: 256 };
export const DEFAULT_ROUTE: RouteSettings = { fromRouteName: false, maxSegments: DEFAULT_MAX_SEGMENTS, templates: [] };

/** Raw values remembered per memo generation (a memo holds at most two generations). */
export const MEMO_ENTRIES = 8192;

/** One budgeted label: its admitted values, and its memo of raw value → entry. */
interface Domain<E extends Entry = Entry> {
  readonly label: string;
  readonly limit: number;
  admitted: Set<string>;
  gen: number;
  /** Observations that got `__overflow__` from this budget (all families together). */
  overflows: number;
  /** For `route`, keyed by route name (paths have their matcher's memo). */
  readonly memo: Memo<E>;
}

export interface Entry {
  readonly value: string;
  /** `value`, or `__overflow__` when the budget had no room for it. */
  label: string;
  over: boolean;
  gen: number;
  /** Bounded by configuration (templates, allow-list) or empty: never takes budget. */
  readonly exempt: boolean;
}

interface Matcher {
  /** Templates of one host, tried before the global ones. */
  readonly own: TemplateTrie | null;
  readonly memo: Memo<RouteEntry>;
}

interface HostEntry extends Entry {
  readonly matcher: Matcher;
}

export interface RouteEntry extends Entry {
  /** The raw path as the debug sketch keeps it ("" for a route-name entry: the path varies). */
  readonly sample: string;
  readonly source: RouteSource;
  sketch: Sketch | null;
  slot: number;
}

export interface LabelMap {
  readonly settings: LabelMapSettings;
  readonly gateways: Domain;
  readonly hosts: Domain<HostEntry>;
  readonly routes: Domain<RouteEntry>;
  readonly upstreams: Domain;
  /** Per extra label, index as AccessRecord.extra. */
  readonly extras: Domain[];
  readonly global: TemplateTrie;
  readonly globalMatcher: Matcher;
  readonly hostMatchers: Map<string, Matcher>;
  readonly allow: Map<string, string> | null;
  readonly templateLabels: Set<string>;
  /** Debug sketches by route label: admitted routes, templates and `__overflow__` only. */
  readonly sketches: Map<string, Sketch>;
  /** The sketch key routeEntry last counted. */
  lastSample: string;
}

function newDomain<E extends Entry>(label: string, limit: number): Domain<E> {
  return { label, limit, admitted: new Set(), gen: 0, overflows: 0, memo: newMemo(MEMO_ENTRIES) };
}

/** `Shop.Example.com:8080` → `shop.example.com`; `[::1]:80` → `[::1]`. */
function hostKey(raw: string): string {
  const lower = raw.toLowerCase();
  if (lower.startsWith("[")) {
    const end = lower.indexOf("]");
    return end > 0 ? lower.slice(0, end + 1) : lower;
  }
  const colon = lower.lastIndexOf(":");
  if (colon < 0 || lower.indexOf(":") !== colon) return lower;
  for (let i = colon + 1; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 48 || c > 57) return lower;
  }
  return lower.slice(0, colon);
}

/**
 * Host / :authority → `host` label: lower-cased, `:80` and `:443` dropped whatever the scheme, as
 * not every sender says which scheme was used (Istio's OTLP line, Mixer logentry): a sender-dependent
 * label would split one host in two. Other ports stay (`a.example:8443`).
 */
export function hostLabel(raw: string): string {
  const lower = raw.toLowerCase();
  if (lower.length > 3 && lower.endsWith(":80")) return lower.slice(0, -3);
  if (lower.length > 4 && lower.endsWith(":443")) return lower.slice(0, -4);
  return lower;
}

export function newLabelMap(settings: LabelMapSettings): LabelMap {
  const { limits, route } = settings;
  const globalTemplates = route.templates.filter((t) => !t.host);
  const byHost = new Map<string, RouteTemplate[]>();
  for (const t of route.templates) {
    if (!t.host) continue;
    const k = hostKey(t.host);
    byHost.set(k, [...(byHost.get(k) ?? []), t]);
  }
  const hostMatchers = new Map<string, Matcher>();
  for (const [k, list] of byHost) hostMatchers.set(k, { own: compileTemplates(list), memo: newMemo(MEMO_ENTRIES) });
  const allow = settings.hostAllow.length > 0 ? new Map(settings.hostAllow.map((h) => [h.toLowerCase(), h])) : null;
  return {
    settings,
    gateways: newDomain("gateway", limits.labelValues),
    hosts: newDomain("host", limits.hosts),
    routes: newDomain("route", limits.routes),
    upstreams: newDomain("upstream_cluster", limits.labelValues),
    extras: settings.extras.map((x) => newDomain(x.name, x.maxValues)),
    global: compileTemplates(globalTemplates),
    globalMatcher: { own: null, memo: newMemo(MEMO_ENTRIES) },
    hostMatchers,
    allow,
    templateLabels: new Set(route.templates.map((t) => t.name ?? t.path)),
    sketches: new Map(),
    lastSample: "",
  };
}

/** Re-decides an entry against its budget (new, or the budget changed since). */
function decide(d: Domain, e: Entry): void {
  e.gen = d.gen;
  if (e.exempt) {
    e.label = e.value;
    e.over = false;
    return;
  }
  let ok = d.admitted.has(e.value);
  if (!ok && d.admitted.size < d.limit) {
    d.admitted.add(e.value);
    ok = true;
  }
  e.label = ok ? e.value : OVERFLOW;
  e.over = !ok;
}

function counted<E extends Entry>(d: Domain<E>, e: E): E {
  if (e.gen !== d.gen) decide(d, e);
  if (e.over) d.overflows++;
  return e;
}

/** Entry of a free-form label (gateway, upstream_cluster, an extra label). */
export function labelEntry(lm: LabelMap, d: Domain, raw: string): Entry {
  let e = memoGet(d.memo, raw);
  if (e === undefined) {
    const value = cleanLabel(raw, lm.settings.limits.labelValueBytes);
    e = { value, label: value, over: false, gen: -1, exempt: value === "" };
    memoSet(d.memo, raw, e);
  }
  return counted(d, e);
}

export function hostEntry(lm: LabelMap, raw: string): HostEntry {
  let e = memoGet(lm.hosts.memo, raw);
  if (e === undefined) {
    let value: string;
    let exempt = raw === "";
    if (lm.allow !== null && raw !== "") {
      value = lm.allow.get(raw.toLowerCase()) ?? lm.allow.get(hostKey(raw)) ?? OTHER;
      exempt = true;
    } else {
      value = cleanLabel(hostLabel(raw), lm.settings.limits.labelValueBytes);
    }
    const matcher = lm.hostMatchers.get(hostKey(raw)) ?? lm.globalMatcher;
    e = { value, label: value, over: false, gen: -1, exempt, matcher };
    memoSet(lm.hosts.memo, raw, e);
  }
  return counted(lm.hosts, e);
}

function newRouteEntry(lm: LabelMap, m: Matcher, raw: string): RouteEntry {
  const tpl = (m.own !== null ? matchTemplate(m.own, raw) : null) ?? matchTemplate(lm.global, raw);
  const value = tpl ?? cleanLabel(normalizePath(raw, lm.settings.route.maxSegments), lm.settings.limits.labelValueBytes);
  const source: RouteSource = tpl !== null ? "template" : value === "" ? "none" : "folded";
  return { value, label: value, over: false, gen: -1, exempt: tpl !== null || value === "", sample: sketchKey(raw), source, sketch: null, slot: -1 };
}

/**
 * The route: the sender's route name when configured and present, else the first matching template
 * (the host's, then global), else the folded path. Counts the path in the route's sketch and leaves
 * its sketch key in lm.lastSample.
 */
export function routeEntry(lm: LabelMap, host: HostEntry, target: string, routeName: string): RouteEntry {
  // Neither query nor fragment can change the route, and sketches must not keep them (secrets).
  const q = queryStart(target);
  const path = q === target.length ? target : target.slice(0, q);
  let e: RouteEntry | undefined;
  let sample: string;
  if (routeName !== "" && lm.settings.route.fromRouteName) {
    e = memoGet(lm.routes.memo, routeName);
    if (e === undefined) {
      const value = cleanLabel(routeName, lm.settings.limits.labelValueBytes);
      e = { value, label: value, over: false, gen: -1, exempt: false, sample: "", source: "routeName", sketch: null, slot: -1 };
      memoSet(lm.routes.memo, routeName, e);
    }
    sample = sketchKey(path);
  } else {
    const m = host.matcher;
    e = memoGet(m.memo, path);
    if (e === undefined) {
      e = newRouteEntry(lm, m, path);
      memoSet(m.memo, path, e);
    }
    sample = e.sample;
  }
  if (e.gen !== lm.routes.gen) {
    decide(lm.routes, e);
    e.sketch = e.label === "" ? null : sketchFor(lm, e.label, e.over ? "overflow" : e.source);
    e.slot = -1;
  }
  lm.lastSample = sample;
  const slot = routeHit(lm, e, sample, e.slot);
  // Storing an unchanged value into the entry on every record was measured 40% slower overall.
  if (slot !== e.slot) e.slot = slot;
  return e;
}

function sketchFor(lm: LabelMap, label: string, source: RouteSource): Sketch {
  let sk = lm.sketches.get(label);
  if (sk === undefined) {
    sk = newSketch(source);
    lm.sketches.set(label, sk);
  }
  return sk;
}

/**
 * Counts a request of decided entry `e` in its budget and sketch; returns the sketch slot `sample`
 * took (-1: no sketch), the next `hint`. The tuple cache keeps a hint per tuple, as a route name's
 * paths alternate and e.slot then guesses wrong.
 */
export function routeHit(lm: LabelMap, e: RouteEntry, sample: string, hint: number): number {
  if (e.over) lm.routes.overflows++;
  return e.sketch !== null ? sketchHit(e.sketch, sample, hint) : -1;
}

function budgets(lm: LabelMap): Domain[] {
  return [lm.gateways, lm.hosts, lm.routes, lm.upstreams, ...lm.extras];
}

/** Frees budget places no live series of `tables` carries (expiry, reload); changed budgets move generation. */
export function releaseUnused(lm: LabelMap, tables: readonly { labels: readonly string[]; table: SeriesTable }[]): void {
  const exempt = (d: Domain, v: string) => v === "" || v === OVERFLOW || (d === lm.routes && lm.templateLabels.has(v)) || (d === lm.hosts && lm.allow !== null);
  for (const d of budgets(lm)) {
    const used = new Set<string>();
    for (const t of tables) {
      const k = t.labels.indexOf(d.label);
      if (k >= 0) collectLabelValues(t.table, k, used);
    }
    const next = new Set<string>();
    for (const v of used) if (!exempt(d, v)) next.add(v);
    let same = next.size === d.admitted.size;
    if (same) for (const v of d.admitted) if (!next.has(v)) { same = false; break; }
    if (same) continue;
    d.admitted = next;
    d.gen++;
  }
  for (const label of lm.sketches.keys()) {
    if (label !== OVERFLOW && !lm.templateLabels.has(label) && !lm.routes.admitted.has(label)) lm.sketches.delete(label);
  }
}

/** What /debug/routes shows: per route, the raw paths that folded into it most often. */
export function routeReport(lm: LabelMap) {
  const routes = [...lm.sketches].map(([route, sk]) => ({ route, source: sk.source, requests: sk.total, paths: sketchTop(sk) }));
  routes.sort((a, b) => b.requests - a.requests || (a.route < b.route ? -1 : 1));
  let memoEntries = memoSize(lm.globalMatcher.memo);
  for (const d of budgets(lm)) memoEntries += memoSize(d.memo);
  for (const m of lm.hostMatchers.values()) memoEntries += memoSize(m.memo);
  return {
    limits: { hosts: lm.hosts.limit, routes: lm.routes.limit, labelValues: lm.gateways.limit },
    distinct: { hosts: lm.hosts.admitted.size, routes: lm.routes.admitted.size, gateways: lm.gateways.admitted.size, upstreamClusters: lm.upstreams.admitted.size },
    overflowed: { hosts: lm.hosts.overflows, routes: lm.routes.overflows },
    memoEntries,
    templates: lm.settings.route.templates.length,
    routes,
  };
}
