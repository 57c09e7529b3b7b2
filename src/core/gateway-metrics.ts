// An access record updates the gateway metrics in two steps: resolve (label fields → label columns
// → a series id per view, with overflow bits) and count (count.ts). Raw-byte records
// (recordAccessRaw) try the tuple cache first (tuple-cache.ts), which replays a known decision.
import { sweepExpired } from "../store/expiry.ts";
import type { Family, Registry } from "../store/registry.ts";
import { countAccess, countTcp, type Counting, newCounting, seriesOf } from "./count.ts";
import {
  buildModel, COL_CODE, COL_CODE_CLASS, COL_EXTRA, COL_GATEWAY, COL_HOST, COL_METHOD, COL_ROUTE, COL_UPSTREAM, type GatewayMetricsOptions, allViews,
  OV_EXTRA, OV_GATEWAY, OV_HOST, OV_ROUTE, OV_UPSTREAM,
} from "./gateway-model.ts";
import { hostEntry, labelEntry, releaseUnused, routeEntry, routeReport } from "./label-map.ts";
import { codeClassLabel, codeLabel, methodLabel } from "./labels.ts";
import { cutQuery, type RawLabels, rawToRecord } from "./raw-tuple.ts";
import { findTuple, idsAt, keepTuple, newTupleCache, replayTuple, type Resolved, resetTuples, type TupleCache } from "./tuple-cache.ts";
import type { AccessRecord, TcpRecord } from "./record.ts";
import type { SelfMetrics } from "./self-metrics.ts";

export type { ExtraLabelOptions, GatewayMetricsOptions } from "./gateway-model.ts";

export const TUPLE_SLOTS = 16384;

export interface GatewayMetrics extends Counting, Resolved {
  readonly reg: Registry;
  tuples: TupleCache | null;
}

export function newGatewayMetrics(reg: Registry, opts: GatewayMetricsOptions, self: SelfMetrics | null = null): GatewayMetrics {
  const model = buildModel(reg, self, opts, null);
  const tuples = newTupleCache(opts.tupleCacheSlots ?? TUPLE_SLOTS, model);
  return { ...newCounting(model, self), reg, tuples, ids: new Int32Array(model.http.length), ov: 0, route: null };
}

/** A config reload; throws, keeping the current model, if `opts` cannot apply. */
export function reconfigureGatewayMetrics(m: GatewayMetrics, opts: GatewayMetricsOptions): void {
  m.model = buildModel(m.reg, m.self, opts, m.model);
  m.ids = new Int32Array(m.model.http.length);
  m.tuples = resetTuples(m.tuples, m.model);
}

/** Runs expiry over the registry; frees the budget places of values whose last series went. */
export function sweepGatewayMetrics(m: GatewayMetrics, now: number): number {
  const removed = sweepExpired(m.reg, now);
  if (removed > 0) {
    releaseUnused(m.model.labels, allViews(m.model));
    m.tuples = resetTuples(m.tuples, m.model);
  }
  return removed;
}

export function gatewayRouteReport(m: GatewayMetrics) {
  return routeReport(m.model.labels);
}

/** The families with their metric ids, for the status page. */
export function gatewayFamilies(m: GatewayMetrics): { id: string; family: Family }[] {
  return m.model.families.map((f) => ({ id: f.def.id, family: f.family }));
}

/** Counts one HTTP record (past a budget, under `__overflow__`). */
export function recordAccess(m: GatewayMetrics, r: AccessRecord): void {
  resolve(m, r);
  countAccess(m, r, m.ids, 0, m.ov);
}

/** Counts as recordAccess does, the label fields taken from `raw` (rec's are overwritten). */
export function recordAccessRaw(m: GatewayMetrics, raw: RawLabels, rec: AccessRecord): void {
  const c = m.tuples;
  if (m.model.needRoute) cutQuery(raw);
  const slot = c !== null ? findTuple(c, raw, rec.code) : -1;
  if (slot >= 0) {
    const ov = replayTuple(c!, slot, m.model, m.full, rec.responseFlags);
    countAccess(m, rec, c!.ints, idsAt(c!, slot), ov);
    return;
  }
  rawToRecord(raw, rec, m.model.extras);
  resolve(m, rec);
  if (c !== null) keepTuple(c, rec.code, m, m.model.labels.lastSample);
  countAccess(m, rec, m.ids, 0, m.ov);
}

export function recordTcp(m: GatewayMetrics, r: TcpRecord): void {
  countTcp(m, r, gatewayColumn(m, r.gateway) | upstreamColumn(m, r.upstreamCluster));
}

/** Fills m.full's label columns, m.ov, m.route, and m.ids with each HTTP view's series. */
function resolve(m: GatewayMetrics, r: AccessRecord): void {
  const model = m.model;
  const lm = model.labels;
  const full = m.full;
  let ov = gatewayColumn(m, r.gateway);
  const h = hostEntry(lm, r.host);
  full[COL_HOST] = h.label;
  if (h.over) ov |= OV_HOST;
  m.route = null;
  if (model.needRoute) {
    const re = routeEntry(lm, h, r.path, r.routeName);
    full[COL_ROUTE] = re.label;
    if (re.over) ov |= OV_ROUTE;
    m.route = re;
  }
  full[COL_METHOD] = methodLabel(r.method);
  full[COL_CODE] = codeLabel(r.code);
  full[COL_CODE_CLASS] = codeClassLabel(r.code);
  if (model.needUpstream) ov |= upstreamColumn(m, r.upstreamCluster);
  for (let k = 0; k < model.extras; k++) {
    const e = labelEntry(lm, lm.extras[k], r.extra[k] ?? "");
    full[COL_EXTRA + k] = e.label;
    if (e.over) ov |= OV_EXTRA << k;
  }
  m.ov = ov;
  const http = model.http;
  for (let i = 0; i < http.length; i++) m.ids[i] = seriesOf(http[i], full);
}

/** Fills the gateway column; returns the overflow bit it earned. */
function gatewayColumn(m: GatewayMetrics, raw: string): number {
  const lm = m.model.labels;
  const g = labelEntry(lm, lm.gateways, raw !== "" ? raw : m.model.defaultGateway);
  m.full[COL_GATEWAY] = g.label;
  return g.over ? OV_GATEWAY : 0;
}

function upstreamColumn(m: GatewayMetrics, raw: string): number {
  const lm = m.model.labels;
  const u = labelEntry(lm, lm.upstreams, raw);
  m.full[COL_UPSTREAM] = u.label;
  return u.over ? OV_UPSTREAM : 0;
}
