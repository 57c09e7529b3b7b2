// What resolving a raw label tuple decided, kept in the tuple's slot of the raw tuple cache
// (core/raw-tuple.ts) so that a record whose tuple was seen before skips resolving and only counts.
//
// A decision holds everything that depends only on the tuple. It stays valid while what it was
// decided from holds: within one budget generation a label value's budget decision never changes,
// and a tuple keeps its series id (or its redirect to the overflow series) until a series is
// deleted. So a reload, a budget generation change or a series deletion forgets them all
// (resetDecisions).
import type { Model } from "./gateway-model.ts";
import { OV_EXTRA, OV_GATEWAY, OV_HOST, OV_UPSTREAM } from "./gateway-model.ts";
import { type RouteEntry, routeHitAt } from "./label-map.ts";
import {
  claimTuple, findTuple, invalidateTuples, newTupleCache, RAW_EXTRA, RAW_PATH, RAW_ROUTE_NAME, RAW_UPSTREAM, type RawLabels, type TupleCache,
} from "./raw-tuple.ts";

/**
 * The slot layout. Ints, after the cache's own (from its `payload` on):
 *   D_OV       the label columns' overflow bits (gateway-model.ts OV_*)
 *   D_HINT     the sketch slot the tuple's route sample last took (the route entry's own guess
 *              fails when its samples alternate, as a route name's paths do)
 *   D_IDS + i  HTTP view i's series: internOrOverflow's answer (negative: the overflow series)
 * Objects:
 *   D_ROUTE    the route entry resolving counted (null when the model has no route label)
 *   D_SAMPLE   its raw path as the route's sketch keeps it
 * The label columns sit apart, in `columns` (Model.labelColumns per slot): only a record with response
 * flags reads them, and among the objects a hit touches they would make each slot's line four
 * times as long.
 */
const D_OV = 0, D_HINT = 1, D_IDS = 2;
const D_ROUTE = 0, D_SAMPLE = 1;
const D_INTS = 2, D_OBJS = 2;

export interface Decisions {
  /** null when the cache is off. */
  readonly cache: TupleCache | null;
  readonly columns: string[];
  /** HTTP views of the model the ids are for. */
  readonly views: number;
  /** Label columns kept per slot (Model.labelColumns); the key holds RAW_EXTRA + the extras below them. */
  readonly width: number;
}

/** What resolving one record found, as recordAccess leaves it. */
export interface Resolved {
  readonly full: string[];
  /** Per HTTP view: internOrOverflow's answer. */
  ids: Int32Array;
  ov: number;
  route: RouteEntry | null;
}

export function newDecisions(slots: number, model: Model): Decisions {
  const views = model.http.length;
  const cache = slots > 0 ? newTupleCache(slots, D_INTS + views, D_OBJS, RAW_EXTRA + model.extras) : null;
  const width = model.labelColumns;
  return { cache, columns: new Array<string>(cache !== null ? cache.slots * width : 0).fill(""), views, width };
}

/**
 * Forgets every decision (a new model, budget generation or series deletion); returns `d`, or new
 * decisions when the model's HTTP views changed in number. Fields that cannot change the outcome
 * under `model` leave the key.
 */
export function resetDecisions(d: Decisions, model: Model): Decisions {
  if (d.views !== model.http.length || d.width !== model.labelColumns) d = newDecisions(d.cache !== null ? d.cache.slots : 0, model);
  if (d.cache === null) return d;
  let mask = (1 << (RAW_EXTRA + model.extras)) - 1;
  if (!model.needRoute) mask &= ~((1 << RAW_PATH) | (1 << RAW_ROUTE_NAME));
  else if (!model.labels.settings.route.fromRouteName) mask &= ~(1 << RAW_ROUTE_NAME);
  if (!model.needUpstream) mask &= ~(1 << RAW_UPSTREAM);
  invalidateTuples(d.cache, mask);
  d.columns.fill("");
  return d;
}

/** The slot holding the decision for `raw` and `code`, or -1. */
export function findDecision(d: Decisions, raw: RawLabels, code: number): number {
  return d.cache !== null ? findTuple(d.cache, raw, code) : -1;
}

/** After findDecision missed for the same tuple and `res` resolved it: keeps the decision, if cacheable. */
export function keepDecision(d: Decisions, code: number, res: Resolved, lastSample: string): void {
  const c = d.cache;
  if (c === null) return;
  const slot = claimTuple(c, code);
  if (slot < 0) return;
  const o = slot * c.stride + c.payload;
  c.ints[o + D_OV] = res.ov;
  const re = res.route;
  c.ints[o + D_HINT] = re !== null ? re.slot : -1;
  c.ints.set(res.ids, o + D_IDS);
  const p = slot * c.objStride;
  c.objs[p + D_ROUTE] = re;
  c.objs[p + D_SAMPLE] = re !== null ? lastSample : "";
  const w = d.width;
  for (let k = 0; k < w; k++) d.columns[slot * w + k] = res.full[k];
}

/**
 * Replays the bookkeeping resolving the tuple of `slot` would have done (budget overflows, the
 * route's sketch) and, when the record has response flags, puts its label columns into `full`.
 * Returns the overflow bits; the series ids are ints[idsAt(d, slot) + i].
 */
export function replayDecision(d: Decisions, slot: number, model: Model, full: string[], flags: number): number {
  const c = d.cache!;
  const lm = model.labels;
  const ints = c.ints;
  const o = slot * c.stride + c.payload;
  const ov = ints[o + D_OV];
  if ((ov & OV_GATEWAY) !== 0) lm.gateways.overflows++;
  if ((ov & OV_HOST) !== 0) lm.hosts.overflows++;
  if ((ov & OV_UPSTREAM) !== 0) lm.upstreams.overflows++;
  if (ov >= OV_EXTRA) for (let k = 0; k < model.extras; k++) if ((ov & (OV_EXTRA << k)) !== 0) lm.extras[k].overflows++;
  const p = slot * c.objStride;
  const re = c.objs[p + D_ROUTE] as RouteEntry | null;
  if (re !== null) {
    const hint = ints[o + D_HINT];
    const took = routeHitAt(lm, re, c.objs[p + D_SAMPLE] as string, hint);
    if (took !== hint) ints[o + D_HINT] = took;
  }
  if (flags !== 0 && model.flag.length > 0) {
    const w = d.width;
    for (let k = 0; k < w; k++) full[k] = d.columns[slot * w + k];
  }
  return ov;
}

/** Where the series ids of `slot` start in the cache's ints. */
export function idsAt(d: Decisions, slot: number): number {
  return slot * d.cache!.stride + d.cache!.payload + D_IDS;
}
